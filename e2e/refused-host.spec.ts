/** A page asked for under a host name outside ALLOWED_HOSTS: a plain refusal, not the app's "mistyped link" 404. */
import { mkdtempSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { en, zh } from "./support/catalogue";
import { startOwnServer } from "./support/own-server";

const ALLOWED = "chat.example.com";

/** A GET naming `host` (fetch cannot set Host): its status and `code`. */
const getAs = (url: string, host: string) =>
  new Promise<{ status: number; code?: string }>((resolve, reject) => {
    const req = httpRequest(url, { headers: { host } }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, code: (JSON.parse(body || "{}") as { code?: string }).code }));
    });
    req.on("error", reject);
    req.end();
  });

test("a page for a host name outside ALLOWED_HOSTS says the server does not answer to it, links nowhere and names no allowed host", async ({ browser }) => {
  // Opened as http://127.0.0.1:<port>/, a name this server is not told to answer to.
  const server = await startOwnServer(8, { ZAI_API_KEY: "", ALLOWED_HOSTS: ALLOWED, DATA_DIR: mkdtempSync(join(tmpdir(), "glm-e2e-refused-host-")) });
  const context = await browser.newContext({ locale: "en-GB" });
  try {
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    const host = new URL(server.url).host;
    for (const path of ["/", "/c/some-chat", "/s/AAAAAAAAAAAAAAAAAAAAAA", "/no-such-page"]) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response!.status(), path).toBe(403);
      expect(response!.headers()["cache-control"], path).toBe("no-store");
      expect(response!.headers()["content-type"], path).toMatch(/^text\/html/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.refusedHost.title);
      await expect(page.getByTestId("refused-host-name")).toHaveText(host);
      await expect(page.getByTestId("refused-host-operator")).toHaveText(en.refusedHost.operator);
      // Not the app's 404, whose "Open GLM Chat" led back to this same refusal.
      await expect(page.getByText(en.shared.open)).toHaveCount(0);
      await expect(page.locator("a, script, form, img, iframe")).toHaveCount(0);
      expect(await page.content(), path).not.toContain(ALLOWED);
    }
    expect(scripts).toEqual([]);

    // The API keeps its own JSON refusal.
    const api = await page.request.get(`${server.url}/api/models`);
    expect(api.status()).toBe(403);
    expect(await api.json()).toMatchObject({ code: "forbidden" });
    // So do a shared conversation's images and its JSON (proxy.ts leaves both to their routes),
    // which under the allowed name go on to the share store (no such share: 404).
    for (const path of ["/s/AAAAAAAAAAAAAAAAAAAAAA/assets/0", "/api/share/AAAAAAAAAAAAAAAAAAAAAA"]) {
      expect(await getAs(`${server.url}${path}`, host), path).toEqual({ status: 403, code: "forbidden" });
      expect(await getAs(`${server.url}${path}`, ALLOWED), path).toEqual({ status: 404, code: "not_found" });
    }

    // A Chinese visitor reads it in Chinese.
    const zhContext = await browser.newContext({ locale: "zh-CN" });
    const zhPage = await zhContext.newPage();
    await zhPage.goto(`${server.url}/`);
    await expect(zhPage.getByRole("heading", { level: 1 })).toHaveText(zh.refusedHost.title);
    await expect(zhPage.getByTestId("refused-host-operator")).toHaveText(zh.refusedHost.operator);
    await zhContext.close();

    // The operator finds the refused name in the log, with the setting to change (not once per request).
    const warned = server.output.stdout.split("\n").filter((l) => l.includes('"level":"warn"') && l.includes("ALLOWED_HOSTS"));
    expect(warned.length).toBeGreaterThanOrEqual(1);
    expect(warned.length).toBeLessThan(4);
    expect(JSON.parse(warned[0])).toMatchObject({ host });
  } finally {
    await context.close();
    server.stop();
  }
});
