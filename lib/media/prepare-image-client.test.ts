import { describe, expect, it } from "vitest";
import { PrepareImageError } from "./prepare-image";
import { prepareImageOffThread } from "./prepare-image-client";
import { jpegBytes } from "@/test/media-bytes";

describe("prepareImageOffThread", () => {
  it("prepares on the calling thread when no worker can start, with the same refusals", async () => {
    // Node has no Worker or OffscreenCanvas: the main-thread path runs and says why it cannot.
    const error = await prepareImageOffThread(new Blob([jpegBytes(10, 10).slice()], { type: "image/jpeg" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrepareImageError);
    expect((error as PrepareImageError).code).toBe("no_browser");
  });
});
