import { expect } from "@playwright/test";
import type { RecordedRequest } from "../stand-in/server";
import { STAND_IN } from "./ports";

export async function recordedRequests(): Promise<RecordedRequest[]> {
  const res = await fetch(`${STAND_IN.url}/__requests`);
  return (await res.json()) as RecordedRequest[];
}

/** The upstream request whose messages contain `marker` (tests run in parallel: mark each one). */
export async function requestWith(marker: string): Promise<RecordedRequest> {
  let found: RecordedRequest | undefined;
  await expect
    .poll(async () => {
      found = (await recordedRequests()).find((r) => JSON.stringify(r.body).includes(marker));
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
