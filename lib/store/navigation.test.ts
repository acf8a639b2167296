import { describe, expect, it } from "vitest";
import { conversationPath, idFromPath } from "./navigation";

describe("conversation paths", () => {
  it("round-trips ids, including ones that need escaping", () => {
    for (const id of ["abc", "5b3f-1c", "a b/c"]) expect(idFromPath(conversationPath(id))).toBe(id);
  });
  it("reads no id from the new-chat page or other paths", () => {
    expect(idFromPath("/")).toBeNull();
    expect(idFromPath("/c/")).toBeNull();
    expect(idFromPath("/s/abc")).toBeNull();
    expect(idFromPath(null)).toBeNull();
  });
});
