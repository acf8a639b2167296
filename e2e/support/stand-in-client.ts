import { expect } from "@playwright/test";
import { isTitleRequest } from "../../lib/glm/title";
import type { RecordedRequest } from "../stand-in/server";
import { STAND_IN } from "./ports";

/** `contains`: only requests whose body, as sent, contains this text (a test's marker). */
async function allRequests(contains?: string): Promise<RecordedRequest[]> {
  const query = contains === undefined ? "" : `?contains=${encodeURIComponent(contains)}`;
  const res = await fetch(`${STAND_IN.url}/__requests${query}`);
  return (await res.json()) as RecordedRequest[];
}

/**
 * The chat requests the stand-in received. Title requests (sent after an answer, quoting the
 * question) are left out: they are asserted through `titleRequests`.
 */
export async function recordedRequests(contains?: string): Promise<RecordedRequest[]> {
  return (await allRequests(contains)).filter((r) => !isTitleRequest(r.body));
}

/** The title requests (lib/glm/title.ts) the stand-in received. */
export async function titleRequests(): Promise<RecordedRequest[]> {
  return (await allRequests()).filter((r) => isTitleRequest(r.body));
}

/** The upstream request whose messages contain `marker` (tests run in parallel: mark each one). */
export async function requestWith(marker: string): Promise<RecordedRequest> {
  let found: RecordedRequest | undefined;
  await expect
    .poll(async () => {
      found = (await recordedRequests(marker)).find((r) => JSON.stringify(r.body).includes(marker));
      return !!found;
    })
    .toBe(true);
  return found!;
}

export function uniqueMarker(): string {
  return `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** Releases every stand-in answer holding at `[[gate:name]]` (they send one chunk, then wait) or `[[gate:name@N]]` (N chunks). */
export async function openGate(name: string): Promise<void> {
  const res = await fetch(`${STAND_IN.url}/__gate/${encodeURIComponent(name)}`, { method: "POST" });
  if (!res.ok) throw new Error(`stand-in gate ${name}: ${res.status}`);
}
