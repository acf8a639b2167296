import { AppError } from "@/lib/errors";
import { titleRequestSchema } from "@/lib/glm/title";
import { guardRequest, limitSubject } from "@/lib/server/access/guard";
import { getEnv } from "@/lib/server/env";
import { checkTitleRate } from "@/lib/server/limits/server";
import { getLogger, safeError } from "@/lib/server/log/logger";
import { withRequestLog } from "@/lib/server/log/request-log";
import { readJsonBody } from "@/lib/server/read-body";
import { respond } from "@/lib/server/respond";
import { generateTitle, titleModelOf } from "@/lib/server/title";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The first question and answer as text, capped well below a chat body. */
const BODY_LIMIT = 512 * 1024;

/**
 * A short title for a conversation, from the cheap TITLE_MODEL. Signed-in users only on a
 * private server, but never counted against the chat rate or the token budget (lib/server/limits):
 * naming a chat must not cost the user an answer. A failing title model answers `title: null`
 * (the chat keeps its first-line title), never an error the user would see.
 */
async function post(request: Request): Promise<Response> {
  return respond(async () => {
    const user = guardRequest(request);
    const env = getEnv();
    const model = titleModelOf(env);
    const raw = await readJsonBody(request, BODY_LIMIT, env.BODY_READ_TIMEOUT_S * 1000);
    const parsed = titleRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError("bad_request", `Invalid request: ${issue.path.join(".") || "body"}: ${issue.message}`, 400);
    }
    if (!model) return Response.json({ title: null, enabled: false });
    await checkTitleRate(limitSubject(request, user));
    const signal = AbortSignal.any([request.signal, AbortSignal.timeout(env.UPSTREAM_TIMEOUT_S * 1000)]);
    try {
      return Response.json({ title: (await generateTitle(model, parsed.data, signal)) || null });
    } catch (error) {
      getLogger().warn({ route: "POST /api/title", model, err: safeError(error) }, "title generation failed");
      return Response.json({ title: null });
    }
  }, "POST /api/title");
}

export const POST = withRequestLog("POST /api/title", post);
