/**
 * Stick-to-bottom for a growing scroller (the message list, the reasoning panel), as pure steps:
 * the view feeds scroll and wheel events in and reads whether to keep following.
 */

export interface FollowState {
  /** Following the bottom: growth scrolls the view down. */
  stuck: boolean;
  /** scrollTop at the previous scroll event, to tell a move up from content growing below. */
  lastTop: number;
}

export interface ScrollMetrics {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/** Within this many pixels of the end counts as "at the bottom" (sub-pixel layouts never reach 0). */
export const NEAR_BOTTOM_PX = 48;

export const FOLLOWING: FollowState = { stuck: true, lastTop: 0 };

export function distanceFromBottom(m: ScrollMetrics): number {
  return m.scrollHeight - m.scrollTop - m.clientHeight;
}

/**
 * A scroll event: reaching the bottom pins again; only a move up *by the user* unpins. While
 * following a fast stream the content grows between our scroll to the bottom and this event, and
 * it can also shrink for a frame (a re-parsed tail block), which makes the browser clamp the
 * position down and then the stream grows it again before the event arrives: after such a clamp,
 * without input from the user (`byUser` false; see `userIsScrolling`), the move is the content's.
 */
export function afterScroll(state: FollowState, m: ScrollMetrics, byUser = true, nearPx = NEAR_BOTTOM_PX): FollowState {
  const atBottom = distanceFromBottom(m) < nearPx;
  const movedUp = byUser && m.scrollTop < state.lastTop - 1;
  return { stuck: atBottom || (!movedUp && state.stuck), lastTop: m.scrollTop };
}

/** What the user is doing that can scroll: a pointer or finger held on the scroller, and when they last did anything. */
export interface ScrollInput {
  held: boolean;
  /** Time (ms) of the last scrolling input: a wheel, a key, a press or release of pointer or finger. */
  lastAt: number;
}

/** Momentum after a flick, or a key's smooth scroll, goes on this long after the input. */
export const USER_SCROLL_GRACE_MS = 2000;

export function userIsScrolling(input: ScrollInput, now: number, graceMs = USER_SCROLL_GRACE_MS): boolean {
  return input.held || now - input.lastAt < graceMs;
}

/** Keys that scroll the page or a focused scroller (outside text fields). */
export const SCROLL_KEYS = new Set(["ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End", " "]);

/**
 * Our own scroll to the bottom: the position it landed on is what a later scroll event compares
 * with. If the content was a few pixels shorter at that moment (a re-rendered tail block), the
 * browser clamped the write below the previous position, and the stream may grow again before the
 * event arrives: against the old position that would read as the user scrolling up.
 */
export function afterFollow(state: FollowState, landedTop: number): FollowState {
  return { ...state, lastTop: landedTop };
}

/**
 * The content or the scroller resized (`shrank`: the room to scroll is less than before). Unpinned,
 * a shrink that leaves the bottom in view (or nothing to scroll at all: an edit or a version switch
 * left one short exchange) pins again, as a scroll to the bottom would: no scroll event tells us,
 * since the position may not move (already at the top) or the browser may clamp it silently. Only
 * a shrink, so growth never ends a read, nor a wheel's scroll that has not started yet.
 */
export function afterResize(state: FollowState, m: ScrollMetrics, shrank: boolean, nearPx = NEAR_BOTTOM_PX): FollowState {
  if (state.stuck || !shrank || distanceFromBottom(m) >= nearPx) return state;
  return { stuck: true, lastTop: m.scrollTop };
}

/** A wheel event: any upward intent unpins at once, before the racing scroll event arrives. */
export function afterWheel(state: FollowState, deltaY: number): FollowState {
  return deltaY < 0 ? { ...state, stuck: false } : state;
}
