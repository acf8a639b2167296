import { describe, expect, it } from "vitest";
import { errorType } from "./error-type";
import { safeError } from "./logger";

/** What the production bundle makes of redis-errors' classes: a one-letter constructor name that is also the name. */
function minifiedClass(): new (message: string) => Error {
  const RedisError = class extends Error {
    get name() {
      return this.constructor.name;
    }
  };
  Object.defineProperty(RedisError, "name", { value: "t" });
  const Minified = class extends RedisError {};
  Object.defineProperty(Minified, "name", { value: "i" });
  return Minified;
}

describe("the type of a logged error", () => {
  it("a minified Redis 'max retries' error is logged as MaxRetriesPerRequestError, not 'i'", () => {
    const Minified = minifiedClass();
    const error = new Minified('Reached the max retries per request limit (which is 1). Refer to "maxRetriesPerRequest" option for details.');
    expect(error.name).toBe("i");
    expect(safeError(error, []).type).toBe("MaxRetriesPerRequestError");
  });

  it("a minified reply from the Redis server is a ReplyError", () => {
    const error = Object.assign(new (minifiedClass())("NOAUTH Authentication required."), { command: { name: "evalsha" } });
    expect(errorType(error)).toBe("ReplyError");
  });

  it("an otherwise unknown minified error is named by its code, else by its nearest readable ancestor", () => {
    const Minified = minifiedClass();
    expect(errorType(Object.assign(new Minified("connect ECONNREFUSED 10.0.0.9:6379"), { code: "ECONNREFUSED" }))).toBe("ECONNREFUSED");
    expect(errorType(new Minified("something else"))).toBe("Error");
    const Typed = class extends TypeError {};
    Object.defineProperty(Typed, "name", { value: "Q" });
    expect(errorType(Object.assign(new Typed("x"), { name: "Q" }))).toBe("TypeError");
  });

  it("a readable name is kept as it is, code or not", () => {
    expect(errorType(Object.assign(new Error("ENOTDIR: not a directory"), { code: "ENOTDIR" }))).toBe("Error");
    expect(errorType(new TypeError("fetch failed"))).toBe("TypeError");
    expect(errorType(new DOMException("The operation was aborted.", "AbortError"))).toBe("AbortError");
    class SqliteError extends Error {
      name = "SqliteError";
    }
    expect(errorType(new SqliteError("database is locked"))).toBe("SqliteError");
  });
});
