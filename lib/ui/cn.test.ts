import { describe, expect, it } from "vitest";
import { cn, withKitClass } from "./cn";

describe("cn", () => {
  it("lets a later Tailwind class win over an earlier one of the same property", () => {
    expect(cn("p-2 text-sm", undefined, "p-3")).toBe("text-sm p-3");
    expect(cn("hover:bg-muted", null, "hover:bg-transparent")).toBe("hover:bg-transparent");
  });
});

describe("withKitClass", () => {
  it("puts the caller's classes after the kit's, unmerged (the cascade layers decide)", () => {
    expect(withKitClass("btn btn-ghost btn-md", "px-2")).toBe("btn btn-ghost btn-md px-2");
    expect(withKitClass("field", undefined)).toBe("field");
    expect(withKitClass("field", "")).toBe("field");
  });
});
