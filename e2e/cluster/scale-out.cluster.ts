/**
 * Scale-out, shown working: sessions, shares and the chat rate limit hold across two instances;
 * 200 concurrent streams pass nginx with zero errors; an instance killed mid-answer leaves an
 * interrupted answer that Continue finishes on the other instance.
 */
import { expect, test } from "@playwright/test";
import { ChatPage } from "../support/chat-page";
import { sampleShare } from "../support/share";
import { ask, readEvents, signIn, textOf } from "./api";
import { LOAD_USERS, RATE_PER_MINUTE, code, startCluster, type Cluster } from "./cluster";
import { isTitleRequest } from "../../lib/glm/title";

let cluster: Cluster;
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(300_000);
  cluster = await startCluster();
});
test.afterAll(async () => {
  await cluster?.stop();
});

test("a session made on one instance works on the other", async () => {
  const [a, b] = cluster.apps;
  const cookie = await signIn(a.url, code("alice"));
  const refused = await ask(b.url, "", "[[scenario:no-reasoning]] without a session");
  expect(refused.status).toBe(401);
  expect(await refused.json()).toMatchObject({ code: "unauthorized" });
  const res = await ask(b.url, cookie, "[[scenario:no-reasoning]] session from A");
  expect(res.status).toBe(200);
  expect((await readEvents(res).all).at(-1)).toEqual({ type: "finish", reason: "stop" });
});

