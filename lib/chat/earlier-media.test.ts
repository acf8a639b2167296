import { describe, expect, it } from "vitest";
import { hasMedia, mediaLeftOutFor } from "./earlier-media";

describe("earlier media", () => {
  it("finds a message with media, not one with an empty list or none", () => {
    expect(hasMedia([{}, { attachments: [{ kind: "image" }] }])).toBe(true);
    expect(hasMedia([{}, { attachments: [] }])).toBe(false);
    expect(hasMedia([])).toBe(false);
  });

  it("names a text-only model when the chat has media, and nothing for a vision model or one not known yet", () => {
    expect(mediaLeftOutFor({ name: "GLM-4.5", images: false }, true)).toBe("GLM-4.5");
    expect(mediaLeftOutFor({ name: "GLM-4.5", images: false }, false)).toBeUndefined();
    expect(mediaLeftOutFor({ name: "GLM-4.5V", images: true }, true)).toBeUndefined();
    expect(mediaLeftOutFor(undefined, true)).toBeUndefined();
  });
});
