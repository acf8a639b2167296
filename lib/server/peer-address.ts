import { Server, type IncomingMessage } from "node:http";
import { PEER_HEADER } from "./client-address";

const INSTALLED = Symbol.for("glm-chat.peer-address-hook");

/**
 * Next's route handlers never see the socket, and `next start` only fills X-Forwarded-For when the
 * client did not send one (`??=`), so a forged header would pass as the client's address. This
 * hook, installed once from instrumentation.ts before any request is served, stamps every
 * incoming request with its TCP peer address under our own header, overwriting whatever the
 * client sent under that name.
 */
export function installPeerAddressHook(): void {
  const g = globalThis as Record<symbol, boolean>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      req.headers[PEER_HEADER] = normaliseAddress(req.socket?.remoteAddress);
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

export function peerHookInstalled(): boolean {
  return (globalThis as Record<symbol, boolean>)[INSTALLED] === true;
}

/** `::ffff:10.0.0.1` is the IPv4 peer 10.0.0.1 on a dual-stack socket: one client, one key. */
export function normaliseAddress(address: string | undefined): string {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
