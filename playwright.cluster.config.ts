import { defineConfig } from "@playwright/test";
import { e2eBrowserPath } from "./e2e/support/browsers";

/**
 * The cluster test (`npm test` runs it beside the main e2e suite): two standalone instances behind
 * Debian's nginx, sharing PostgreSQL and Redis, each started by the specs themselves (they kill and
 * restart instances, which Playwright's webServer cannot). Needs `next build` first.
 */
export default defineConfig({
  testDir: "e2e/cluster",
  testMatch: "**/*.cluster.ts",
  // Generous: 200 streams and several server starts on a loaded 2-core machine. Tests wait on
  // conditions, never on time.
  timeout: 300_000,
  expect: { timeout: 60_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["json", { outputFile: "test-results-cluster/cluster.json" }]],
  // Its own output folder, outside the main suite's: Playwright empties the output folder first,
  // and `npm test` runs this beside the main suite (scripts/test.mjs).
  outputDir: "test-results-cluster",
  use: {
    launchOptions: {
      executablePath: e2eBrowserPath(),
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
    trace: "retain-on-failure",
  },
});
