/**
 * Money is not math. remark-math reads any two single dollars as inline math, so "$5 and $10"
 * became an italic "5 and" formula. Dollars that pandoc's rule would not pair are escaped first:
 * an opening `$` has a non-space right after it, a closing one a non-space right before it and
 * no digit after. `$x^2$`, `$$..$$` and code are left as they are.
 */
import { classifyLines } from "./fences";
import { codeSpanEnd } from "./preprocess";

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

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
    const close = isSpace(s[open + 1]) ? -1 : singles.findIndex((p, m) => m > k && !isSpace(s[p - 1]) && !/[0-9]/.test(s[p + 1] ?? ""));
    if (close === -1) {
      lone.push(open);
      k++;
    } else k = close + 1;
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
