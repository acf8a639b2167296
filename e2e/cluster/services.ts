/**
 * Throwaway services for the cluster test and bench: PostgreSQL, Redis, nginx (Debian's packages)
 * and standalone app instances, each on its own port under a temp dir, stopped by the caller.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;

export interface Service {
  name: string;
  url: string;
  child?: ChildProcess;
  stop(): Promise<void>;
}

/** What the cluster needs from the machine, by the name of its Debian package. */
export function missingPackages(): string[] {
  const missing: string[] = [];
  const pg = existsSync("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").length > 0;
  if (!pg) missing.push("postgresql");
  if (!onPath("redis-server")) missing.push("redis-server");
  if (!onPath("nginx") && !existsSync("/usr/sbin/nginx")) missing.push("nginx");
  return missing;
}

function onPath(bin: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(what: string, check: () => Promise<boolean>, child?: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}) before it was ready`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} was not ready after ${timeoutMs / 1000} s`);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", () => r()));
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  await exited(child);
}

export function startPostgres(port: number): Service {
  const dir = mkdtempSync(join(tmpdir(), "glm-cluster-pg."));
  const url = execFileSync("bash", [join(root, "scripts/ci-postgres.sh")], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, CI_PG_DIR: dir, PGPORT_OVERRIDE: String(port) },
  }).trim();
  return {
    name: "postgres",
    url,
    stop: async () => void execFileSync("bash", [join(root, "scripts/ci-postgres.sh"), "stop", dir], { stdio: "ignore" }),
  };
}

export async function startRedis(port: number): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), "glm-cluster-redis."));
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
  const url = `redis://127.0.0.1:${port}`;
  await waitFor("redis-server", async () => {
    const { createConnection } = await import("node:net");
    return new Promise<boolean>((resolve) => {
      const s = createConnection(port, "127.0.0.1", () => s.end("PING\r\n"));
      s.on("data", (d) => resolve(d.toString().includes("PONG")));
      s.on("error", () => resolve(false));
    });
  }, child);
  return { name: "redis", url, child, stop: async () => { await stopChild(child); rmSync(dir, { recursive: true, force: true }); } };
}

export interface AppInstance extends Service {
  port: number;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exit: Promise<number | string>;
}

/** One standalone server (.next/standalone/server.js, as the container runs it). */
export async function startApp(name: string, port: number, env: Record<string, string>): Promise<AppInstance> {
  const server = join(root, ".next/standalone/server.js");
  if (!existsSync(server)) throw new Error("No standalone build: run `next build` (and scripts/standalone.mjs) first.");
  const child = spawn(process.execPath, [server], {
    // Only what is given: a developer's own ZAI_API_KEY or DATABASE_URL must not leak in.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NEXT_TELEMETRY_DISABLED: "1", HOSTNAME: "127.0.0.1", PORT: String(port), KEEP_ALIVE_TIMEOUT: "65000", ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const keep = (d: Buffer) => {
    log.push(d.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exit = new Promise<number | string>((r) => child.once("exit", (code, signal) => r(code ?? signal ?? "unknown")));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`app ${name}`, async () => (await fetch(`${url}/api/health?ready=1`)).ok, child);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${log.join("")}`, { cause: error });
  }
  return { name, url, port, child, exit, stop: () => stopChild(child, "SIGKILL") };
}

/**
 * nginx running deploy/nginx.conf (the compose file's), with this run's ports and paths put in
 * the marked lines, in the foreground as a child of the test.
 */
export async function startNginx(port: number, upstreams: string[], extraLocation = ""): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), "glm-cluster-nginx."));
  chmodSync(dir, 0o755);
  for (const sub of ["client-body", "proxy"]) {
    mkdirSync(join(dir, sub));
    chmodSync(join(dir, sub), 0o777);
  }
  let conf = readFileSync(join(root, "deploy/nginx.conf"), "utf8");
  const replaceMarked = (marker: string, lines: string[]) => {
    const pattern = new RegExp(`^.*# cluster-test: ${marker}\\n`, "gm");
    let first = true;
    conf = conf.replace(pattern, () => {
      if (!first) return "";
      first = false;
      return lines.map((l) => `${l}\n`).join("");
    });
  };
  replaceMarked("pid", [`pid ${dir}/nginx.pid;`, "daemon off;"]);
  replaceMarked("error_log", [`error_log ${dir}/error.log warn;`]);
  replaceMarked("temp", [`client_body_temp_path ${dir}/client-body;`, `proxy_temp_path ${dir}/proxy;`]);
  replaceMarked("upstreams", upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=5s;`));
  replaceMarked("listen", [`listen 127.0.0.1:${port};`, extraLocation]);
  conf = conf.replace("worker_processes auto;", "worker_processes 1;");
  const file = join(dir, "nginx.conf");
  writeFileSync(file, conf);
  const bin = existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
  const child = spawn(bin, ["-c", file, "-p", dir], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor("nginx", async () => (await fetch(`${url}/api/health`)).status > 0, child, 30_000);
  } catch (error) {
    child.kill("SIGKILL");
    const log = existsSync(join(dir, "error.log")) ? readFileSync(join(dir, "error.log"), "utf8") : "";
    throw new Error(`${(error as Error).message}\n${stderr}\n${log}`, { cause: error });
  }
  return {
    name: "nginx",
    url,
    child,
    stop: async () => {
      await stopChild(child, "SIGQUIT");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
