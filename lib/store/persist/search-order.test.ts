import { describe, expect, it } from "vitest";
import { withActivity } from "@/lib/store/history-slice";
import { indexConversation, searchIndex } from "./search-core";
import { activityTimes, inActivityOrder } from "./search-order";

const chat = (id: string, updatedAt: number) => ({ id, title: `Plans ${id}`, updatedAt });
const ids = (results: readonly { conversationId: string }[]) => results.map((r) => r.conversationId);

describe("inActivityOrder", () => {
  const older = chat("older", 100);
  const newer = chat("newer", 200);
  const other = chat("other", 300);
  const results = searchIndex([older, newer, other].map((c) => indexConversation(c, [])), "plans");

  it("moves a matched chat answered since the search to the top, as its history row moved", () => {
    expect(ids(results)).toEqual(["other", "newer", "older"]);
    // An answer ends in "older": this tab's history moves its row up (noteActivity → withActivity).
    const history = withActivity([other, newer, older].map((c) => ({ ...c, createdAt: 0, settings: { model: "glm-4.5v", thinking: true } })), 2, 400);
    const live = inActivityOrder(results, activityTimes(history));
    expect(ids(live)).toEqual(["older", "other", "newer"]);
    expect(live[0].updatedAt).toBe(400);
    expect(live[0].snippets).toBe(results.find((r) => r.conversationId === "older")!.snippets);
  });

  it("follows a time read back from another tab's write, and ignores chats the search did not match", () => {
    const history = [{ id: "unmatched", updatedAt: 900 }, { id: "newer", updatedAt: 500 }, other, older];
    expect(ids(inActivityOrder(results, activityTimes(history)))).toEqual(["newer", "other", "older"]);
  });

  it("gives back the same results while nothing moved (a history not yet loaded, or a time shown as stale)", () => {
    expect(inActivityOrder(results, activityTimes([]))).toBe(results);
    expect(inActivityOrder(results, activityTimes([other, { ...newer, updatedAt: 150 }, older]))).toBe(results);
  });
});
