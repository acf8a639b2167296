/** The share API against the built app, once per storage backend. */
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { postOnNewConnection } from "./support/post-on-new-connection";
import { SHARE_BACKENDS, fixture, randomClient, sampleShare, shareApi } from "./support/share";

const ASSET_CSP = "default-src 'none'; img-src 'self'; media-src 'self'; sandbox";

for (const backend of SHARE_BACKENDS) {
  test.describe(`share API (${backend.name})`, () => {
    const base = backend.url;

    test("create returns an unguessable id, its URL and a token; the snapshot reads back without reasoning", async () => {
      const api = shareApi(base);
      const res = await api.create(sampleShare());
      expect(res.status).toBe(201);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const created = await res.json();
      expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(created.url).toBe(`/s/${created.id}`);
      expect(created.deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const got = await api.get(created.id);
      expect(got.status).toBe(200);
      expect(got.headers.get("cache-control")).toBe("no-store");
      const share = await got.json();
      expect(share).toMatchObject({ id: created.id, title: "Shapes in a picture", createdAt: sampleShare().messages[0].createdAt });
      expect(share.messages).toHaveLength(2);
      expect(share.messages[0].attachments).toEqual([
        { asset: 0, kind: "image", mimeType: "image/png", name: "shapes.png", width: 1000, height: 600, size: fixture("shapes.png").length, url: `/s/${created.id}/assets/0` },
      ]);
      expect(share.messages[1]).toEqual({ role: "assistant", content: sampleShare().messages[1].content, model: "glm-4.5v", createdAt: sampleShare().messages[1].createdAt });
      expect(JSON.stringify(share)).not.toContain(created.deleteToken);
    });

    test("reasoning is kept only when includeReasoning is true", async () => {
      const api = shareApi(base);
      const { id } = await api.createOk(sampleShare("With reasoning", { includeReasoning: true }));
      const share = await (await api.get(id)).json();
      expect(share.messages[1]).toMatchObject({ reasoning: "I look for a red round shape.", reasoningMs: 3200 });
    });

    test("assets are served with their sniffed type, nosniff, a restrictive CSP and no caching; video supports ranges", async () => {
      const api = shareApi(base);
      const png = fixture("shapes.png");
      const mp4 = fixture("clip.mp4");
      const body = sampleShare("Media", {
        messages: [
          { role: "user", content: "image", createdAt: 1, attachments: [{ asset: 0 }] },
          // A generic claim is fine: the server types the asset by its bytes.
          { role: "user", content: "video", createdAt: 2, attachments: [{ asset: 1 }] },
        ],
        assets: [
          { mimeType: "image/png", data: png.toString("base64") },
          { mimeType: "application/octet-stream", data: mp4.toString("base64") },
        ],
      });
      const { id } = await api.createOk(body);
      const image = await api.asset(id, 0);
      expect(image.status).toBe(200);
      expect(image.headers.get("content-type")).toBe("image/png");
      expect(image.headers.get("x-content-type-options")).toBe("nosniff");
      expect(image.headers.get("content-security-policy")).toBe(ASSET_CSP);
      expect(image.headers.get("cache-control")).toBe("no-store");
      expect(Buffer.from(await image.arrayBuffer()).equals(png)).toBe(true);

      const video = await api.asset(id, 1);
      expect(video.headers.get("content-type")).toBe("video/mp4");
      expect(Buffer.from(await video.arrayBuffer()).equals(mp4)).toBe(true);
      const part = await api.asset(id, 1, { headers: { range: "bytes=100-199" } });
      expect(part.status).toBe(206);
      expect(part.headers.get("content-range")).toBe(`bytes 100-199/${mp4.length}`);
      expect(Buffer.from(await part.arrayBuffer()).equals(mp4.subarray(100, 200))).toBe(true);
      expect((await api.asset(id, 2)).status).toBe(404);
      expect((await api.asset(id, -1 as number)).status).toBe(404);
    });

    test("update replaces the snapshot at the same URL, only with that share's token", async () => {
      const api = shareApi(base);
      const mine = await api.createOk(sampleShare("First version"));
      const other = await api.createOk(sampleShare("Someone else's"));
      const next = sampleShare("Second version", {
        messages: [...sampleShare().messages, { role: "user", content: "And the triangle?", createdAt: 5 }],
      });
      expect((await api.update(mine.id, "wrong-token", next)).status).toBe(403);
      const stolen = await api.update(mine.id, other.deleteToken, next);
      expect(stolen.status).toBe(403);
      expect((await stolen.json()).code).toBe("forbidden");
      expect((await (await api.get(mine.id)).json()).title).toBe("First version");

      const ok = await api.update(mine.id, mine.deleteToken, next);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({ id: mine.id, url: `/s/${mine.id}` });
      const share = await (await api.get(mine.id)).json();
      expect(share.title).toBe("Second version");
      expect(share.messages).toHaveLength(3);
      expect((await (await api.get(other.id)).json()).title).toBe("Someone else's");
    });

    test("revoke needs this share's token; afterwards the API, page and assets are 404 at once", async () => {
      const api = shareApi(base);
      const mine = await api.createOk(sampleShare("To revoke"));
      const other = await api.createOk(sampleShare("Other"));
      expect((await api.page(mine.id)).status).toBe(200);

      expect((await api.remove(mine.id)).status).toBe(403);
      expect((await api.remove(mine.id, "guess")).status).toBe(403);
      expect((await api.remove(mine.id, other.deleteToken)).status).toBe(403);
      expect((await api.removeWithBody(mine.id, other.deleteToken)).status).toBe(403);
      expect((await api.get(mine.id)).status).toBe(200);

      expect((await api.remove(mine.id, mine.deleteToken)).status).toBe(204);
      const gone = await api.get(mine.id);
      expect(gone.status).toBe(404);
      expect(await gone.json()).toMatchObject({ code: "not_found" });
      expect((await api.page(mine.id)).status).toBe(404);
      expect((await api.asset(mine.id, 0)).status).toBe(404);
      expect((await api.remove(mine.id, mine.deleteToken)).status).toBe(404);

      // The token may also travel in a JSON body.
      expect((await api.removeWithBody(other.id, other.deleteToken)).status).toBe(204);
      expect((await api.get(other.id)).status).toBe(404);
    });

    test("an expired share answers 404 everywhere", async () => {
      const api = shareApi(base);
      const seconds = 4;
      const made = await api.createOk(sampleShare("Short-lived", { expiresInDays: seconds / 86_400 }));
      expect(made.expiresAt).toBeGreaterThan(Date.now());
      expect(made.expiresAt).toBeLessThanOrEqual(Date.now() + seconds * 1000);
      expect((await api.get(made.id)).status).toBe(200);
      await expect.poll(async () => (await api.get(made.id)).status, { timeout: 15_000 }).toBe(404);
      expect((await api.page(made.id)).status).toBe(404);
      expect((await api.asset(made.id, 0)).status).toBe(404);
      expect((await api.update(made.id, made.deleteToken, sampleShare())).status).toBe(404);
    });

    test("random, sequential-looking and malformed ids are 404", async () => {
      const api = shareApi(base);
      const { id } = await api.createOk(sampleShare());
      const neighbour = id.slice(0, -1) + (id.endsWith("A") ? "B" : "A");
      const probes = [randomBytes(16).toString("base64url"), neighbour, "1", "2", "0000000000000000000000", "abc.def", "AAAAAAAAAAAAAAAAAAAAAAAA"];
      for (const probe of probes) {
        expect((await api.get(probe)).status, probe).toBe(404);
        expect((await api.page(probe)).status, probe).toBe(404);
        expect((await api.asset(probe, 0)).status, probe).toBe(404);
      }
    });

    test("mistyped, unsafe and invalid uploads are refused", async () => {
      const api = shareApi(base);
      const withAsset = (mimeType: string, bytes: Buffer) =>
        api.create(sampleShare("Bad asset", { assets: [{ mimeType, data: bytes.toString("base64") }] }));
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>');
      const html = Buffer.from("<html><body><script>alert(document.cookie)</script></body></html>");
      for (const [mimeType, bytes] of [["image/svg+xml", svg], ["image/png", svg], ["image/png", html], ["image/jpeg", fixture("shapes.png")], ["video/mp4", fixture("shapes.png")]] as const) {
        const res = await withAsset(mimeType, bytes);
        expect(res.status, mimeType).toBe(400);
        expect((await res.json()).code).toBe("unsupported_media");
      }
      const invalid = await api.create({ title: "x", messages: [{ role: "robot", content: "hi", createdAt: 1 }] });
      expect(invalid.status).toBe(400);
      expect((await invalid.json()).code).toBe("bad_request");
      const notJson = await fetch(`${base}/api/share`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
      expect(notJson.status).toBe(400);
    });

    test("an upload over the 25 MB cap gets 413 payload_too_large", async () => {
      const big = sampleShare("Huge", { messages: [{ role: "user", content: "x".repeat(26 * 1024 * 1024), createdAt: 1 }], assets: [] });
      const res = await postOnNewConnection(`${base}/api/share`, JSON.stringify(big), { "x-forwarded-for": randomClient() });
      expect(res.status).toBe(413);
      expect((res.json() as { code: string }).code).toBe("payload_too_large");
    });

    test("creation is rate-limited per client with 429 and Retry-After", async () => {
      const api = shareApi(base);
      const tiny = sampleShare("Tiny", { messages: [{ role: "user", content: "hi", createdAt: 1 }], assets: [] });
      let limited: Response | undefined;
      for (let i = 0; i < 40 && !limited; i++) {
        const res = await api.create(tiny);
        if (res.status === 429) limited = res;
        else expect(res.status).toBe(201);
      }
      expect(limited, "no 429 within 40 creations").toBeDefined();
      expect((await limited!.json()).code).toBe("rate_limited");
      expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      // Another client is unaffected.
      expect((await shareApi(base).create(tiny)).status).toBe(201);
    });
  });
}
