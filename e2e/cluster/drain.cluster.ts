/**
 * SIGTERM on a standalone instance (what `docker stop` sends): new requests are refused, a running
 * answer may finish, and one still running when SHUTDOWN_GRACE_S ends is closed with an
 * `interrupted` event the client offers to Continue.
 */
import { request as httpRequest } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { CLUSTER_PORTS, ask, readEvents, textOf } from "./api";
import { startApp, type AppInstance } from "./services";
import { startStandIn, upstreamEnv } from "./stand-in";

let standIn: Awaited<ReturnType<typeof startStandIn>>;
let app: AppInstance | undefined;
const dataDirs: string[] = [];

test.beforeAll(async () => {
  standIn = await startStandIn(CLUSTER_PORTS.standIn);
});
test.afterAll(async () => {
  await app?.stop();
  await standIn?.stop();
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

function instance(grace: number) {
  const dataDir = mkdtempSync(join(tmpdir(), "glm-drain-"));
  dataDirs.push(dataDir);
  return startApp("drain", CLUSTER_PORTS.drain, { ...upstreamEnv(standIn.url), SHUTDOWN_GRACE_S: String(grace), DATA_DIR: dataDir });
}

const body = JSON.stringify({ model: "glm-4.5v", messages: [{ role: "user", content: "[[scenario:no-reasoning]] arriving during the drain" }] });

/**
 * A chat request whose headers the server has taken (it answered 100 Continue) but whose body is
 * held back, so it is a request in progress, not a new connection, when SIGTERM arrives.
 */
function heldRequest(port: number) {
  const req = httpRequest({
    host: "127.0.0.1", port, method: "POST", path: "/api/chat", agent: false,
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), expect: "100-continue" },
  });
  const accepted = new Promise<void>((resolve) => req.once("continue", resolve));
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.once("response", (res) => {
      let text = "";
      res.on("data", (d) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.once("error", reject);
  });
  req.flushHeaders();
  return { accepted, response, send: () => req.end(body) };
}

test("SIGTERM: a running answer finishes, a request arriving during the drain is refused, the process exits", async () => {
  app = await instance(600);
  const running = readEvents(await ask(app.url, "", "[[scenario:no-reasoning]] [[gate:drain-finish]] a running answer"));
  expect(await running.first).toMatchObject({ type: "text" });
  const held = heldRequest(app.port);
  await held.accepted;

  const draining = new Promise<void>((resolve) => app!.child!.stdout!.on("data", (d: Buffer) => d.toString().includes("shutdown: draining") && resolve()));
  app.child!.kill("SIGTERM");
  await draining;

  held.send();
  const refused = await held.response;
  expect(refused.status).toBe(503);
  expect(JSON.parse(refused.body)).toMatchObject({ code: "server_busy" });
  // Nothing new reached the upstream for it.
  expect(standIn.requests.some((r) => JSON.stringify(r.body).includes("arriving during the drain"))).toBe(false);

  standIn.openGate("drain-finish");
  const events = await running.all;
  expect(events.at(-1)).toEqual({ type: "finish", reason: "stop" });
  expect(events.some((e) => e.type === "interrupted" || e.type === "error")).toBe(false);
  await app.exit;
  app = undefined;
});

test("SIGTERM: an answer still running when the grace period ends is closed as interrupted, text kept", async () => {
  app = await instance(1);
  const running = readEvents(await ask(app.url, "", "[[scenario:no-reasoning]] [[gate:drain-never]] a long answer"));
  expect(await running.first).toMatchObject({ type: "text" });
  app.child!.kill("SIGTERM");
  const events = await running.all;
  expect(textOf(events).length).toBeGreaterThan(0);
  expect(events.at(-1)).toMatchObject({ type: "interrupted", message: expect.stringMatching(/Continue/) });
  expect(events.some((e) => e.type === "finish" || e.type === "error")).toBe(false);
  // The upstream request was cancelled, not left running.
  await expect.poll(() => standIn.requests.find((r) => JSON.stringify(r.body).includes("drain-never"))?.clientClosedAt).toBeDefined();
  await app.exit;
  app = undefined;
});
