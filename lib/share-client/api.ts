/** Client for the share routes, rebuilding the server's error envelope. */
import { z } from "zod/mini";
import { errorEnvelopeSchema } from "@/lib/errors";
import type { ShareBody } from "./snapshot";

export class ShareRequestError extends Error {
  readonly name = "ShareRequestError";
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function failure(res: Response): Promise<ShareRequestError> {
  const parsed = errorEnvelopeSchema.safeParse(await res.json().catch(() => null));
  if (parsed.success) return new ShareRequestError(parsed.data.code, parsed.data.message, res.status);
  return new ShareRequestError("internal", `The server answered ${res.status}. Retry in a moment.`, res.status);
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new ShareRequestError("network", "Could not reach the server. Check the connection and retry.", 0);
  }
}

/** When the link stops working (ms), or null when it does not expire (no SHARE_TTL_DAYS). */
const expiresAtSchema = z.catch(z.nullable(z.number()), null);

const createdShareSchema = z.object({ id: z.string(), url: z.string(), deleteToken: z.string(), expiresAt: expiresAtSchema });
const updatedShareSchema = z.object({ expiresAt: expiresAtSchema });

export type CreatedShare = z.infer<typeof createdShareSchema>;

/** A 2xx whose body is not what the route sends (a proxy's page, a cut answer). */
async function answer<T>(res: Response, schema: z.ZodMiniType<T>): Promise<T> {
  const parsed = schema.safeParse(await res.json().catch(() => null));
  if (parsed.success) return parsed.data;
  throw new ShareRequestError("internal", `The server answered ${res.status} with an unreadable body. Retry in a moment.`, res.status);
}

export async function createShare(body: ShareBody): Promise<CreatedShare> {
  const res = await send("/api/share", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (res.status !== 201) throw await failure(res);
  return answer(res, createdShareSchema);
}

/** Replaces the snapshot behind an existing link: same id, same URL, and a new expiry from now. */
export async function updateShare(id: string, token: string, body: ShareBody): Promise<{ expiresAt: number | null }> {
  const res = await send(`/api/share/${encodeURIComponent(id)}`, {
    method: "PUT",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw await failure(res);
  return answer(res, updatedShareSchema);
}

/** Revokes a link. A link already gone (revoked elsewhere, expired) counts as revoked. */
export async function revokeShare(id: string, token: string): Promise<void> {
  const res = await send(`/api/share/${encodeURIComponent(id)}`, { method: "DELETE", headers: { authorization: `Bearer ${token}` } });
  if (res.status === 204 || res.status === 404) return;
  throw await failure(res);
}