test("a share made on one instance is read and revoked through the other", async () => {
  const [a, b] = cluster.apps;
  const cookie = await signIn(a.url, code("alice"));
  const headers = { "content-type": "application/json", cookie };
  const created = await fetch(`${a.url}/api/share`, { method: "POST", headers, body: JSON.stringify(sampleShare("Made on A")) });
  expect(created.status).toBe(201);
  const { id, deleteToken } = (await created.json()) as { id: string; deleteToken: string };

  const read = await fetch(`${b.url}/api/share/${id}`);
  expect(read.status).toBe(200);
  expect(await read.json()).toMatchObject({ id, title: "Made on A" });
  const page = await fetch(`${b.url}/s/${id}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("Made on A");

  const revoked = await fetch(`${b.url}/api/share/${id}`, { method: "DELETE", headers: { cookie, authorization: `Bearer ${deleteToken}` } });
  expect(revoked.status).toBe(204);
  expect((await fetch(`${a.url}/api/share/${id}`)).status).toBe(404);
  expect((await fetch(`${a.url}/s/${id}`)).status).toBe(404);
});

test("the chat rate limit counts requests on both instances together", async () => {
  const [a, b] = cluster.apps;
  const cookie = await signIn(a.url, code("rater"));
  // As many requests to each instance as the limit allows in total: limits kept per instance
  // would let all of them through.
  const started = Date.now();
  const results = await Promise.all(
    Array.from({ length: RATE_PER_MINUTE * 2 }, async (_, i) => {
      const target = i % 2 ? b : a;
      const res = await ask(target.url, cookie, `[[scenario:no-reasoning]] rate ${i}`);
      const answered = Date.now();
      const body = res.status === 200 ? await readEvents(res).all : await res.json();
      return { instance: target.name, status: res.status, retryAfter: res.headers.get("retry-after"), body, answered };
    }),
  );
  const accepted = results.filter((r) => r.status === 200);
  const limited = results.filter((r) => r.status !== 200);
  // The budget (a bucket of RATE_PER_MINUTE refilling RATE_PER_MINUTE a minute) is spent once across
  // both: at most what it held plus what refilled while the burst was being answered.
  const seconds = (Math.max(...results.map((r) => r.answered)) - started) / 1000;
  const refilled = Math.ceil((seconds * RATE_PER_MINUTE) / 60);
  expect(accepted.length).toBeGreaterThanOrEqual(RATE_PER_MINUTE);
  expect(accepted.length).toBeLessThanOrEqual(RATE_PER_MINUTE + refilled);
  expect(limited.length).toBeGreaterThan(0);
  for (const r of limited) {
    expect(r.status).toBe(429);
    expect(r.body).toMatchObject({ code: "rate_limited" });
    expect(Number(r.retryAfter)).toBeGreaterThan(0);
  }
  for (const r of accepted) expect((r.body as Array<{ type: string }>).at(-1)).toMatchObject({ type: "finish" });
});

test("200 concurrent streams through nginx all finish, with zero errors", async () => {
  const cookies = await Promise.all(Array.from({ length: LOAD_USERS }, (_, i) => signIn(cluster.nginx.url, code(`load${i}`))));
  const streams = await Promise.all(
    Array.from({ length: 200 }, async (_, i) => {
      const res = await ask(cluster.nginx.url, cookies[i % LOAD_USERS], `[[scenario:no-reasoning]] [[gate:load]] stream ${i}`);
      return { i, status: res.status, upstream: res.headers.get("x-upstream"), events: readEvents(res) };
    }),
  );
  expect(streams.filter((s) => s.status !== 200)).toEqual([]);
  // Every answer has started and is held at the gate: all 200 are open at the same time.
  await Promise.all(streams.map((s) => s.events.first));
  const held = cluster.standIn.requests.filter((r) => JSON.stringify(r.body).includes("[[gate:load]]") && !r.completedAt);
  expect(held).toHaveLength(200);
  // nginx spread them over both instances.
  for (const app of cluster.apps) expect(streams.some((s) => s.upstream?.endsWith(`:${app.port}`))).toBe(true);

  cluster.standIn.openGate("load");
  const done = await Promise.all(streams.map(async (s) => ({ i: s.i, events: await s.events.all })));
  for (const { i, events } of done) {
    expect(events.filter((e) => e.type === "error" || e.type === "interrupted")).toEqual([]);
    expect(events.at(-1)).toEqual({ type: "finish", reason: "stop" });
    expect(textOf(events)).toBe(`Answer without reasoning to: stream ${i}`);
  }
});

test("an instance killed mid-answer leaves it interrupted; Continue finishes it on the other instance", async ({ browser }) => {
  const cookie = await signIn(cluster.nginx.url, code("kim"));
  const context = await browser.newContext({ baseURL: cluster.nginx.url });
  const [name, value] = cookie.split(";")[0].split("=");
  await context.addCookies([{ name, value, url: cluster.nginx.url }]);
  const page = await context.newPage();
  const chat = new ChatPage(page);
  await chat.goto(cluster.nginx.url);

  const first = page.waitForResponse((r) => r.url().endsWith("/api/chat"));
  await chat.send("[[scenario:no-reasoning]] [[gate:kill]] killed mid-answer");
  const victim = cluster.byUpstream((await first).headers()["x-upstream"]);
  const survivor = cluster.apps.find((x) => x !== victim)!;
  const answer = chat.lastAssistant();
  await expect(answer).toContainText("Answ");
  await expect(answer).toHaveAttribute("data-status", "streaming");

  victim.child!.kill("SIGKILL");
  await victim.exit;
  await expect(answer).toHaveAttribute("data-status", "interrupted");
  await expect(answer.getByTestId("interrupted-badge")).toContainText(/connection to the server dropped/);
  await expect(answer).toContainText("Answ");

  const second = page.waitForResponse((r) => r.url().endsWith("/api/chat"));
  await answer.getByTestId("continue-button").click();
  expect(cluster.byUpstream((await second).headers()["x-upstream"])).toBe(survivor);
  await expect(answer).toHaveAttribute("data-status", "done");
  await expect(answer.getByTestId("interrupted-badge")).toHaveCount(0);
  const text = await answer.innerText();
  expect(text.indexOf("Answ")).toBeGreaterThanOrEqual(0);
  expect(text.length).toBeGreaterThan("Answ".length + 10);
  // The continuation carried the partial answer to the upstream.
  // (Title requests, made in the background after an answer, are not the continuation.)
  const continued = cluster.standIn.requests.filter((r) => !isTitleRequest(r.body)).at(-1)!.body as { messages: Array<{ role: string; content: unknown }> };
  expect(continued.messages.find((m) => m.role === "assistant")?.content).toBe("Answ");
  await context.close();
});

test("readiness follows Redis while liveness stays up", async () => {
  const app = cluster.apps.find((x) => x.child!.exitCode === null && x.child!.signalCode === null)!;
  const health = async (query = "") => {
    const res = await fetch(`${app.url}/api/health${query}`);
    return { status: res.status, body: (await res.json()) as { ready: boolean; checks: { database: string; redis: string } } };
  };
  expect(await health("?ready=1")).toMatchObject({ status: 200, body: { ready: true, checks: { database: "ok", redis: "ok" } } });
  await cluster.redis.stop();
  await expect.poll(async () => (await health("?ready=1")).status).toBe(503);
  expect(await health()).toMatchObject({ status: 200, body: { ready: false, checks: { database: "ok", redis: "unreachable" } } });
});
