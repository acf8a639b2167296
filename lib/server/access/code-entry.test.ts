import { describe, expect, it } from "vitest";
import { accessCodeConflicts, ordinal } from "./code-entry";

describe("ACCESS_CODES entries that cannot tell people apart", () => {
  it("two bare entries with one code are named by their places in the list, never as user1/user3 nor by the code", () => {
    const problems = accessCodeConflicts(["abcd", "efgh", "abcd"]);
    expect(problems).toEqual(["the 1st and 3rd entries are the same code; remove one, or give each person their own"]);
    expect(problems.join()).not.toMatch(/user\d|abcd/);
  });

  it("a named entry keeps its name, and the bare one beside it is named by its place", () => {
    expect(accessCodeConflicts(["wxyz", "alice:wxyz"])).toEqual(["alice and the bare code in the 1st entry are the same code; give each person their own"]);
    expect(accessCodeConflicts(["alice:wxyz", "efgh", "wxyz"])).toEqual(["alice and the bare code in the 3rd entry are the same code; give each person their own"]);
  });

  it("named entries keep their wording", () => {
    expect(accessCodeConflicts(["alice:abcd", "bob:abcd"])).toEqual(["alice and bob have the same code; give each person their own"]);
    expect(accessCodeConflicts(["alice:abcd", "alice:abcd"])).toEqual(["alice is listed twice with the same code; remove one"]);
    expect(accessCodeConflicts(["alice:old-code", "alice:new-code", "bob:efgh", "ijkl"])).toEqual([]);
  });

  it("counts as people do", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual(["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th"]);
  });
});
