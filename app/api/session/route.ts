import { z } from "zod";
import { AppError } from "@/lib/errors";
import { matchCode } from "@/lib/server/access/codes";
import { cameOverHttps, sessionCookieHeader } from "@/lib/server/access/cookie";
import { accessConfig, guardRequest, requestClient, sessionFromCookieHeader, signedSessionFromCookieHeader } from "@/lib/server/access/guard";
import { signSession } from "@/lib/server/access/session-token";
import { storageScopeOf } from "@/lib/server/access/scope-of-user";
import { getEnv } from "@/lib/server/env";
import { checkSignInRate, forgiveSignIn } from "@/lib/server/limits/server";
import { readJsonBody } from "@/lib/server/read-body";
import { respond } from "@/lib/server/respond";
import { noteCodeRemoved, noteRefusal, noteUser, withRequestLog } from "@/lib/server/log/request-log";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };
const bodySchema = z.object({ code: z.string().min(1, "code is empty").max(200) });

/** Whether this server needs a code, and whether the caller has a session. */
async function get(request: Request): Promise<Response> {
  const config = accessConfig();
  const session = sessionFromCookieHeader(request.headers.get("cookie"));
  return Response.json({ private: !!config, signedIn: !config || !!session, user: session?.user ?? null }, { headers: NO_STORE });
}

/** Signs in with an access code: a signed, HttpOnly session cookie. Guessing is throttled per client. */
async function post(request: Request): Promise<Response> {
  return respond(async () => {
    guardRequest(request, { session: false });
    const config = accessConfig();
    if (!config) throw new AppError("not_found", "This server is open: no access code is needed.", 404);
    const client = requestClient(request);
    await checkSignInRate(client).catch((error: unknown) => {
      // Throttled (not the limit store down, which is its own 503): someone guessing, or a team
      // behind one address; the line says which address, the typed code is never read.
      if (error instanceof AppError && error.code === "rate_limited") noteRefusal("throttled", client);
      throw error;
    });
    const parsed = bodySchema.safeParse(await readJsonBody(request, 4096, 10_000));
    if (!parsed.success) throw new AppError("bad_request", `Invalid request: ${parsed.error.issues[0].message}`, 400);
    const entry = matchCode(config.codes, parsed.data.code);
    if (!entry) {
      noteRefusal("wrong_code", client);
      throw new AppError("unauthorized", "That access code is not right. Check it and try again.", 401);
    }
    noteUser(entry.user);
    await forgiveSignIn(client);
    const maxAge = getEnv().SESSION_DAYS * 24 * 60 * 60;
    const exp = Date.now() + maxAge * 1000;
    const { user, tag } = entry;
    const cookie = sessionCookieHeader(signSession({ user, tag, exp }, config.secret), maxAge, cameOverHttps(request.url, request.headers));
    return Response.json({ user, expiresAt: exp, storageScope: storageScopeOf(user) }, { headers: { ...NO_STORE, "Set-Cookie": cookie } });
  }, "session route");
}

/** Signs out: the cookie is cleared (a stolen copy stays valid until it expires; remove or rotate its code to end it, or SESSION_SECRET to end all). */
async function remove(request: Request): Promise<Response> {
  return respond(async () => {
    guardRequest(request, { session: false });
    // Who signed out, for the log line: the name this server signed into the cookie, also when its
    // code has been removed since (then marked so; it only ends a session that grants nothing).
    const signed = signedSessionFromCookieHeader(request.headers.get("cookie"));
    noteUser(signed?.session.user);
    if (signed && !signed.listed) noteCodeRemoved();
    const cookie = sessionCookieHeader("", 0, cameOverHttps(request.url, request.headers));
    return new Response(null, { status: 204, headers: { ...NO_STORE, "Set-Cookie": cookie } });
  }, "session route");
}

export const GET = withRequestLog("GET /api/session", get);
export const POST = withRequestLog("POST /api/session", post);
export const DELETE = withRequestLog("DELETE /api/session", remove);
