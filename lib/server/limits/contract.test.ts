import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "@/test/eventually";
import { MemoryLimitStore } from "./memory";
import { RedisLimitStore } from "./redis";
import type { LimitStore } from "./types";

/**
 * One contract, both backends. Redis runs when TEST_REDIS_URL names a throwaway server
 * (scripts/test.mjs starts one when redis-server is installed).
 */
const backends: Array<[string, () => LimitStore]> = [["memory", () => new MemoryLimitStore(1000)]];
if (process.env.TEST_REDIS_URL) {
  backends.push(["redis", () => new RedisLimitStore(process.env.TEST_REDIS_URL!, `test:${process.pid}:${Date.now()}:`)]);
}

describe.each(backends)("LimitStore contract (%s)", (_name, make) => {
  let store: LimitStore;
  beforeAll(() => {
    store = make();
  });
  afterAll(() => store.close());

  // Redis expires an idle bucket in real time (bucketTtlMs) while these tests pass a made-up clock:
  // a slow refill keeps that lifetime (31 s) far beyond any stall of a loaded machine between calls.
  const bucket = { perMinute: 6, burst: 3 };

  it("allows a burst, then refuses with the wait until a token is back", async () => {
    const now = 1_000_000;
    for (let i = 0; i < 3; i++) expect(await store.take("burst", bucket, now)).toEqual({ ok: true });
    expect(await store.take("burst", bucket, now)).toEqual({ ok: false, retryAfterSeconds: 10 });
    // One token every ten seconds at 6 per minute.
    expect(await store.take("burst", bucket, now + 10_000)).toEqual({ ok: true });
    expect((await store.take("burst", bucket, now + 10_000)).ok).toBe(false);
  });

  it("takes a token back, never past the burst", async () => {
    const now = 1_500_000;
    for (let i = 0; i < 3; i++) await store.take("back", bucket, now);
    expect((await store.take("back", bucket, now)).ok).toBe(false);
    await store.giveBack("back", bucket, now);
    expect(await store.take("back", bucket, now)).toEqual({ ok: true });
    expect((await store.take("back", bucket, now)).ok).toBe(false);
    await store.giveBack("full", bucket, now);
    for (let i = 0; i < 3; i++) await store.giveBack("back", bucket, now);
    for (let i = 0; i < 3; i++) expect((await store.take("full", bucket, now)).ok).toBe(true);
    for (let i = 0; i < 3; i++) expect((await store.take("back", bucket, now)).ok).toBe(true);
    expect((await store.take("back", bucket, now)).ok).toBe(false);
    expect((await store.take("full", bucket, now)).ok).toBe(false);
  });

  it("keeps keys apart", async () => {
    const now = 2_000_000;
    for (let i = 0; i < 3; i++) await store.take("a", bucket, now);
    expect((await store.take("a", bucket, now)).ok).toBe(false);
    expect((await store.take("b", bucket, now)).ok).toBe(true);
  });

  it("reports a wait that grows with the deficit at slow rates", async () => {
    const slow = { perMinute: 1, burst: 1 };
    const now = 3_000_000;
    expect((await store.take("slow", slow, now)).ok).toBe(true);
    expect(await store.take("slow", slow, now)).toEqual({ ok: false, retryAfterSeconds: 60 });
  });

  it("counts, per key, and starts from zero", async () => {
    expect(await store.get("tokens:alice")).toBe(0);
    expect(await store.add("tokens:alice", 120, 60_000)).toBe(120);
    expect(await store.add("tokens:alice", 30, 60_000)).toBe(150);
    expect(await store.get("tokens:alice")).toBe(150);
    expect(await store.get("tokens:bob")).toBe(0);
  });

  it("reserves what an answer may spend, lowered to what is left, and refuses when too little is left", async () => {
    expect(await store.reserve("budget:a", 100, { upTo: 60, plus: 10, minLeft: 1 }, 60_000)).toEqual({ ok: true, left: 100, upTo: 60, amount: 70 });
    expect(await store.get("budget:a")).toBe(70);
    // No max_tokens: all that is left.
    expect(await store.reserve("budget:a", 100, { plus: 5, minLeft: 1 }, 60_000)).toEqual({ ok: true, left: 30, upTo: 30, amount: 35 });
    // Refused, it says how much the two running answers hold.
    expect(await store.reserve("budget:a", 100, { upTo: 10, plus: 0, minLeft: 1 }, 60_000)).toEqual({ ok: false, left: -5, held: 105 });
    // A prompt that needs more than is left takes nothing.
    expect(await store.reserve("budget:b", 100, { upTo: 10, plus: 0, minLeft: 101 }, 60_000)).toEqual({ ok: false, left: 100, held: 0 });
    expect(await store.get("budget:b")).toBe(0);
  });

  it("settles a reservation with what was spent: spending less gives the rest back, and it is no longer held", async () => {
    const taken = await store.reserve("budget:settle", 100, { upTo: 80, plus: 20, minLeft: 1 }, 60_000);
    expect(taken).toMatchObject({ ok: true, amount: 100 });
    expect(await store.reserve("budget:settle", 100, { plus: 0, minLeft: 1 }, 60_000)).toEqual({ ok: false, left: 0, held: 100 });
    await store.settle("budget:settle", 100, 30, 60_000);
    expect(await store.get("budget:settle")).toBe(30);
    const rest = await store.reserve("budget:settle", 100, { plus: 0, minLeft: 1 }, 60_000);
    expect(rest).toMatchObject({ ok: true, left: 70, upTo: 70 });
    // Spent in full: refused with nothing held, the budget is spent, not in use.
    await store.settle("budget:settle", 70, 70, 60_000);
    expect(await store.reserve("budget:settle", 100, { plus: 0, minLeft: 1 }, 60_000)).toEqual({ ok: false, left: 0, held: 0 });
  });

  it("never lets reservations made at the same time take more than the budget", async () => {
    const taken = await Promise.all(Array.from({ length: 20 }, () => store.reserve("budget:race", 400, { upTo: 50, plus: 0, minLeft: 1 }, 60_000)));
    const granted = taken.filter((r) => r.ok);
    expect(granted.reduce((sum, r) => sum + (r.ok ? r.amount : 0), 0)).toBe(400);
    expect(granted).toHaveLength(8);
    expect(await store.get("budget:race")).toBe(400);
  });

  it("forgets a reservation with its counter, so one never settled (a crashed process) cannot outlive the day", async () => {
    await store.reserve("budget:crash", 100, { upTo: 100, plus: 0, minLeft: 1 }, 30);
    await eventually(async () => expect(await store.reserve("budget:crash", 100, { plus: 0, minLeft: 1 }, 60_000)).toMatchObject({ ok: true, left: 100 }));
  });

  it("forgets a counter after its lifetime", async () => {
    await store.add("short", 5, 30);
    await eventually(async () => expect(await store.get("short")).toBe(0));
  });
});

