import { describe, expect, it } from "vitest";
import { chunksLoading } from "./chunk-loaders";

const loader = (names: string[], id: number) => `${id},s=>{s.v(t=>Promise.all([${names.map((n) => `"static/chunks/${n}"`).join(",")}].map(t=>s.l(t))).then(()=>t(${id})))}`;

describe("chunksLoading", () => {
  const chunks = new Map([
    ["shell.js", `[${loader(["view.js", "shared.js"], 1)},${loader(["editor.js", "shared.js"], 2)}]`],
    ["view.js", `"message-assistant"`],
    ["shared.js", "react things"],
    ["editor.js", "editor things"],
    ["md.js", `"md-table-continued"`],
    ["other.js", loader(["md.js", "md-shared.js"], 3)],
  ]);

  it("takes every chunk of the loaders that fetch a marked chunk, shared ones included", () => {
    expect(chunksLoading(["message-assistant"], chunks)).toEqual(["shared.js", "view.js"]);
    expect(chunksLoading(["message-assistant", "md-table-continued"], chunks)).toEqual(["md-shared.js", "md.js", "shared.js", "view.js"]);
  });

  it("takes nothing when no chunk carries the marker or no loader names it", () => {
    expect(chunksLoading(["not-there"], chunks)).toEqual([]);
    expect(chunksLoading(["react things"], new Map([["shared.js", "react things"]]))).toEqual([]);
  });

  it("takes a worker started by a marked module: its bootstrap script and the chunks it is told to load", () => {
    const start = (worker: string) => `e.r(2).f("static/chunks/turbopack-worker-b.js",["static/chunks/${worker}","static/chunks/turbopack-rt.js"])`;
    const files = new Map([
      ["shell.js", loader(["client.js"], 1)],
      ["client.js", `"/_next/static/media/highlight.worker.x.ts",${start("hl.js")}`],
      ["other.js", start("pdf.js")],
      ["hl.js", "shiki"],
      ["pdf.js", "pdf.js"],
      ["turbopack-rt.js", "runtime"],
      ["turbopack-worker-b.js", "bootstrap"],
    ]);
    expect(chunksLoading(["highlight.worker"], files)).toEqual(["client.js", "hl.js", "turbopack-rt.js", "turbopack-worker-b.js"]);
  });
});
