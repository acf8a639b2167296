import { describe, expect, it } from "vitest";
import { nodeHeaders, withoutHeader } from "./headers";

describe("nodeHeaders", () => {
  it("answers as a web Headers built from the same headers would", () => {
    const incoming = { "content-type": "application/json", "set-cookie": ["a=1", "b=2"], host: "x" };
    const web = new Headers();
    for (const [k, v] of Object.entries(incoming)) for (const one of [v].flat()) web.append(k, one);
    const view = nodeHeaders(incoming);
    for (const name of ["Content-Type", "set-cookie", "host", "origin"]) {
      expect(view.get(name)).toBe(web.get(name));
      expect(view.has(name)).toBe(web.has(name));
    }
  });

  it("hides one name as if it were deleted", () => {
    const view = withoutHeader(nodeHeaders({ "x-glm-chat-peer": "1.2.3.4", host: "x" }), "x-glm-chat-peer");
    expect(view.get("X-Glm-Chat-Peer")).toBeNull();
    expect(view.has("x-glm-chat-peer")).toBe(false);
    expect(view.get("host")).toBe("x");
  });
});
