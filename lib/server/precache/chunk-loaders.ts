/**
 * Which of a Turbopack build's client chunks a dynamic import loads. Turbopack emits each
 * `import()` as a loader that fetches its chunk list and then requires the module:
 * `Promise.all(["static/chunks/a.js","static/chunks/b.js"].map(…))`. Given the chunk files' text,
 * this returns every chunk of each loader whose list holds a chunk containing one of the markers
 * (a string only the wanted module carries), so shared chunks come along with it.
 */
const LOADER = /Promise\.all\(\[((?:"static\/chunks\/[^"\\]+",?)+)\]\.map\(/g;
const CHUNK = /"static\/chunks\/([^"\\]+)"/g;

export function chunksLoading(markers: readonly string[], chunks: ReadonlyMap<string, string>): string[] {
  const marked = new Set([...chunks].filter(([, text]) => markers.some((m) => text.includes(m))).map(([name]) => name));
  const wanted = new Set<string>();
  for (const text of chunks.values()) {
    for (const loader of text.matchAll(LOADER)) {
      const names = [...loader[1].matchAll(CHUNK)].map((m) => m[1]);
      if (names.some((n) => marked.has(n))) for (const n of names) wanted.add(n);
    }
  }
  return [...wanted].sort();
}
