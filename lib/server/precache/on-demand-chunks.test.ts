import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { ON_DEMAND_MODULES } = await import("./on-demand-chunks");

/** Every .ts/.tsx/.json source the client bundles could hold (tests and this list aside). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(tsx?|json)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !path.endsWith("on-demand-chunks.ts") ? [path] : [];
  });
}

/** A JSON source as the bundle writes it (no spaces): the marker is looked for in that form. */
const asBundled = (path: string, text: string) => (path.endsWith(".json") ? JSON.stringify(JSON.parse(text)) : text);

describe("ON_DEMAND_MODULES", () => {
  const all = ["app", "components", "lib"].flatMap(sources).map((path) => ({ path, text: asBundled(path, readFileSync(path, "utf8")) }));

  it.each(ON_DEMAND_MODULES)("$module carries its marker $marker, and no other source does", ({ module, marker, alsoIn = [] }) => {
    const carriers = all.filter((s) => s.text.includes(marker)).map((s) => s.path);
    expect(carriers.sort()).toEqual([module, ...alsoIn].sort());
  });
});
