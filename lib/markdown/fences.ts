/** Line scanning shared by the markdown preprocessors: they must never touch fenced code. */

export interface Fence {
  char: "`" | "~";
  length: number;
}

// Models indent fences inside lists by any amount, so indentation is not limited to 3 spaces.
const FENCE_RE = /^[ \t]*(`{3,}|~{3,})(.*)$/;

/** Returns the fence a line opens, or null. A backtick fence's info string may not hold a backtick. */
export function openingFence(line: string): (Fence & { info: string }) | null {
  const m = FENCE_RE.exec(line);
  if (!m) return null;
  const marker = m[1];
  const info = m[2].trim();
  if (marker[0] === "`" && info.includes("`")) return null;
  return { char: marker[0] as Fence["char"], length: marker.length, info };
}

export function closesFence(line: string, fence: Fence): boolean {
  const m = FENCE_RE.exec(line);
  return !!m && m[1][0] === fence.char && m[1].length >= fence.length && m[2].trim() === "";
}

/** True for a line that is only `$$` (a display math fence). */
export function isMathFence(line: string): boolean {
  return line.trim() === "$$";
}

export type LineKind = "text" | "fence" | "code" | "math-fence" | "math";

/**
 * Classifies every line: `fence` / `math-fence` are delimiter lines, `code` / `math` lines are
 * inside a block; returns the still-open state at the end as well.
 */
export function classifyLines(lines: string[]): { kinds: LineKind[]; open: Fence | "math" | null } {
  const kinds: LineKind[] = new Array(lines.length);
  let fence: Fence | null = null;
  let math = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      if (closesFence(line, fence)) {
        kinds[i] = "fence";
        fence = null;
      } else kinds[i] = "code";
    } else if (math) {
      kinds[i] = isMathFence(line) ? "math-fence" : "math";
      if (kinds[i] === "math-fence") math = false;
    } else {
      const open = openingFence(line);
      if (open) {
        kinds[i] = "fence";
        fence = { char: open.char, length: open.length };
      } else if (isMathFence(line)) {
        kinds[i] = "math-fence";
        math = true;
      } else kinds[i] = "text";
    }
  }
  return { kinds, open: fence ?? (math ? "math" : null) };
}

/** The shortest backtick fence that cannot be closed by anything inside `body`. */
export function fenceFor(body: string): string {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) === 96) {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  return "`".repeat(Math.max(3, longest + 1));
}
