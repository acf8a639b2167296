import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { OPEN_ENV, PRIVATE_ENV } from "./e2e/support/access";
import { READY_PORT_ENV, SERVERS_ENV, type ServerSpec } from "./e2e/support/launch-servers";
import { e2eBrowserPath, FULL_CHROMIUM } from "./e2e/support/browsers";
import { APPS, SERVERS_READY, STAND_IN } from "./e2e/support/ports";
import { SHARE_PG_APP } from "./e2e/support/share";

const chromiumArgs = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
  // V8 stops at Maglev: a test's page lives seconds, too short for TurboFan's background compiles
  // to pay back on a CPU-bound 2-core run (~10% of a sample's CPU, docs/decisions/test-suite-speed.md).
  // Speed in a user's browser is measured by `npm run bench`, which launches its own Chromium.
  "--js-flags=--max-opt=2",
];

const appServer = (name: string, port: number, env: Record<string, string>): ServerSpec => ({
  name,
  command: `node_modules/.bin/next start -p ${port}`,
  url: `http://127.0.0.1:${port}/api/health`,
  // Each server its own share database, away from the worktree's ./data. The suite sends far more
  // chats than a person would, and share specs name their client in X-Forwarded-For as a proxy would.
  env: {
    NEXT_TELEMETRY_DISABLED: "1", DATA_DIR: join(tmpdir(), `glm-chat-e2e-${port}`),
    CHAT_RATE_PER_MINUTE: "100000", TITLE_RATE_PER_MINUTE: "100000", TRUST_PROXY_HOPS: "1",
    // PUBLIC_URL: share links and og:url are built from it, never from the request's Host.
    PUBLIC_URL: `http://127.0.0.1:${port}`, ...env,
  },
});

/** With TEST_DATABASE_URL (scripts/ci-postgres.sh), the share specs also run against PostgreSQL. */
const pgApp = process.env.TEST_DATABASE_URL
  ? [appServer("pg", SHARE_PG_APP.port, { ZAI_API_KEY: "", DATABASE_URL: process.env.TEST_DATABASE_URL })]
  : [];

const servers: ServerSpec[] = [
  {
    // The stand-in answers fast unless a test asks for a pace (`[[tps:N]]`) or holds an answer at
    // a gate (`[[gate:name]]`): tests about streaming say so; the rest only wait for the end, and
    // a slow default cost minutes of waiting and of re-rendering every token in the browser.
    name: "stand-in",
    command: "node_modules/.bin/tsx e2e/stand-in/main.ts",
    url: `${STAND_IN.url}/health`,
    env: { STANDIN_PORT: String(STAND_IN.port), STANDIN_KEY: STAND_IN.key, STANDIN_TPS: "2000" },
  },
  appServer("zai", APPS.zai.port, { ZAI_API_KEY: STAND_IN.key, ZAI_BASE_URL: `${STAND_IN.url}/api/paas/v4`, ZAI_PROTOCOL: "zai" }),
  appServer("openai", APPS.openai.port, { ZAI_API_KEY: STAND_IN.key, ZAI_BASE_URL: `${STAND_IN.url}/v1`, ZAI_PROTOCOL: "openai" }),
  appServer("demo", APPS.demo.port, { ZAI_API_KEY: "", DEMO_TOKENS_PER_SECOND: "400" }),
  appServer("private", APPS.private.port, PRIVATE_ENV),
  appServer("open", APPS.open.port, OPEN_ENV),
  appServer("caps", APPS.caps.port, { ZAI_API_KEY: STAND_IN.key, ZAI_BASE_URL: `${STAND_IN.url}/api/paas/v4`, ZAI_PROTOCOL: "zai", CHAT_MAX_IN_FLIGHT: "2" }),
  appServer("small", APPS.small.port, { ZAI_API_KEY: STAND_IN.key, ZAI_BASE_URL: `${STAND_IN.url}/api/paas/v4`, ZAI_PROTOCOL: "zai", CHAT_BODY_LIMIT_MB: "2", SHARE_LIMIT_MB: "1" }),
  ...pgApp,
];

/** e2e runs against the production build (`next build` first) and the local stand-in upstream. */
export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // Generous on purpose: tests wait for conditions, never for time, and must hold while a second
  // build runs beside them on a 2-core machine. Speed is measured in `npm run bench`.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  // Three on two cores: a test spends part of its time waiting (paced streams, debounced saves,
  // server round trips), and with two workers both cores sat partly idle (docs/decisions/test-suite-speed.md).
  workers: 3,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]] : [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: APPS.zai.url,
    // A failed test keeps a trace of its steps (each action with its timing, the console, the
    // errors) and a screenshot of the page as it failed; Playwright adds the page's ARIA snapshot
    // to the error context. No DOM snapshot per step and no network capture: recording those for
    // every test (each response body hashed and stored, the DOM serialised at each action) cost
    // ~8-13% of the suite's CPU on this CPU-bound 2-core machine, and the screencast ~10% more
    // (docs/decisions/test-suite-speed.md, fourth round).
    trace: { mode: "retain-on-failure", screenshots: false, snapshots: false },
    screenshot: "only-on-failure",
    // A fresh context per test installs the offline worker each time: it fetches the shell again
    // (one more server render) and stores and compiles every script while the test runs. That was
    // ~20% of a sample's CPU (32 tests: 215 -> 173 CPU-s, docs/decisions/test-suite-speed.md, fifth
    // round). The specs about the worker, and those about what a returning visitor's reload opens,
    // turn it on with `test.use({ serviceWorkers: "allow" })`.
    serviceWorkers: "block",
  },
  projects: [
    // Every spec, in the headless shell when installed: half the full browser's CPU per page load.
    { name: "chromium", use: { launchOptions: { executablePath: e2eBrowserPath(), args: chromiumArgs } } },
    // The full browser a user runs, for what the shell could do differently: the offline worker, the
    // security headers and CSP, and a first visit in demo mode.
    {
      name: "full-chromium",
      testMatch: ["**/pwa.spec.ts", "**/security-headers.spec.ts", "**/demo.spec.ts"],
      use: { launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? FULL_CHROMIUM, args: chromiumArgs } },
    },
  ],
  // One webServer that starts them all at once (e2e/support/launch-servers.ts): a list here would
  // start one after the other.
  webServer: {
    command: "node_modules/.bin/tsx e2e/support/launch-servers.ts",
    url: SERVERS_READY.url,
    reuseExistingServer: false,
    // Eight servers start at once beside the cluster test's: on 2 busy cores (a second build
    // beside the run) they took over 120 s once. How fast they start is not what the suite tests.
    // Seven production servers starting together on two loaded cores took over 300 s once.
    timeout: 600_000,
    env: { [SERVERS_ENV]: JSON.stringify(servers), [READY_PORT_ENV]: String(SERVERS_READY.port) },
  },
});
