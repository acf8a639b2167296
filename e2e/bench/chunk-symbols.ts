import { existsSync, readFileSync } from "node:fs";
import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";

export interface Symbol { src: string; name: string }

/**
 * Names a profile frame of the production bundle (`/_next/static/chunks/…`) by its source through
 * the chunk's source map, in a `BROWSER_SOURCEMAPS=1` build of the checkout `dirOf()` names (the
 * maps are read once per chunk); without a map, the chunk's file name.
 */
export function chunkSymbols(dirOf: () => string): (url: string | undefined, line: number, col: number, fn: string) => Symbol {
  const maps = new Map<string, TraceMap | null>();
  return (url, line, col, fn) => {
    url = url ?? "";
    const file = url.replace(/^.*\/_next\/static\/chunks\//, "");
    if (!url.includes("/_next/static/chunks/")) return { src: url ? url.split("/").pop()! : "(native)", name: fn || "(anon)" };
    const dir = dirOf();
    if (!maps.has(file)) {
      const js = `${dir}/.next/static/chunks/${file}`;
      const ref = existsSync(js) ? /sourceMappingURL=(\S+)\s*$/.exec(readFileSync(js, "utf8"))?.[1] : undefined;
      const p = ref ? `${dir}/.next/static/chunks/${ref}` : "";
      maps.set(file, p && existsSync(p) ? new TraceMap(readFileSync(p, "utf8")) : null);
    }
    const m = maps.get(file);
    if (!m) return { src: file, name: fn || "(anon)" };
    let o: { source: string | null; name: string | null };
    try {
      o = originalPositionFor(m, { line: line + 1, column: col });
    } catch {
      return { src: file, name: fn || "(anon)" };
    }
    return { src: (o.source ?? file).replace(/^.*\[project\]\//, "").replace(/^turbopack:\/\/\//, ""), name: `${o.name ?? fn ?? "(anon)"}` };
  };
}
