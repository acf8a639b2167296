/** Request plumbing shared by the share routes: body reading, token extraction, error mapping. */
import "server-only";
import { shareRequestSchema, type ShareRequestBody } from "@/lib/chat/share";
import { AppError } from "@/lib/errors";
import { respond as respondWith } from "@/lib/server/respond";
import { getEnv } from "@/lib/server/env";
import { readJsonBody } from "@/lib/server/read-body";
import { buildShareWrite } from "./build-write";
import { guardRequest, requestClient } from "@/lib/server/access/guard";
import { checkShareQuota, checkShareRate } from "@/lib/server/limits/server";
import type { ShareWrite, TokenOutcome } from "./types";

/** A revoked link must be 404 at once: nothing about a share may be cached anywhere. */
export const NO_STORE = { "Cache-Control": "no-store" } as const;

const MB = 1024 * 1024;

export function zodMessage(issue: { path: PropertyKey[]; message: string }): string {
  return `Invalid share: ${issue.path.map(String).join(".") || "body"}: ${issue.message}`;
}

export async function readShareBody(request: Request): Promise<unknown> {
  const limitMb = getEnv().SHARE_LIMIT_MB;
  try {
    return await readJsonBody(request, limitMb * MB);
  } catch (error) {
    if (error instanceof AppError && error.code === "payload_too_large") {
      throw new AppError("payload_too_large", `The share is too large (limit ${limitMb} MB). Share without images, or fewer messages.`, 413);
    }
    throw error;
  }
}

/**
 * Every share write: same-site JSON from a signed-in user (when private), within the per-client
 * rate. Returns the client address the quotas count against.
 */
export async function guardShareWrite(request: Request): Promise<string> {
  guardRequest(request);
  const client = requestClient(request);
  await checkShareRate(client);
  return client;
}

/** Counts an accepted share against the daily size and count quotas (per client and in total). */
export async function chargeShare(client: string, write: ShareWrite): Promise<void> {
  const bytes = write.assets.reduce((n, a) => n + a.bytes.byteLength, 0) + JSON.stringify(write.snapshot).length;
  await checkShareQuota(client, bytes);
}

/** Parses and checks a share body into what the store writes. */
export async function readShareWrite(request: Request): Promise<{ body: ShareRequestBody; write: ShareWrite }> {
  const parsed = shareRequestSchema.safeParse(await readShareBody(request));
  if (!parsed.success) throw new AppError("bad_request", zodMessage(parsed.error.issues[0]), 400);
  const env = getEnv();
  const write = buildShareWrite(parsed.data, { now: Date.now(), ttlDays: env.SHARE_TTL_DAYS, maxVideoBytes: env.VIDEO_LIMIT_MB * MB });
  return { body: parsed.data, write };
}

export function bearerToken(request: Request): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1];
}

export function outcomeError(outcome: Exclude<TokenOutcome, "ok">): AppError {
  return outcome === "not_found"
    ? new AppError("not_found", "This shared link does not exist, was revoked or has expired.", 404)
    : new AppError("forbidden", "This token does not allow changing this shared link.", 403);
}

export const notFound = () => outcomeError("not_found");

/** Runs a handler, turning every failure into the one error envelope with no-store. */
export const respond = (work: () => Promise<Response>) => respondWith(work, "share route");