// Only with a Redis to talk to (a conditional describe, not a skipped test).
const redisUrl = process.env.TEST_REDIS_URL;
if (redisUrl) describe("RedisLimitStore shares state between instances", () => {
  it("a bucket drained through one client is empty for another", async () => {
    const prefix = `share:${process.pid}:${Date.now()}:`;
    const one = new RedisLimitStore(redisUrl, prefix);
    const two = new RedisLimitStore(redisUrl, prefix);
    const bucket = { perMinute: 6, burst: 2 };
    expect((await one.take("k", bucket, 5000)).ok).toBe(true);
    expect((await one.take("k", bucket, 5000)).ok).toBe(true);
    expect((await two.take("k", bucket, 5000)).ok).toBe(false);
    await one.add("spent", 10, 60_000);
    expect(await two.get("spent")).toBe(10);
    // Two replicas reserving the same budget at once: between them never more than it.
    const ask = { upTo: 30, plus: 0, minLeft: 1 };
    const taken = await Promise.all([one, two, one, two, one, two].map((r) => r.reserve("budget", 100, ask, 60_000)));
    expect(taken.map((r) => (r.ok ? r.upTo : 0)).reduce((a, b) => a + b)).toBe(100);
    await Promise.all([one.close(), two.close()]);
  });
});
