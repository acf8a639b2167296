import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { startOwnServer } from "./support/own-server";

test("a shared link on a server that cannot open its share store: a plain 'not now' page, and one JSON log line", async ({ page }) => {
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

    const shareLines = () => server.output.stdout.split("\n").filter((l) => l.includes("share page:"));
    await expect.poll(() => shareLines().length).toBe(1);
    expect(JSON.parse(shareLines()[0])).toMatchObject({ level: "error", route: "/s/[id]", err: { code: "ENOTDIR" } });
    // Next's own render error ("⨯ Error: ENOTDIR…" and its stack) on either stream.
    expect(server.output.stdout + server.output.stderr).not.toMatch(/⨯|^\s+at /m);
  } finally {
    server.stop();
  }
});
