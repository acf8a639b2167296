import { spawn, type ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";

const helper = new URL("./watch-parent.mjs", import.meta.url).pathname;

// A long-running child (like next-server, kept alive by its own interval) that reports when
// watchParent sees its parent go, then exits.
const child = `
import { watchParent } from ${JSON.stringify(helper)};
setInterval(() => {}, 1 << 30);
watchParent(() => { console.log("parent gone"); process.exit(0); }, { intervalMs: 20 });
console.log("child " + process.pid);
`;
// The parent (npm's place): starts the child on the same stdout and waits to be killed.
const parent = `
const { spawn } = require("node:child_process");
spawn(process.execPath, ["--input-type=module", "-e", ${JSON.stringify(child)}], { stdio: "inherit" });
setInterval(() => {}, 1 << 30);
`;

let started: ChildProcess | undefined;
let childPid: number | undefined;
afterEach(() => {
  started?.kill("SIGKILL");
  // Only if the test failed: the child we started through the parent, by its id.
  if (childPid !== undefined) {
    try {
      process.kill(childPid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

describe("watchParent", () => {
  it("tells a child whose parent was killed, so it can stop instead of holding the port", async () => {
    started = spawn(process.execPath, ["-e", parent], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    // stdout closes only when every holder of the pipe has exited: the parent and the child.
    const closed = new Promise<void>((resolve) => started!.stdout!.on("close", resolve));
    await new Promise<void>((resolve) =>
      started!.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const m = /child (\d+)/.exec(out);
        if (m) {
          childPid = Number(m[1]);
          resolve();
        }
      }),
    );
    started.kill("SIGTERM");
    await closed;
    expect(out).toContain("parent gone");
    childPid = undefined;
  });

  it("stays quiet while the parent lives, and keeps nothing alive itself", async () => {
    const ended = spawn(process.execPath, ["--input-type=module", "-e", `import { watchParent } from ${JSON.stringify(helper)}; watchParent(() => console.log("gone"), { intervalMs: 1 }); console.log("started");`], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    ended.stdout!.on("data", (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => ended.on("exit", resolve));
    expect(code).toBe(0);
    expect(out).toBe("started\n");
  });
});
