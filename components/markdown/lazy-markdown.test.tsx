import { renderToString } from "react-dom/server";
import { withIntl } from "@/test/intl";
import { describe, expect, it } from "vitest";
import { LazyMarkdown, preloadMarkdown } from "./lazy-markdown";
import { Markdown } from "./markdown";

describe("LazyMarkdown", () => {
  it("shows plain text (never markup) until the parser chunk is loaded, then the same output as Markdown", async () => {
    const text = "some **bold** <img src=x onerror=alert(1)>\n\n| a |\n|---|\n| 1 |";
    const before = renderToString(withIntl(<LazyMarkdown text={text} />));
    expect(before).toContain('data-plain-block="loading"');
    expect(before).not.toMatch(/<img|<strong|<table/);
    expect(before).toContain("some bold");
    await preloadMarkdown();
    expect(renderToString(withIntl(<LazyMarkdown text={text} />))).toBe(renderToString(withIntl(<Markdown text={text} />)));
  });
});
