import { describe, expect, it } from "vitest";
import { makeConversation } from "@/test/persist";
import { chatThumbnail, withThumbnail } from "./thumbnail";

const image = (id: string) => ({ id, kind: "image" as const });
const video = (id: string) => ({ id, kind: "video" as const });

describe("chatThumbnail", () => {
  it("is the first image of the oldest message holding one, whatever the order given", () => {
    const messages = [
      { id: "u3", createdAt: 3, attachments: [image("c")] },
      { id: "u1", createdAt: 1 },
      { id: "u2", createdAt: 2, attachments: [video("v"), image("b1"), image("b2")] },
    ];
    expect(chatThumbnail(messages)).toEqual({ messageId: "u2", attachmentId: "b1" });
  });

  it("moves to the next image when the first one's question is gone, and is none without images", () => {
    expect(chatThumbnail([{ id: "u2", createdAt: 2, attachments: [image("b")] }, { id: "u3", createdAt: 3, attachments: [image("c")] }])).toEqual({ messageId: "u2", attachmentId: "b" });
    expect(chatThumbnail([{ id: "u1", createdAt: 1, attachments: [video("v")] }, { id: "a1", createdAt: 2 }])).toBeUndefined();
  });

  it("names the oldest version of a question sharing the image", () => {
    const shared = image("i");
    expect(chatThumbnail([{ id: "edited", createdAt: 5, attachments: [shared] }, { id: "original", createdAt: 4, attachments: [shared] }])).toEqual({ messageId: "original", attachmentId: "i" });
  });
});

describe("withThumbnail", () => {
  it("sets or removes the thumbnail, keeping the rest", () => {
    const set = withThumbnail(makeConversation("c1", { title: "T" }), { messageId: "u1", attachmentId: "i" });
    expect(set).toMatchObject({ id: "c1", title: "T", thumbnail: { messageId: "u1", attachmentId: "i" } });
    const cleared = withThumbnail(set, undefined);
    expect("thumbnail" in cleared).toBe(false);
    expect(cleared.title).toBe("T");
  });
});
