import { gzipSync } from "node:zlib";

export interface FirstLoad {
  /** Gzipped bytes of the scripts a module-capable browser fetches for the page. */
  gz: number;
  /** The same plus Next's `nomodule` legacy polyfills, which such a browser never downloads. */
  gzWithNomodule: number;
  count: number;
  chunks: { src: string; gz: number; nomodule: boolean }[];
  forbidden: Record<string, boolean>;
}

/** The page's first-load JavaScript: every script tag in the server-rendered HTML, gzipped. */
export async function firstLoadJs(url: string, path = "/"): Promise<FirstLoad> {
  const html = await (await fetch(new URL(path, url))).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)];
  const chunks: FirstLoad["chunks"] = [];
  const bodies: string[] = [];
  const seen = new Set<string>();
  for (const tag of tags) {
    const src = tag[1];
    if (seen.has(src)) continue;
    seen.add(src);
    // Scripts marked nomodule (Next's legacy polyfills) are never fetched by a browser that runs
    // modules, which every browser the app supports does: reported apart, not in the headline.
    const nomodule = /\snomodule/i.test(tag[0]);
    const body = await (await fetch(new URL(src, url))).text();
    if (!nomodule) bodies.push(body);
    chunks.push({ src, gz: gzipSync(body).length, nomodule });
  }
  const all = bodies.join("\n");
  const sum = (list: typeof chunks) => list.reduce((a, c) => a + c.gz, 0);
  return {
    gz: sum(chunks.filter((c) => !c.nomodule)),
    gzWithNomodule: sum(chunks),
    count: chunks.filter((c) => !c.nomodule).length,
    chunks,
    forbidden: {
      "shiki grammar": /scopeName["']?\s*:\s*["']source\./.test(all),
      "shiki theme": /tokenColors/.test(all),
      KaTeX: /KaTeX parse error|katex-mathml/.test(all),
      "Oniguruma WASM": /onig_|oniguruma|WebAssembly\.instantiate/i.test(all),
    },
  };
}
