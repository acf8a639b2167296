import katex from "katex";
import { describe, expect, it } from "vitest";
import { renderMath } from "./math";

describe("renderMath", () => {
  it("renders inline and display math", () => {
    const inline = renderMath(katex, "x^2", false);
    expect(inline.ok && inline.html).toContain("katex");
    const display = renderMath(katex, "\\frac{a}{b}", true);
    expect(display.ok && display.html).toContain("katex-display");
  });

  it("never produces a link from \\href or \\url", () => {
    for (const tex of ["\\href{javascript:alert(1)}{x}", "\\url{javascript:alert(1)}", "\\href{https://e.com}{x}"]) {
      const out = renderMath(katex, tex, false);
      const html = out.ok ? out.html : out.text;
      expect(html).not.toMatch(/<a\b/i);
      expect(html).not.toMatch(/href=/i);
    }
  });

  it("refuses \\htmlClass, \\htmlData, \\includegraphics", () => {
    for (const tex of ["\\htmlClass{x}{y}", "\\htmlData{onclick=alert(1)}{y}", "\\includegraphics{https://e.com/a.png}"]) {
      const out = renderMath(katex, tex, false);
      const html = out.ok ? out.html : out.text;
      expect(html).not.toMatch(/<img|data-onclick|class="x"/i);
    }
  });

  it("returns errors as plain text, never HTML", () => {
    const out = renderMath(katex, "\\frac{<img src=x onerror=alert(1)>", false);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.text).toBe("\\frac{<img src=x onerror=alert(1)>");
  });

  it("bounds macro expansion", () => {
    const bomb = "\\def\\a{\\b\\b}\\def\\b{\\c\\c}\\def\\c{\\d\\d}\\def\\d{xxxxxxxxxx}" + "\\a".repeat(100);
    const out = renderMath(katex, bomb, false);
    expect(out.ok).toBe(false);
  });
});
