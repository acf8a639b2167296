import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { ChatPage } from "./support/chat-page";
import { startOwnServer } from "./support/own-server";

test("a shared link on a server that cannot open its share store: a plain 'not now' page, its images a no-store 503, and one JSON log line each", async ({ page }) => {
  // DATA_DIR under a plain file: the SQLite share store cannot open (ENOTDIR).
  const file = join(mkdtempSync(join(tmpdir(), "glm-e2e-store-down-")), "a-file");
  writeFileSync(file, "");
  const server = await startOwnServer(1, { ZAI_API_KEY: "", DATA_DIR: join(file, "data") });
  try {
    const response = await page.goto(`${server.url}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    await expect(page.getByTestId("share-unavailable")).toContainText("cannot be opened right now");
    await expect(page.getByTestId("share-not-found")).toHaveCount(0);
    expect(response!.status()).not.toBe(404);
    await expect(page).toHaveTitle(/unavailable/);

    const shareLines = (route: string) => server.output.stdout.split("\n").filter((l) => l.includes("share page:") && l.includes(`"route":"${route}"`));
    await expect.poll(() => shareLines("/s/[id]").length).toBe(1);
    expect(JSON.parse(shareLines("/s/[id]")[0])).toMatchObject({ level: "error", route: "/s/[id]", err: { code: "ENOTDIR" } });

    // Its images: a 503 in the one envelope that no CDN keeps, not a silent 404, and one log line.
    const asset = await page.request.get(`${server.url}/s/AAAAAAAAAAAAAAAAAAAAAA/assets/0`);
    expect(asset.status()).toBe(503);
    expect(asset.headers()["cache-control"]).toBe("no-store");
    expect(await asset.json()).toEqual({ code: "share_unavailable", message: expect.stringContaining("cannot be opened right now") });
    await expect.poll(() => shareLines("/s/[id]/assets/[n]").length).toBe(1);
    expect(JSON.parse(shareLines("/s/[id]/assets/[n]")[0])).toMatchObject({ level: "error", route: "/s/[id]/assets/[n]", err: { code: "ENOTDIR" } });
    // The share API, as a script would use it: the same 503, not a generic 500 "something went wrong".
    const read = await page.request.get(`${server.url}/api/share/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(read.status()).toBe(503);
    expect(await read.json()).toEqual({ code: "share_unavailable", message: expect.stringContaining("cannot use its share store") });

    // Publishing from the app: the dialog says sharing is unavailable for now; the chat is untouched.
    const chat = new ChatPage(page);
    await chat.goto(server.url);
    await chat.ask("[[scenario:no-reasoning]] Keep this question");
    await page.getByTestId("share-button").click();
    const dialog = page.getByTestId("share-dialog");
    await dialog.getByTestId("share-create-button").click();
    await expect(dialog.getByTestId("share-error")).toContainText("cannot be published or opened right now");
    await expect(dialog.getByTestId("share-link")).toHaveCount(0);
    const routeLines = (route: string) => server.output.stdout.split("\n").filter((l) => l.includes("share route:") && l.includes(`"route":"${route}"`));
    await expect.poll(() => routeLines("POST /api/share").length).toBe(1);
    expect(routeLines("GET /api/share/[id]")).toHaveLength(1);
    await dialog.getByTestId("share-dialog-close").click();
    await expect(page.getByTestId("message-user")).toHaveCount(1);
    await expect(page.getByTestId("message-user")).toContainText("Keep this question");
    await expect(chat.lastAssistant()).toHaveAttribute("data-status", "done");

    // Next's own render error ("⨯ Error: ENOTDIR…" and its stack) on either stream.
    expect(server.output.stdout + server.output.stderr).not.toMatch(/⨯|^\s+at /m);
  } finally {
    server.stop();
  }
});
