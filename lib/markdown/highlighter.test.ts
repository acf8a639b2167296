import { describe, expect, it } from "vitest";
import { ensureLanguage, getHighlighter, highlightIncremental, highlightStats } from "./highlighter";
import { resolveLanguage } from "./languages";

// Colours, not speed, are under test: a busy machine must not cut a line short (speed is in the bench).
const NO_TIME_LIMIT = 60_000;

describe("resolveLanguage", () => {
  it("maps names and aliases", () => {
    expect(resolveLanguage("py")).toBe("python");
    expect(resolveLanguage("TypeScript")).toBe("typescript");
    expect(resolveLanguage("html {title=x}")).toBe("html");
  });
  it.each(["", "klingon", "__proto__", "constructor", "toString", "../../etc/passwd", "js<script>", "a".repeat(100), undefined])(
    "falls back to plain text for %j",
    (name) => {
      expect(resolveLanguage(name as string)).toBeNull();
    },
  );
});

describe("highlightIncremental", () => {
  it("highlights with both themes and never re-tokenises finished lines", async () => {
    expect(await ensureLanguage("python")).toBe(true);
    const h = await getHighlighter();
    const lines = Array.from({ length: 200 }, (_, i) => `x${i} = "s${i}"  # c`);
    let code = lines.join("\n") + "\n";
    let res = highlightIncremental(h, "python", code, undefined, NO_TIME_LIMIT);
    expect(res.lines).toHaveLength(200);
    const token = res.lines[5].find((t) => t.content.includes("s5"));
    expect(token?.htmlStyle?.["--shiki-dark"]).toBeTruthy();

    const before = highlightStats.linesTokenized;
    code += "y = 1\n";
    res = highlightIncremental(h, "python", code, res.state, NO_TIME_LIMIT);
    expect(highlightStats.linesTokenized - before).toBe(1);
    expect(res.lines).toHaveLength(201);

    // A partial line is tokenised for display but not stored.
    const mid = highlightStats.linesTokenized;
    res = highlightIncremental(h, "python", code + "z = ", res.state, NO_TIME_LIMIT);
    expect(highlightStats.linesTokenized - mid).toBe(1);
    expect(res.state.done).toBe(code);
  });

  it("continues multi-line constructs across updates via grammar state", async () => {
    await ensureLanguage("python");
    const h = await getHighlighter();
    const first = highlightIncremental(h, "python", 's = """start\n', undefined, NO_TIME_LIMIT);
    const next = highlightIncremental(h, "python", 's = """start\nstill string\n', first.state, NO_TIME_LIMIT);
    const full = highlightIncremental(h, "python", 's = """start\nstill string\n', undefined, NO_TIME_LIMIT);
    // Offsets are relative to each tokenised chunk; content and colours must match.
    const strip = (l: typeof full.lines[number]) => l.map((t) => [t.content, t.htmlStyle]);
    expect(strip(next.lines[1])).toEqual(strip(full.lines[1]));
    // The string colour of github-light-high-contrast: still a string on the second line.
    expect(JSON.stringify(strip(next.lines[1]))).toContain("#032563");
  });

  it("starts over when earlier text changed", async () => {
    await ensureLanguage("python");
    const h = await getHighlighter();
    const a = highlightIncremental(h, "python", "a = 1\nb = 2\n", undefined, NO_TIME_LIMIT);
    const b = highlightIncremental(h, "python", "c = 1\nb = 2\n", a.state, NO_TIME_LIMIT);
    expect(b.lines[0].map((t) => t.content).join("")).toBe("c = 1");
  });

  it("returns false for a language that cannot load", async () => {
    expect(await ensureLanguage("nope")).toBe(false);
  });
});
