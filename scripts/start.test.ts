import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";

const start = new URL("./start.mjs", import.meta.url).pathname;

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
