import { AppError } from "@/lib/errors";
import { guardRequest } from "@/lib/server/access/guard";
import {
  NO_STORE, bearerToken, chargeShare, guardShareWrite, notFound, outcomeError, readShareBody, readShareWrite, respond, zodMessage,
} from "@/lib/server/share/http";
import { withShareStore } from "@/lib/server/share/store-call";
import { shareUrl, toPublicShare } from "@/lib/server/share/view";
import { withRequestLog } from "@/lib/server/log/request-log";
import { tokenBodySchema } from "../schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const missingToken = () =>
  new AppError("forbidden", "Send the deletion token as `Authorization: Bearer <token>` or as `token` in the body.", 403);

async function get(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    // Public (no session), but like every API route not under a host name outside ALLOWED_HOSTS.
    guardRequest(request, { session: false });
    const { id } = await params;
    const record = await withShareStore("GET /api/share/[id]", (store) => store.get(id));
    if (!record) throw notFound();
    return Response.json(toPublicShare(record), { headers: NO_STORE });
  });
}

/** Replaces the snapshot behind an existing link (same URL), with its token. */
async function put(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const { id } = await params;
    const client = await guardShareWrite(request);
    const { body, write } = await readShareWrite(request);
    const token = bearerToken(request) ?? body.token;
    if (!token) throw missingToken();
    await chargeShare(client, write);
    const outcome = await withShareStore("PUT /api/share/[id]", (store) => store.update(id, token, write));
    if (outcome !== "ok") throw outcomeError(outcome);
    return Response.json({ id, url: shareUrl(id), expiresAt: write.expiresAt }, { headers: NO_STORE });
  });
}

async function remove(request: Request, { params }: Context): Promise<Response> {
  return respond(async () => {
    const { id } = await params;
    guardRequest(request);
    let token = bearerToken(request);
    if (!token && request.headers.get("content-type")?.includes("json")) {
      const parsed = tokenBodySchema.safeParse(await readShareBody(request));
      if (!parsed.success) throw new AppError("bad_request", zodMessage(parsed.error.issues[0]), 400);
      token = parsed.data.token;
    }
    if (!token) throw missingToken();
    const outcome = await withShareStore("DELETE /api/share/[id]", (store) => store.delete(id, token));
    if (outcome !== "ok") throw outcomeError(outcome);
    return new Response(null, { status: 204, headers: NO_STORE });
  });
}

export const GET = withRequestLog("GET /api/share/[id]", get);
export const PUT = withRequestLog("PUT /api/share/[id]", put);
export const DELETE = withRequestLog("DELETE /api/share/[id]", remove);
