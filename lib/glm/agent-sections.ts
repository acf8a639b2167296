import type { AgentSections } from "./gui-actions-types";

const SECTION = /^[\s>#*_-]*(memory|reason|action)[*_]*\s*[:：][*_]*[ \t]*/i;

/** `Memory: .. Reason: .. Action: ..` answers split into sections, or null if not that shape. */
export function parseAgentSections(text: string): AgentSections | null {
  const found: Array<{ key: keyof AgentSections; bodyStart: number; lineStart: number }> = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const m = SECTION.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 40)));
    if (m) {
      const key = m[1].toLowerCase() as keyof AgentSections;
      if (!found.some((f) => f.key === key)) found.push({ key, bodyStart: lineStart + m[0].length, lineStart });
    }
    lineStart = lineEnd + 1;
  }
  const startsWithSection = found.length > 0 && text.slice(0, found[0].lineStart).trim() === "";
  if (found.length < 2 && !startsWithSection) return null;
  const sections: AgentSections = {};
  found.forEach((f, n) => {
    const end = n + 1 < found.length ? found[n + 1].lineStart : text.length;
    sections[f.key] = text
      .slice(f.bodyStart, end)
      .replace(/<\|(?:begin|end)_of_box\|>/g, "")
      .trim();
  });
  return sections;
}
