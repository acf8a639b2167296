import { describe, expect, it } from "vitest";
import { idsToExport } from "./export-source";

describe("idsToExport", () => {
  const stored = [{ id: "b", updatedAt: 20 }, { id: "a", updatedAt: 10 }];

  it("adds the open conversation when none of it is stored, by activity", () => {
    expect(idsToExport(stored, { id: "new", updatedAt: 15 })).toEqual(["b", "new", "a"]);
    expect(idsToExport(stored)).toEqual(["b", "a"]);
  });

  it("lists a stored open conversation once, at the later of its two times", () => {
    expect(idsToExport(stored, { id: "a", updatedAt: 30 })).toEqual(["a", "b"]);
    expect(idsToExport(stored, { id: "b", updatedAt: 5 })).toEqual(["b", "a"]);
  });
});
