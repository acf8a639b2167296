import { describe, expect, it } from "vitest";
import type { Element, Root } from "hast";
import { rehypeDirAuto } from "./rehype-dir-auto";

const el = (tagName: string, children: Element["children"] = []): Element => ({ type: "element", tagName, properties: {}, children });
const text = (value: string) => ({ type: "text" as const, value });

describe("rehypeDirAuto", () => {
  it("lets each paragraph, item, heading and cell take its direction from its text, not code", () => {
    const p = el("p", [text("كيف حالك؟")]);
    const li = el("li", [el("p", [text("שלום")])]);
    const cell = el("td", [text("x")]);
    const code = el("pre", [el("code", [text("x = 1")])]);
    const tree: Root = { type: "root", children: [p, el("ul", [li]), el("table", [el("tr", [cell])]), code, el("h3", [text("عنوان")])] };
    rehypeDirAuto()(tree);
    expect(p.properties.dir).toBe("auto");
    expect(li.properties.dir).toBe("auto");
    expect((li.children[0] as Element).properties.dir).toBe("auto");
    expect(cell.properties.dir).toBe("auto");
    expect((tree.children[4] as Element).properties.dir).toBe("auto");
    expect(code.properties.dir).toBeUndefined();
    expect((code.children[0] as Element).properties.dir).toBeUndefined();
    expect((tree.children[1] as Element).properties.dir).toBeUndefined();
  });
});
