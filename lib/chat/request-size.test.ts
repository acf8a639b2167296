import { describe, expect, it } from "vitest";
import { BODY_OVERHEAD_BYTES, base64Length, effectiveVideoMb, largestMediaBytes, mediaFit, tooLargeCause } from "./request-size";

const MB = 1024 * 1024;

describe("request size arithmetic", () => {
  it("counts base64 as 4 bytes for every 3, padded", () => {
    expect(base64Length(0)).toBe(0);
    expect(base64Length(1)).toBe(4);
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
    expect(base64Length(35 * MB)).toBeGreaterThan(46 * MB);
  });

  it("the largest file a body holds is 3/4 of it, less the room for the JSON, and really fits", () => {
    const largest = largestMediaBytes(40);
    expect(largest).toBeLessThan(30 * MB);
    expect(largest).toBeGreaterThan(29.7 * MB);
    expect(base64Length(largest) + BODY_OVERHEAD_BYTES).toBeLessThanOrEqual(40 * MB);
    expect(mediaFit([largest], 40)).toBe(true);
    expect(mediaFit([largest + 3], 40)).toBe(false);
  });

  it("a 50 MB video limit is held to what a 40 MB body can carry, a smaller one kept", () => {
    expect(effectiveVideoMb(50, 40)).toBe(29);
    expect(effectiveVideoMb(20, 40)).toBe(20);
    // The rounded limit itself can be sent.
    expect(mediaFit([effectiveVideoMb(50, 40) * MB], 40)).toBe(true);
    expect(effectiveVideoMb(50, 2)).toBe(1.3);
  });

  it("a 35 MB video does not fit the default 40 MB body", () => {
    expect(mediaFit([35 * MB], 40)).toBe(false);
  });

  it("names the earlier media when they, not the question's files, make the request too large", () => {
    expect(tooLargeCause([10 * MB], [15 * MB, 10 * MB], 40)).toBe("earlier");
    expect(tooLargeCause([35 * MB], [1 * MB], 40)).toBe("own");
    expect(tooLargeCause([], [], 40)).toBe("unknown");
    expect(tooLargeCause([1 * MB], [1 * MB], 40)).toBe("earlier");
  });
});
