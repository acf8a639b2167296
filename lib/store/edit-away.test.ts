import { describe, expect, it } from "vitest";
import { editAwayApplies, editTakenAway } from "./edit-away";

const ids = (...list: string[]) => list.map((id) => ({ id }));

describe("editTakenAway", () => {
  it("names the edit whose question the read took off screen (a new version of it, or of a question above it, shown)", () => {
    expect(editTakenAway("q2", ids("q1", "a1", "q2", "a2"), ids("q1", "a1", "q2b", "a2b"))).toBe("q2");
    expect(editTakenAway("q2", ids("q1", "a1", "q2", "a2"), ids("q1b", "a1b"))).toBe("q2");
  });

  it("names nothing when the question is still shown, no edit is open, or it was off screen before the read", () => {
    // Another tab's edit of a later question: the one edited here stays, and its editor with it.
    expect(editTakenAway("q1", ids("q1", "a1", "q2", "a2"), ids("q1", "a1", "q2b", "a2b"))).toBeNull();
    expect(editTakenAway(null, ids("q1", "a1"), ids("q1b", "a1b"))).toBeNull();
    expect(editTakenAway("q2", ids("q1", "a1"), ids("q1b", "a1b"))).toBeNull();
  });
});

describe("editAwayApplies", () => {
  const state = (editAway: string | null, editingId: string | null, shown: string[]) => ({ editAway, editingId, messages: ids(...shown) as never });

  it("holds while that edit is open and its question off screen", () => {
    expect(editAwayApplies(state("q2", "q2", ["q1", "a1"]))).toBe(true);
  });

  it("ends once the question is shown again, another edit is opened or editing ends", () => {
    expect(editAwayApplies(state("q2", "q2", ["q1", "a1", "q2"]))).toBe(false);
    expect(editAwayApplies(state("q2", "q1", ["q1", "a1"]))).toBe(false);
    expect(editAwayApplies(state("q2", null, ["q1", "a1"]))).toBe(false);
    expect(editAwayApplies(state(null, "q2", ["q1", "a1"]))).toBe(false);
  });
});
