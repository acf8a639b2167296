import { describe, expect, it } from "vitest";
import { drawingImage } from "./drawing-image";

const image = (id: string, doc?: object) => ({ id, kind: "image" as const, doc });
const page = (id: string, n: number) => image(id, { docId: "d", name: "invoice.pdf", page: n, pageCount: 2 });

describe("drawingImage", () => {
  it("is the last picture attached, not a PDF page sent after it", () => {
    expect(drawingImage([image("shot"), page("p1", 1), page("p2", 2)])?.id).toBe("shot");
    expect(drawingImage([image("a"), image("b"), page("p1", 1)])?.id).toBe("b");
  });

  it("is the last page when the turn has only a PDF, and nothing without images", () => {
    expect(drawingImage([page("p1", 1), page("p2", 2)])?.id).toBe("p2");
    expect(drawingImage([{ id: "v", kind: "video" as const }])).toBeUndefined();
  });
});
