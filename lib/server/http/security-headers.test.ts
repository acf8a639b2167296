import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, makeNonce, pageSecurityHeaders, servedOverHttps } from "./security-headers";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));

describe("page security headers", () => {
  it("allows scripts only by this response's nonce, and nothing that frames, plugs in or re-bases", () => {
    const d = directives(contentSecurityPolicy({ nonce: "abc123" }));
    expect(d.get("script-src")).toBe("'nonce-abc123' 'strict-dynamic'");
    expect(d.get("object-src")).toBe("'none'");
    expect(d.get("base-uri")).toBe("'none'");
    expect(d.get("frame-ancestors")).toBe("'none'");
    expect(d.get("frame-src")).toBe("'none'");
    expect(d.get("connect-src")).toBe("'self'");
    expect(d.get("worker-src")).toBe("'self' blob:");
    expect(contentSecurityPolicy({ nonce: "x" })).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it("adds eval only for next dev", () => {
    expect(directives(contentSecurityPolicy({ nonce: "n", dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("sends HSTS only over https", () => {
    expect(pageSecurityHeaders({ nonce: "n", https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(pageSecurityHeaders({ nonce: "n", https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{7,}/);
    const h = pageSecurityHeaders({ nonce: "n", https: false });
    expect(h["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    expect(h["Permissions-Policy"]).toContain("camera=()");
    // Screen capture is a feature of the app: the page itself may ask for it.
    expect(h["Permissions-Policy"]).toContain("display-capture=(self)");
  });

  it("takes https from PUBLIC_URL only, never from a header anyone can send", () => {
    expect(servedOverHttps("https://chat.example.com")).toBe(true);
    expect(servedOverHttps("http://localhost:3000")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const a = makeNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(makeNonce()).not.toBe(a);
  });
});
