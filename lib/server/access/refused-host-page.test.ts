import { describe, expect, it } from "vitest";
import { refusedHostPage } from "./refused-host-page";

describe("the page for a refused host name", () => {
  it("says the server does not answer to that name, and where the operator lists the names", () => {
    const page = refusedHostPage("10.0.0.5:3000", "en-GB,en;q=0.9");
    expect(page).toMatch(/^<!doctype html><html lang="en">/);
    expect(page).toContain("<h1>This server does not answer to that host name</h1>");
    expect(page).toContain('<code data-testid="refused-host-name">10.0.0.5:3000</code>');
    expect(page).toContain("ALLOWED_HOSTS setting lists the host names it answers to");
  });

  it("holds no script, link, form or image: nothing to run and no way to loop back to itself", () => {
    const page = refusedHostPage("rebind.example", null);
    expect(page).not.toMatch(/<(script|a|link|form|img|iframe|meta http-equiv)\b/i);
    expect(page).not.toMatch(/\bhref=|\bsrc=|\bon[a-z]+=/i);
  });

  it("escapes the Host header it names, and keeps it short", () => {
    const page = refusedHostPage(`"><script>alert(1)</script>&${"x".repeat(300)}`, null);
    expect(page).not.toContain("<script>");
    expect(page).toContain("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;");
    expect(page).not.toContain("x".repeat(101));
  });

  it("without a Host header, says the same without naming one", () => {
    const page = refusedHostPage(null, null);
    expect(page).not.toContain("refused-host-name");
    expect(page).toContain("names this server by a host name it is not set up to answer to");
  });

  it("speaks the visitor's language: the saved choice first, then the browser's", () => {
    expect(refusedHostPage("a.example", "zh-CN,zh;q=0.9")).toMatch(/<html lang="zh-CN">.*此服务器不响应这个主机名/);
    expect(refusedHostPage("a.example", "zh-CN", "en")).toContain('lang="en"');
    expect(refusedHostPage("a.example", "zh-CN")).toContain("以“<code");
  });
});
