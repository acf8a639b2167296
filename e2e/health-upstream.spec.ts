import { expect, test } from "@playwright/test";
import { startOwnServer } from "./support/own-server";
import { STAND_IN } from "./support/ports";

test("/api/health reports a rejected key once a chat met it, stays ready, and names neither key nor URL", async () => {
  // A server of its own: on a shared one, other tests' chats would turn its state back to "ok".
  const wrongKey = "ops-wrong-key-5d1e";
  const server = await startOwnServer(2, { ZAI_API_KEY: wrongKey, ZAI_BASE_URL: `${STAND_IN.url}/api/paas/v4`, ZAI_PROTOCOL: "zai" });
  try {
    const health = async () => {
      const res = await fetch(`${server.url}/api/health?ready=1`);
      return { status: res.status, text: await res.text() };
    };
    expect(JSON.parse((await health()).text)).toMatchObject({ ready: true, upstream: "unknown", upstreamAt: null });

    const chat = await fetch(`${server.url}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "glm-4.6", messages: [{ role: "user", content: "hello" }] }),
    });
    expect((await chat.json()).code).toBe("upstream_auth");

    const after = await health();
    expect(after.status).toBe(200);
    const body = JSON.parse(after.text);
    expect(body).toMatchObject({ ready: true, upstream: "key_rejected" });
    expect(new Date(body.upstreamAt).toISOString()).toBe(body.upstreamAt);
    for (const secret of [wrongKey, STAND_IN.url, String(STAND_IN.port), "paas"]) expect(after.text).not.toContain(secret);
  } finally {
    server.stop();
  }
});
