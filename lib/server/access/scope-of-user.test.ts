import { describe, expect, it } from "vitest";
import { storageScopeOf } from "./scope-of-user";

describe("storage scope of a user", () => {
  it("is stable, short, URL-safe and different per person", () => {
    expect(storageScopeOf("alice")).toBe(storageScopeOf("alice"));
    expect(storageScopeOf("alice")).not.toBe(storageScopeOf("bob"));
    expect(storageScopeOf("alice")).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });
});
