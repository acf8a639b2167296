/**
 * KaTeX rendering policy. KaTeX is imported lazily by the caller and passed in, so this module
 * stays out of the initial chunk. Untrusted TeX: trust:false (no \href, \url, \includegraphics
 * targets), bounded expansion, and errors are returned as plain text, never as KaTeX's HTML.
 */
import type katexType from "katex";

type Katex = Pick<typeof katexType, "renderToString">;

export type MathResult = { ok: true; html: string } | { ok: false; text: string };

const MAX_TEX_LENGTH = 20_000;

export function renderMath(katex: Katex, tex: string, display: boolean): MathResult {
  if (tex.length > MAX_TEX_LENGTH) return { ok: false, text: tex };
  try {
    const html = katex.renderToString(tex, {
      displayMode: display,
      throwOnError: true,
      trust: false,
      strict: "ignore",
      maxSize: 50,
      maxExpand: 1000,
      output: "htmlAndMathml",
    });
    return { ok: true, html };
  } catch {
    return { ok: false, text: tex };
  }
}
