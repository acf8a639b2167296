import "server-only";
import { AppError, errorResponse } from "@/lib/errors";
import type { ProxyOptions, UpstreamBody } from "@/lib/glm/proxy-stream";
import { chatRequestSchema, type ChatRequest } from "@/lib/chat/wire";
import type { ModelInfo } from "@/lib/glm/models";
import { guardRequest, limitSubject } from "@/lib/server/access/guard";
import { getEnv } from "@/lib/server/env";
import { lifecycle } from "@/lib/server/lifecycle";
import { tryAcquire } from "@/lib/server/limits/in-flight";
import { budgetResetAt, checkChatLimits, reserveBudget, type BudgetHold } from "@/lib/server/limits/server";
import { answerUsageEstimate } from "@/lib/server/limits/usage-estimate";
import { getLogger, safeError } from "@/lib/server/log/logger";
import { priceFor, resolveModel, resolveModelNow } from "@/lib/server/models";
import type { HeaderReader } from "@/lib/server/http/headers";
import { readJsonBody, type BodySource } from "@/lib/server/read-body";
import { openUpstream } from "@/lib/server/upstream";
import { budgetAsk, checkChatRequest, fitToBudget } from "./check";

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform also stops the compression layer from buffering the stream.
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
  "Content-Encoding": "identity",
};

/** One upstream SSE event may not exceed this (a runaway line would otherwise grow without bound). */
const MAX_EVENT_CHARS = 1024 * 1024;

/**
 * What the checks read of the incoming request. The fast path passes its own headers and body
 * stream rather than building a web `Request` (undici's constructor and its signal were a visible
 * share of the per-request CPU in the profile at 200 concurrent starts).
 */
export interface IncomingChat {
  method: string;
  headers: HeaderReader;
  body: BodySource | null;
}

/** An answer ready to stream: the upstream body and how to proxy it. */
export interface ChatStream {
  upstream: UpstreamBody;
  /** Drops the upstream request (the client went away, a cap was hit). */
  abortUpstream: () => void;
  options: ProxyOptions;
}

/**
 * Everything before the first byte of a chat answer, shared by the route handler and the fast
 * path (lib/server/chat/fast-path.ts): access, limits, body, validation, then the upstream
 * request. Returns the error response to send, or the stream to proxy. `onEnd` is called once
 * when that stream is over; the in-flight slot and the drain registration are released there.
 *
 * `abort` is the request's one controller: the caller aborts it when the client goes away, the
 * upstream timeout and `abortUpstream` abort it too, and everything here that waits stops on it.
 */
export async function prepareChat(request: IncomingChat, abort: AbortController, onEnd?: (outcome: "done" | "aborted") => void): Promise<Response | ChatStream> {
  const env = getEnv();
  let release: (() => void) | undefined;
  let subject: string;
  let upstream: UpstreamBody;
  let model: ModelInfo;
  let body: ChatRequest;
  let budgetCapped: ProxyOptions["budgetCapped"];
  // Charged for an answer that reports no usage; taken now, so the body is not kept till its end.
  let promptCharge = 0;
  // The answer's share of the daily budget, settled when it ends (or here, if it never starts).
  let hold: BudgetHold | undefined;
  try {
    // Access first: nothing below (body read, upstream) runs for a stranger.
    subject = limitSubject(request, guardRequest(request));
    const limits = checkChatLimits(subject);
    if (limits) await limits;
    release = tryAcquire(env.CHAT_MAX_IN_FLIGHT);
    if (!release) throw new AppError("server_busy", "The server is answering as many chats as it can right now. Retry in a moment.", 503, 5);
    const raw = await readJsonBody(request, env.CHAT_BODY_LIMIT_MB * 1024 * 1024, env.BODY_READ_TIMEOUT_S * 1000);
    const parsed = chatRequestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError("bad_request", `Invalid request: ${issue.path.join(".") || "body"}: ${issue.message}`, 400);
    }
    model = resolveModelNow(env, parsed.data.model) ?? (await resolveModel(env, parsed.data.model));
    const checked = checkChatRequest(parsed.data, env, model);
    // Draining for a restart: no new answers here; nginx retries a 503 on another instance.
    if (lifecycle().isDraining()) throw new AppError("server_busy", "This server is restarting. Retry in a moment.", 503, 1);
    body = checked;
    const plan = env.USER_DAILY_TOKENS ? budgetAsk(checked, model.maxOutputTokens) : undefined;
    if (plan) {
      const reserving = reserveBudget(subject, plan.ask)!;
      const taken = "then" in reserving ? await reserving : reserving;
      body = fitToBudget(checked, plan.floor, taken);
      hold = taken as BudgetHold;
      // The answer's finish names the reset a refused request would: its Continue and Retry wait for it.
      if (body.max_tokens !== checked.max_tokens) budgetCapped = { maxTokens: hold.upTo, resetAt: budgetResetAt(Date.now()) };
      promptCharge = plan.ask.plus;
    }
    upstream = await openUpstream(body, abort);
  } catch (error) {
    release?.();
    // Never sent (or refused upstream before any answer): nothing was spent.
    hold?.settle(0);
    if (error instanceof AppError) return errorResponse(error);
    if (abort.signal.aborted) return new Response(null, { status: 499 });
    getLogger().error({ route: "POST /api/chat", err: safeError(error) }, "chat route failed");
    return errorResponse(new AppError("internal", "Something went wrong on the server. Retry in a moment.", 500));
  }

  const held = release;
  const budget = hold;
  // Reported usage (a usage event is the request's running total: a server that repeats it is
  // not charged twice); else the estimate, once it ends.
  let spent: number | undefined;
  return {
    upstream,
    abortUpstream: () => abort.abort(),
    options: {
      // Z.ai parses reasoning itself; only a self-hosted server may lack a reasoning parser.
      templateThink: env.ZAI_PROTOCOL === "openai" && !!model.templateThink && body.thinking !== false,
      price: priceFor(env, model.id),
      budgetCapped,
      firstByteTimeoutMs: env.UPSTREAM_TIMEOUT_S * 1000,
      idleTimeoutMs: env.UPSTREAM_IDLE_TIMEOUT_S * 1000,
      maxEventChars: MAX_EVENT_CHARS,
      onUsage: budget && ((tokens) => (spent = tokens)),
      // A stopped or cut answer reports no usage: its estimate is charged, or Stop would be free.
      onUsageUnknown: budget && ((answerBytes) => (spent = promptCharge + answerUsageEstimate(answerBytes))),
      // Registered with the lifecycle so a SIGTERM drain can end it as interrupted after the grace period.
      track: trackStream,
      // Every end (finished, stopped, cut, errored, client gone) comes here: the reservation is
      // replaced by what was spent, so it can never outlive the answer.
      onEnd: (outcome) => {
        budget?.settle(spent ?? 0);
        held();
        onEnd?.(outcome);
      },
    },
  };
}

const trackStream = (interrupt: () => void) => lifecycle().track(interrupt);
