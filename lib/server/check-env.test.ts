import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkEnvOrExit } from "./check-env";
import { createLogger, setLogger } from "./log/logger";

afterEach(() => {
  vi.restoreAllMocks();
  setLogger(undefined);
});

describe("the server's own configuration check (next start without npm start)", () => {
  it("refuses a bad configuration with one fatal JSON log line naming every problem, then exits 1", () => {
    const lines: Array<Record<string, unknown>> = [];
    setLogger(createLogger(new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) }), "info"));
    const exit = vi.spyOn(process, "exit").mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    const stderr = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(() => checkEnvOrExit({ ALLOWED_HOSTS: "https://chat.example.com", LOG_LEVEL: "loud" })).toThrow("exit 1");
    expect(exit).toHaveBeenCalledWith(1);
    expect(stderr).not.toHaveBeenCalled();
    expect(lines).toEqual([
      expect.objectContaining({
        level: "fatal",
        problems: [expect.stringMatching(/^ALLOWED_HOSTS: .*write chat\.example\.com/), "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent"],
        msg: expect.stringMatching(/^Invalid configuration, the server will not start: ALLOWED_HOSTS: .*See \.env\.example/),
      }),
    ]);
  });

  it("returns the parsed configuration when it is good", () => {
    expect(checkEnvOrExit({ ZAI_API_KEY: "k" }).ZAI_API_KEY).toBe("k");
  });
});
