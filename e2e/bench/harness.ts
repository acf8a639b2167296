import { FULL_CHROMIUM } from "../support/browser-paths.mjs";
import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { createStandIn, type StandInOptions } from "../stand-in/server";

export interface Running {
  url: string;
  stop(): Promise<void>;
  /** The server's process id when it runs as a child (for its CPU time). */
  pid?: number;
}

export async function startStandIn(options: StandInOptions): Promise<Running & { requests: ReturnType<typeof createStandIn>["requests"] }> {
  const { server, requests } = createStandIn(options);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () => new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

export async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `next start` from the existing production build on a free port. */
/** `nodeArgs` go to Node itself (e.g. `--cpu-prof`, which NODE_OPTIONS does not accept). */
export async function startApp(_hint: number, env: Record<string, string>, nodeArgs: string[] = [], cwd = process.cwd()): Promise<Running> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    cwd,
    // Benchmarks send far more than a person would: the per-client limits and quotas stay out of the way.
    env: {
      ...process.env, NEXT_TELEMETRY_DISABLED: "1",
      CHAT_RATE_PER_MINUTE: "1000000", SHARE_RATE_PER_MINUTE: "1000000", SHARE_RATE_BURST: "1000000",
      SHARE_DAILY_PER_CLIENT: "1000000", SHARE_DAILY_TOTAL: "1000000", SHARE_DAILY_MB_PER_CLIENT: "1000000", SHARE_DAILY_MB_TOTAL: "1000000",
      ...env,
    },
    // BENCH_APP_LOG=<file>: the app's log lines (pino, stdout) go there, e.g. the cause of a 502.
    stdio: ["ignore", process.env.BENCH_APP_LOG ? openSync(process.env.BENCH_APP_LOG, "a") : "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (i === 300 || child.exitCode !== null) throw new Error(`next start did not come up on ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function report(name: string, value: string, target: string, ok: boolean) {
  // `--compare` prints ratios only; absolute figures drift with the machine's load.
  if (process.env.BENCH_COMPARE === "1") return;
  console.log(`${ok ? "PASS" : "MISS"}  ${name.padEnd(58)} ${value.padStart(14)}   target ${target}`);
}

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];

export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? FULL_CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * This build and an older built checkout (BASELINE_DIR) beside one stand-in upstream and one
 * Chromium, for the benches that compare the two (against-commit.ts, start-profile.ts).
 */
export async function startBaseAndNow(key: string) {
  const baseDir = process.env.BASELINE_DIR;
  if (!baseDir) throw new Error("Set BASELINE_DIR to a built checkout of the commit to compare against.");
  const upstream = await startStandIn({ key, tokensPerSecond: 1000 });
  const env = { ZAI_API_KEY: key, ZAI_BASE_URL: `${upstream.url}/api/paas/v4`, ZAI_PROTOCOL: "zai" };
  const apps = { base: await startApp(0, env, [], baseDir), now: await startApp(0, env, [], process.env.NOW_DIR ?? process.cwd()) };
  const browser = await launchChromium();
  const stop = async () => {
    await browser.close();
    await apps.base.stop();
    await apps.now.stop();
    await upstream.stop();
  };
  return { baseDir, apps, browser, stop };
}
