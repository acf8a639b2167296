import { proxyStream } from "@/lib/glm/proxy-stream";
import { SSE_HEADERS, prepareChat } from "@/lib/server/chat/prepare";
import { withRequestLog } from "@/lib/server/log/request-log";
import { linkedController } from "@/lib/server/upstream";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * POST /api/chat. In a running server the request gate answers this path itself (see
 * lib/server/chat/fast-path.ts) with the same preparation; this handler serves whenever that
 * gate is not installed.
 */
async function post(request: Request): Promise<Response> {
  const prepared = await prepareChat(request, linkedController(request.signal));
  if (prepared instanceof Response) return prepared;
  // Cancelled when the browser goes away (Stop, closed tab): stop paying for tokens nobody reads.
  const stream = proxyStream(prepared.upstream, prepared.abortUpstream, prepared.options);
  return new Response(stream, { status: 200, headers: SSE_HEADERS });
}

export const POST = withRequestLog("POST /api/chat", post);
