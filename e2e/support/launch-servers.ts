import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:http";
import { z } from "zod";

/**
 * Starts every e2e server at once (playwright.config.ts runs this as its one webServer) and, once
 * all of them answer their health URL, answers on its own port (READY_PORT_ENV) for Playwright. Playwright starts a webServer list one after
 * the other, each waiting for the last: seven servers cost ~25 s on a loaded machine that way.
 * The servers stay in this process group, so Playwright's teardown (it kills the group) ends them.
 */

/** The env variable naming the port this script answers on once every server is up. */
export const READY_PORT_ENV = "E2E_READY_PORT";

const ServerSchema = z.object({ name: z.string(), command: z.string(), url: z.string().url(), env: z.record(z.string(), z.string()) });
export type ServerSpec = z.infer<typeof ServerSchema>;

/** The env variable carrying the server list from the config to this script. */
export const SERVERS_ENV = "E2E_SERVERS";

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

async function main() {
  const servers = z.array(ServerSchema).parse(JSON.parse(process.env[SERVERS_ENV] ?? "[]"));
  // Like reuseExistingServer: false: a server left over from another run must not stand in for ours.
  const taken = (await Promise.all(servers.map(async (s) => ((await answers(s.url)) ? s.url : null)))).filter(Boolean);
  if (taken.length) throw new Error(`already in use (another e2e run with the same E2E_PORT_OFFSET?): ${taken.join(", ")}`);

  const children: ChildProcess[] = [];
  const stopAll = () => children.forEach((c) => c.exitCode === null && c.kill("SIGTERM"));
  process.on("SIGTERM", () => (stopAll(), process.exit(0)));
  process.on("SIGINT", () => (stopAll(), process.exit(0)));

  let failed: string | null = null;
  for (const s of servers) {
    const child = spawn(s.command, { shell: true, env: { ...process.env, ...s.env }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout?.on("data", (d: Buffer) => process.stdout.write(prefix(s.name, d)));
    child.stderr?.on("data", (d: Buffer) => process.stderr.write(prefix(s.name, d)));
    child.on("exit", (code) => (failed ??= `${s.name} (${s.command}) exited with ${code}`));
    children.push(child);
  }
  const pending = new Set(servers);
  const started = Date.now();
  let said = started;
  while (pending.size) {
    if (failed) throw new Error(failed);
    await Promise.all([...pending].map(async (s) => (await answers(s.url)) && pending.delete(s)));
    // On a loaded machine the start can be slow: say which servers are still coming, so a
    // timeout names them.
    if (pending.size && Date.now() - said > 30_000) {
      said = Date.now();
      console.log(`e2e servers: still waiting after ${Math.round((said - started) / 1000)} s for ${[...pending].map((s) => s.name).join(", ")}`);
    }
    if (pending.size) await new Promise((r) => setTimeout(r, 100));
  }
  createServer((_req, res) => res.end("ready")).listen(Number(process.env[READY_PORT_ENV]), "127.0.0.1");
  // Keep running; a server dying mid-run is reported, and the tests that need it fail on their own.
  await new Promise<void>((resolve) => children.forEach((c) => c.on("exit", () => children.every((x) => x.exitCode !== null) && resolve())));
}

function prefix(name: string, data: Buffer): string {
  return data.toString("utf8").replace(/^(?=.)/gm, `[${name}] `);
}

if (process.argv[1]?.endsWith("launch-servers.ts")) {
  main().catch((e: unknown) => {
    console.error(`e2e servers: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
