import { describe, expect, it } from "vitest";
import { sanitizeImageUrl, sanitizeLinkUrl } from "./sanitize-url";

describe("sanitizeLinkUrl", () => {
  it.each([
    "https://example.com/a?b=1#c",
    "http://example.com",
    "HTTPS://EXAMPLE.COM/",
    "mailto:someone@example.com",
  ])("allows %s", (url) => {
    expect(sanitizeLinkUrl(url)).not.toBeNull();
  });

  it("allows in-page fragments (footnotes)", () => {
    expect(sanitizeLinkUrl("#user-content-fn-1")).toBe("#user-content-fn-1");
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "JAVASCRIPT:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java\u0000script:alert(1)",
    "\u0001javascript:alert(1)",
    "javascript&colon;alert(1)",
    "javascript&#58;alert(1)",
    "javascript&#x3A;alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;&#x61;vascript:alert(1)",
    "&#0000106avascript:alert(1)",
    "jav&Tab;ascript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "&amp;#106;avascript:alert(1)",
    "java\u200bscript:alert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,x",
    "file:///etc/passwd",
    "ftp://example.com",
    "//evil.example.com",
    "/relative/path",
    "relative",
    "",
    "   ",
  ])("rejects %j", (url) => {
    expect(sanitizeLinkUrl(url)).toBeNull();
  });

  it("rejects non-strings", () => {
    expect(sanitizeLinkUrl(undefined)).toBeNull();
    expect(sanitizeLinkUrl(null)).toBeNull();
  });
});

describe("sanitizeImageUrl", () => {
  it("allows http(s) and raster data images", () => {
    expect(sanitizeImageUrl("https://example.com/cat.png")).toBe("https://example.com/cat.png");
    expect(sanitizeImageUrl("data:image/png;base64,iVBORw0KGgo=")).not.toBeNull();
  });
  it.each([
    "javascript:alert(1)",
    "data:image/svg+xml;base64,PHN2Zz4=",
    "data:text/html,x",
    "mailto:a@b.c",
    "x",
  ])("rejects %j", (url) => {
    expect(sanitizeImageUrl(url)).toBeNull();
  });
});
