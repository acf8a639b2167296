import { describe, expect, it } from "vitest";
import { buildPreviewDoc, previewCsp } from "./html-preview";

const csp = (doc: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(doc)?.[1].replace(/&apos;|&#39;/g, "'");

describe("buildPreviewDoc", () => {
  it("puts the CSP first in <head>, before any model content", () => {
    const doc = buildPreviewDoc("<!DOCTYPE html><html><head><style>p{}</style></head><body><p>x</p></body></html>");
    expect(doc.startsWith('<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(doc.indexOf("Content-Security-Policy")).toBeLessThan(doc.indexOf("<style>"));
  });

  it("adds a head and the CSP to fragments", () => {
    const doc = buildPreviewDoc("<h1>Hi</h1><img src=https://evil.example/x.png>");
    expect(csp(doc)).toBe(previewCsp(false));
    expect(doc).toContain("<h1>Hi</h1>");
  });

  it("forbids network access and, by default, scripts", () => {
    expect(previewCsp(false)).toContain("default-src 'none'");
    expect(previewCsp(false)).toContain("script-src 'none'");
    expect(previewCsp(false)).toContain("form-action 'none'");
    for (const on of [true, false]) expect(previewCsp(on)).not.toMatch(/https?:|\*|connect-src|'self'/);
  });

  it.each([
    ['<META HTTP-EQUIV="refresh" content="0;url=https://evil.example">'],
    ['<meta http-equiv=&#x72;efresh content="0;url=http://127.0.0.1:9/x">'],
    ['<meta http-equiv="re&#102;resh" content="0;url=http://127.0.0.1:9/x">'],
    ['<meta\thttp-equiv\n=\n"Refresh" content="0;url=http://127.0.0.1:9/x">'],
    ['<body><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/x"></body>'],
    ['<template><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/x"></template>'],
    ['<svg><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/x"></svg>'],
  ])("removes a meta refresh however it is written: %s", (html) => {
    const doc = buildPreviewDoc(html);
    expect(doc).not.toMatch(/refresh|127\.0\.0\.1|evil/i);
  });

  it("removes <base> and any model-written CSP or other http-equiv", () => {
    const doc = buildPreviewDoc('<base href="http://127.0.0.1:9/"><meta http-equiv="content-security-policy" content="default-src *"><p>x</p>');
    expect(doc).not.toMatch(/<base|default-src \*/);
  });

  it("drops scripts and event handlers while scripts are off", () => {
    const doc = buildPreviewDoc('<script>location="http://127.0.0.1:9/"</script><img src=x onerror="location=1"><p onclick="x()">y</p>');
    expect(doc).not.toMatch(/<script|onerror|onclick|location/);
    expect(doc).toContain("<p>y</p>");
  });

  it("keeps inline scripts with the page nonce when scripts are on, never external ones", () => {
    const doc = buildPreviewDoc('<script>document.title="ran"</script><script nonce="guess" src="http://127.0.0.1:9/x.js"></script>', {
      scripts: true,
      nonce: "N0nce",
    });
    expect(doc).toContain('<script nonce="N0nce">document.title="ran"</script>');
    expect(doc).not.toMatch(/x\.js|guess/);
    expect(csp(doc)).toBe(previewCsp(true));
  });
});
