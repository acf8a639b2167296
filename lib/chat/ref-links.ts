import { httpUrl } from "@/lib/glm/web-search";
import type { Source } from "./message";

/**
 * `[ref_N]` markers (Z.ai web search citations) as Markdown links to source N, outside code.
 * Only http(s) links are made; a marker without a source stays as text. The link text is the
 * number in brackets, so a citation reads like a footnote.
 */
export function linkRefs(content: string, sources: readonly Source[] | undefined): string {
  if (!sources?.length || !content.includes("[ref_")) return content;
  const byIndex = new Map(sources.map((s) => [s.index, httpUrl(s.link)]));
  // Fenced blocks and inline code are left alone.
  return content.replace(/(```[\s\S]*?(?:```|$)|`[^`\n]*`)|\[ref_(\d+)\]/g, (whole, code: string | undefined, n: string | undefined) => {
    if (code !== undefined || n === undefined) return whole;
    const url = byIndex.get(Number(n));
    return url ? `[[${n}]](${url.replace(/\(/g, "%28").replace(/\)/g, "%29")} "Source ${n}")` : whole;
  });
}
