import { describe, expect, it } from "vitest";
import { PREVIEW_CSP, buildPreviewDoc } from "./html-preview";

describe("buildPreviewDoc", () => {
  it("puts the CSP before any model content", () => {
    const doc = buildPreviewDoc("<!DOCTYPE html><html><head><script>fetch('https://x')</script></head><body></body></html>");
    expect(doc.indexOf("Content-Security-Policy")).toBeLessThan(doc.indexOf("<script>"));
    expect(doc.startsWith("<!DOCTYPE html><html><head><meta")).toBe(true);
  });

  it("adds a CSP to fragments without a head", () => {
    const doc = buildPreviewDoc("<h1>Hi</h1><img src=https://evil.example/x.png>");
    expect(doc.startsWith(`<!doctype html><meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`)).toBe(true);
  });

  it("forbids network access", () => {
    expect(PREVIEW_CSP).toContain("default-src 'none'");
    expect(PREVIEW_CSP).toContain("img-src data:");
    expect(PREVIEW_CSP).not.toMatch(/https?:|\*/);
  });

  it("removes meta refresh", () => {
    const doc = buildPreviewDoc('<html><head><META HTTP-EQUIV="refresh" content="0;url=https://evil.example"></head></html>');
    expect(doc).not.toMatch(/refresh/i);
  });
});
