import { NO_STORE, chargeShare, guardShareWrite, readShareWrite, respond } from "@/lib/server/share/http";
import { purgeExpiredSoon } from "@/lib/server/share/server";
import { withShareStore } from "@/lib/server/share/store-call";
import { shareUrl } from "@/lib/server/share/view";
import { withRequestLog } from "@/lib/server/log/request-log";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Publishes a snapshot. The deletion token is in this response only: the server keeps its hash. */
async function post(request: Request): Promise<Response> {
  return respond(async () => {
    const client = await guardShareWrite(request);
    const { write } = await readShareWrite(request);
    await chargeShare(client, write);
    const { id, deleteToken } = await withShareStore("POST /api/share", (store) => store.create(write));
    purgeExpiredSoon();
    return Response.json({ id, url: shareUrl(id), deleteToken, expiresAt: write.expiresAt }, { status: 201, headers: NO_STORE });
  });
}

export const POST = withRequestLog("POST /api/share", post);
