import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const start = new URL("./start.mjs", import.meta.url).pathname;
const startupCheck = new URL("./startup-check.mjs", import.meta.url).href;

/** Runs `script` (an ES module body) in a fresh node, so .env loading cannot leak into this worker. */
function runNode(script: string, env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawn(process.execPath, ["--input-type=module", "-e", script], { env, stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  return new Promise((resolve) => child.on("close", () => resolve(out)));
}

describe("npm start's environment", () => {
  it("takes HOST from .env.local, as Next takes PORT, and warns when that opens the key to the network", async () => {
    const root = mkdtempSync(join(tmpdir(), "glm-start-env-"));
    writeFileSync(join(root, ".env.local"), "HOST=0.0.0.0\nZAI_API_KEY=test-key\n");
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !["HOST", "ZAI_API_KEY", "ACCESS_CODES", "SESSION_SECRET"].includes(k)));
    const script = `const { prepareStart } = await import(${JSON.stringify(startupCheck)});
      console.log(JSON.stringify(await prepareStart(${JSON.stringify(root)}, ["-p", "4000"])));`;
    const { args, report } = JSON.parse(await runNode(script, { ...env, NODE_ENV: "production" }));
    expect(args).toEqual(["start", "-H", "0.0.0.0", "-p", "4000"]);
    expect(report.warning).toContain("listening on 0.0.0.0 with ZAI_API_KEY set and no ACCESS_CODES");
  });
});

describe("npm start with a refused configuration", () => {
  it("says why and exits 1 before building or starting Next (no 'Ready' first)", async () => {
    // PORT only matters should start.mjs get as far as next start: then away from anyone's server.
    const env = { ...process.env, ACCESS_CODES: "alice:abcd,bob:abcd", SESSION_SECRET: "s".repeat(32), HOST: "127.0.0.1", PORT: "20999" };
    const child = spawn(process.execPath, [start], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(err).toContain("Invalid configuration:\n  ACCESS_CODES: alice and bob have the same code; give each person their own\nSee .env.example");
    expect(out).not.toMatch(/Ready|Building/);
    expect(code).toBe(1);
  });
});
