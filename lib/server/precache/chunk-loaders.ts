/**
 * Which of a Turbopack build's client chunks a dynamic import loads. Turbopack emits each
 * `import()` as a loader that fetches its chunk list and then requires the module:
 * `Promise.all(["static/chunks/a.js","static/chunks/b.js"].map(…))`. Given the chunk files' text,
 * this returns every chunk of each loader whose list holds a chunk containing one of the markers
 * (a string only the wanted module carries), so shared chunks come along with it. A Web Worker's
 * start is a loader too, taken with its bootstrap script when the marked module starts it.
 */
const LOADER = /Promise\.all\(\[((?:"static\/chunks\/[^"\\]+",?)+)\]\.map\(/g;
// A Web Worker's start: `.f("static/chunks/turbopack-worker-<hash>.js",["static/chunks/a.js",…])`,
// the bootstrap script and the chunks it loads (given to it in its URL's fragment).
const WORKER = /\.f\(("static\/chunks\/[^"\\]+"),\[((?:"static\/chunks\/[^"\\]+",?)+)\]\)/g;
const CHUNK = /"static\/chunks\/([^"\\]+)"/g;

export function chunksLoading(markers: readonly string[], chunks: ReadonlyMap<string, string>): string[] {
  const marked = new Set([...chunks].filter(([, text]) => markers.some((m) => text.includes(m))).map(([name]) => name));
  const wanted = new Set<string>();
  const take = (list: string) => [...list.matchAll(CHUNK)].map((m) => m[1]).forEach((n) => wanted.add(n));
  const holdsMarked = (list: string) => [...list.matchAll(CHUNK)].some((m) => marked.has(m[1]));
  for (const [name, text] of chunks) {
    for (const [, list] of text.matchAll(LOADER)) if (holdsMarked(list)) take(list);
    // A worker comes with the marked module that starts it: its own code has no string to mark.
    for (const [, bootstrap, list] of text.matchAll(WORKER)) if (marked.has(name) || holdsMarked(list)) take(`${bootstrap},${list}`);
  }
  return [...wanted].sort();
}
