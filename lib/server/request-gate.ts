import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { PEER_HEADER } from "./client-address";

const INSTALLED = Symbol.for("glm-chat.peer-address-hook");

/**
 * Next's route handlers never see the socket, and `next start` only fills X-Forwarded-For when the
 * client did not send one (`??=`), so a forged header would pass as the client's address. This
 * hook, installed once from instrumentation.ts before any request is served, stamps every
 * incoming request with its TCP peer address under our own header, overwriting whatever the
 * client sent under that name. It also answers a path with broken percent-encoding (`/s/%ff`)
 * with a 400 envelope: Next's router throws on it and would answer 500. `fastPath` may answer a
 * request itself (the chat stream, lib/server/chat/fast-path.ts) and return true.
 */
export function installRequestGate(fastPath?: (req: IncomingMessage, res: ServerResponse) => boolean): void {
  const g = globalThis as Record<symbol, boolean>;
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const req = args[0] as IncomingMessage;
      req.headers[PEER_HEADER] = normaliseAddress(req.socket?.remoteAddress);
      if (!decodablePath(req.url)) {
        refuseBadPath(args[1] as ServerResponse);
        return true;
      }
      if (fastPath?.(req, args[1] as ServerResponse)) return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}

export function decodablePath(url: string | undefined): boolean {
  const path = (url ?? "/").split("?")[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function refuseBadPath(res: ServerResponse): void {
  const body = JSON.stringify({ code: "bad_request", message: "The address is malformed (broken percent-encoding)." });
  res.writeHead(400, { "Content-Type": "application/json", "Cache-Control": "no-store", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

export function requestGateInstalled(): boolean {
  return (globalThis as Record<symbol, boolean>)[INSTALLED] === true;
}

/** `::ffff:10.0.0.1` is the IPv4 peer 10.0.0.1 on a dual-stack socket: one client, one key. */
export function normaliseAddress(address: string | undefined): string {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
