import { describe, expect, it } from "vitest";
import { placeholderWording } from "./composer-placeholder";

describe("placeholderWording", () => {
  it("shows the full Enter-to-send hint with a keyboard where it fits the line", () => {
    expect(placeholderWording(true, 420, 900)).toBe("keyboard");
    expect(placeholderWording(true, 420, 420)).toBe("keyboard");
  });

  it("shows the short one where the full one would be cut (a 390 px window)", () => {
    expect(placeholderWording(true, 420, 330)).toBe("narrow");
  });

  it("never hints Enter on a touch screen, however wide", () => {
    expect(placeholderWording(false, 420, 900)).toBe("touch");
    expect(placeholderWording(false, 420, 330)).toBe("touch");
  });
});
