import { spawn } from "node:child_process";
import { expect } from "@playwright/test";

/**
 * A production server of a test's own, for a configuration no shared e2e server has (a broken
 * DATA_DIR, a rejected key) or for state no other test may touch. `n` picks its port, unique per
 * spec (3290 + n, shifted by E2E_PORT_OFFSET). Its stdout and stderr are kept for log assertions.
 */
export async function startOwnServer(n: number, env: Record<string, string>) {
  const port = 3290 + n + Number(process.env.E2E_PORT_OFFSET ?? 0);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "info", ...env },
  });
  const output = { stdout: "", stderr: "" };
  // Awaited after stop() by a test that starts another server on the same port.
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.stdout.on("data", (d) => (output.stdout += d));
  child.stderr.on("data", (d) => (output.stderr += d));
  const answers = () => fetch(`${url}/api/health`).then((r) => r.ok, () => false);
  await expect.poll(answers, { timeout: 90_000 }).toBe(true);
  return { url, output, exited, stop: () => void child.kill("SIGTERM") };
}
