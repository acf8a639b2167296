import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Attachment } from "@/lib/chat/message";
import { withIntl } from "@/test/intl";
import { UserAttachments } from "./user-attachments";

const clip = { id: "v1", kind: "video", name: "clip.mp4", mimeType: "video/mp4", blob: new Blob(["x"], { type: "video/mp4" }) } as unknown as Attachment;

describe("a video in a sent message", () => {
  it("is named by its file name and as a video, as images are by theirs", () => {
    expect(renderToStaticMarkup(withIntl(<UserAttachments attachments={[clip]} />))).toMatch(/<video[^>]* aria-label="clip.mp4, video"/);
    expect(renderToStaticMarkup(withIntl(<UserAttachments attachments={[clip]} />, "zh"))).toMatch(/<video[^>]* aria-label="clip.mp4，视频"/);
  });
});
