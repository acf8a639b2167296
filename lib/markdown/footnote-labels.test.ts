import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { footnoteBackReference, isFootnotesHeadingId } from "./footnote-labels";

describe("footnote labels", () => {
  it("finds the reference in the pipeline's own back-link labels and heading id", () => {
    const html = renderToStaticMarkup(createElement(ReactMarkdown, { remarkPlugins: [remarkGfm] }, "One[^a], two[^b] and again[^b].\n\n[^a]: A.\n[^b]: B."));
    const labels = [...html.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(labels.map(footnoteBackReference)).toEqual(["1", "2", "2-2"]);
    const headingId = /<h2[^>]*id="([^"]+)"/.exec(html)?.[1];
    expect(isFootnotesHeadingId(headingId)).toBe(true);
  });

  it("leaves every other label and id alone", () => {
    expect(footnoteBackReference("Back to the top")).toBeNull();
    expect(footnoteBackReference(undefined)).toBeNull();
    expect(isFootnotesHeadingId("user-content-intro")).toBe(false);
    expect(isFootnotesHeadingId(undefined)).toBe(false);
  });
});
