/**
 * The client's address for limits. With `hops = 0` it is the TCP peer, stamped on the request by
 * the request gate (lib/server/request-gate.ts), so a forged X-Forwarded-For changes nothing.
 * With `hops = N` (N trusted reverse proxies in front) it is the Nth entry from the right of
 * X-Forwarded-For: each trusted proxy appended what it saw, everything further left is the
 * client's own claim.
 */
import type { HeaderReader } from "./http/headers";

export const PEER_HEADER = "x-glm-chat-peer";

export function clientAddress(headers: HeaderReader, hops: number): string {
  const peer = headers.get(PEER_HEADER)?.trim() || "unknown";
  if (hops <= 0) return peer;
  const chain = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // Shorter than the trusted chain: the request did not come through every proxy; trust the socket.
  if (chain.length < hops) return peer;
  return chain[chain.length - hops];
}
