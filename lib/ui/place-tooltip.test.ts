import { describe, expect, it } from "vitest";
import { placeTooltip } from "./place-tooltip";

const view = { width: 1000, height: 800 };
const size = { top: 0, left: 0, width: 100, height: 20 };

describe("placeTooltip", () => {
  it("centres the hint below its control", () => {
    expect(placeTooltip({ top: 10, left: 450, width: 100, height: 30 }, size, "bottom", view)).toEqual({ top: 46, left: 450 });
  });

  it("goes above a control at the bottom of the viewport", () => {
    expect(placeTooltip({ top: 770, left: 450, width: 100, height: 30 }, size, "bottom", view)).toEqual({ top: 744, left: 450 });
  });

  it("goes below when there is no room above", () => {
    expect(placeTooltip({ top: 5, left: 450, width: 100, height: 30 }, size, "top", view).top).toBe(41);
  });

  it("stays inside the viewport beside an edge", () => {
    expect(placeTooltip({ top: 10, left: 0, width: 20, height: 30 }, size, "bottom", view).left).toBe(8);
    expect(placeTooltip({ top: 10, left: 990, width: 10, height: 30 }, size, "bottom", view).left).toBe(892);
  });

  it("places left and right hints at the control's middle", () => {
    expect(placeTooltip({ top: 100, left: 500, width: 40, height: 40 }, size, "right", view)).toEqual({ top: 110, left: 546 });
    expect(placeTooltip({ top: 100, left: 500, width: 40, height: 40 }, size, "left", view)).toEqual({ top: 110, left: 394 });
  });
});
