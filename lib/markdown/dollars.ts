/**
 * Money is not math. remark-math reads any two single dollars as inline math, so "$5 and $10"
 * became an italic "5 and" formula. A dollar is escaped first unless it pairs with the next one
 * by pandoc's rule (an opening `$` has a non-space right after it, a closing one a non-space
 * right before it and no digit after). `$x^2$`, `$$..$$` and code are left as they are.
 */
import { classifyLines } from "./fences";
import { codeSpanEnd } from "./preprocess";

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
// A word of two letters or more, once LaTeX commands are taken out: prose, not a formula.
const PROSE = /\b[A-Za-z]{2,}\b/;

/**
 * Whether the dollars at `open` and `close` (the next one) enclose math: pandoc's flanking rule,
 * and a span that starts with a digit ("$5 and 10$") must not read as prose.
 */
function pairs(s: string, open: number, close: number): boolean {
  if (isSpace(s[open + 1]) || isSpace(s[close - 1]) || /[0-9]/.test(s[close + 1] ?? "")) return false;
  return !/[0-9]/.test(s[open + 1]) || !PROSE.test(s.slice(open + 1, close).replace(/\\[A-Za-z]+/g, " "));
}

export function escapeLoneDollars(text: string): string {
  if (!text.includes("$")) return text;
  const lines = text.split("\n");
  const { kinds } = classifyLines(lines);
  let changed = false;
  let start = 0;
  // Paragraph by paragraph: inline math may wrap onto the next line, never past a blank one.
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && kinds[i] === "text" && lines[i].trim() !== "") continue;
    const run = lines.slice(start, i).join("\n");
    if (run.includes("$")) {
      const escaped = escapeRun(run);
      if (escaped !== run) {
        lines.splice(start, i - start, ...escaped.split("\n"));
        changed = true;
      }
    }
    start = i + 1;
  }
  return changed ? lines.join("\n") : text;
}

function escapeRun(s: string): string {
  const singles: number[] = [];
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === "`") i = codeSpanEnd(s, i);
    else if (c === "\\") i += 2;
    else if (c === "$" && s[i + 1] === "$") {
      const close = s.indexOf("$$", i + 2);
      i = close === -1 ? i + 2 : close + 2;
    } else {
      if (c === "$") singles.push(i);
      i++;
    }
  }
  const lone: number[] = [];
  for (let k = 0; k < singles.length; ) {
    const open = singles[k];
    const close = singles[k + 1];
    if (close !== undefined && pairs(s, open, close)) k += 2;
    else {
      lone.push(open);
      k++;
    }
  }
  if (!lone.length) return s;
  let out = "";
  let from = 0;
  for (const p of lone) {
    out += `${s.slice(from, p)}\\`;
    from = p;
  }
  return out + s.slice(from);
}
