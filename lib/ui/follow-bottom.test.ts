import { describe, expect, it } from "vitest";
import { afterFollow, afterResize, afterScroll, afterWheel, distanceFromBottom, FOLLOWING, userIsScrolling, USER_SCROLL_GRACE_MS } from "./follow-bottom";

const at = (scrollTop: number, scrollHeight = 2000, clientHeight = 500) => ({ scrollTop, scrollHeight, clientHeight });

describe("follow bottom", () => {
  it("measures the distance left to scroll", () => {
    expect(distanceFromBottom(at(1500))).toBe(0);
    expect(distanceFromBottom(at(1000))).toBe(500);
  });
  it("stays pinned when content grows below while following (no move up)", () => {
    // We scrolled to 1500 of 2000; the stream added 400 px before the scroll event arrived.
    const s = afterScroll({ stuck: true, lastTop: 1400 }, at(1500, 2400));
    expect(s).toEqual({ stuck: true, lastTop: 1500 });
  });
  it("unpins when the user scrolls up away from the bottom", () => {
    expect(afterScroll({ stuck: true, lastTop: 1500 }, at(900)).stuck).toBe(false);
  });
  it("a move up that stays within the near-bottom band keeps following", () => {
    expect(afterScroll({ stuck: true, lastTop: 1500 }, at(1470)).stuck).toBe(true);
  });
  it("pins again on reaching the bottom, and not before", () => {
    expect(afterScroll({ stuck: false, lastTop: 900 }, at(1200)).stuck).toBe(false);
    expect(afterScroll({ stuck: false, lastTop: 1200 }, at(1460)).stuck).toBe(true);
  });
  it("our own follow clamped a few pixels short, then growth before the scroll event: still following", () => {
    // At the bottom at 249 (537 - 288); the re-rendered tail is 2 px shorter when we scroll to the
    // end, so the write lands on 247; the stream adds 317 px before the scroll event reads 247.
    const landed = afterFollow({ stuck: true, lastTop: 249 }, 247);
    expect(afterScroll(landed, at(247, 854, 288))).toEqual({ stuck: true, lastTop: 247 });
    // Compared with the position before our write, the same event would have unpinned.
    expect(afterScroll({ stuck: true, lastTop: 249 }, at(247, 854, 288)).stuck).toBe(false);
  });
  it("a move up with no input from the user is the content's (clamped by a shrink, then grown): still following", () => {
    // Pinned at 1500 of 2000; the tail shrank 300 px (clamped to 1200), then grew 600 px before the event.
    expect(afterScroll({ stuck: true, lastTop: 1500 }, at(1200, 2300), false)).toEqual({ stuck: true, lastTop: 1200 });
    // The same move while the user scrolls unpins.
    expect(afterScroll({ stuck: true, lastTop: 1500 }, at(1200, 2300), true).stuck).toBe(false);
    // Unpinned, content moves never pin again unless they reach the bottom.
    expect(afterScroll({ stuck: false, lastTop: 900 }, at(800, 2300), false).stuck).toBe(false);
  });
  it("the user is scrolling while a pointer or finger is held, and for a while after any input", () => {
    expect(userIsScrolling({ held: true, lastAt: 0 }, 1_000_000)).toBe(true);
    expect(userIsScrolling({ held: false, lastAt: 10_000 }, 10_000 + USER_SCROLL_GRACE_MS - 1)).toBe(true);
    expect(userIsScrolling({ held: false, lastAt: 10_000 }, 10_000 + USER_SCROLL_GRACE_MS)).toBe(false);
    expect(userIsScrolling({ held: false, lastAt: -Infinity }, 0)).toBe(false);
  });
  it("an upward wheel unpins at once; a downward one changes nothing", () => {
    expect(afterWheel(FOLLOWING, -3).stuck).toBe(false);
    expect(afterWheel(FOLLOWING, 3)).toBe(FOLLOWING);
  });
  it("unpinned, a shrink that leaves nothing to scroll or the bottom in view pins again", () => {
    // An edit left one short exchange: 300 px of content in a 500 px scroller, still at the top.
    expect(afterResize({ stuck: false, lastTop: 0 }, at(0, 300), true)).toEqual({ stuck: true, lastTop: 0 });
    // The long answer below the view was deleted: the bottom is now 20 px below the view.
    expect(afterResize({ stuck: false, lastTop: 900 }, at(900, 1420), true)).toEqual({ stuck: true, lastTop: 900 });
  });
  it("a resize leaves a read alone unless the content shrank into view", () => {
    // Shrank, but the bottom is still out of view.
    const reading = { stuck: false, lastTop: 900 };
    expect(afterResize(reading, at(900, 1800), true)).toBe(reading);
    // Near the bottom but grown (a wheel up whose scroll has not started while the stream grows).
    expect(afterResize({ stuck: false, lastTop: 1500 }, at(1500, 2010), false).stuck).toBe(false);
    const pinned = { stuck: true, lastTop: 1500 };
    expect(afterResize(pinned, at(0, 300), true)).toBe(pinned);
  });
});
