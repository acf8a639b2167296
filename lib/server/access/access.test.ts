import { describe, expect, it } from "vitest";
import { matchCode, parseAccessCodes } from "./codes";
import { cameOverHttps, readCookie, sessionCookieHeader } from "./cookie";
import { checkRequest, hostAllowed, isCrossSite } from "./request-checks";
import { signSession, verifySession } from "./session-token";

const SECRET = "x".repeat(32);

describe("access codes", () => {
  const codes = parseAccessCodes(["alice:code-one", "bob:code:two", "bare-code"]);
  it("names each code's user; a bare code gets a numbered name", () => {
    expect(matchCode(codes, "code-one")).toBe("alice");
    expect(matchCode(codes, "code:two")).toBe("bob");
    expect(matchCode(codes, "bare-code")).toBe("user3");
  });
  it("refuses anything else, including prefixes and the name", () => {
    for (const wrong of ["code-on", "code-one ", "alice", "alice:code-one", ""]) expect(matchCode(codes, wrong)).toBeUndefined();
  });
});

describe("session token", () => {
  const now = 1_000_000;
  const token = signSession({ user: "alice", exp: now + 60_000 }, SECRET);
  it("round-trips the user until it expires", () => {
    expect(verifySession(token, SECRET, now)).toEqual({ user: "alice", exp: now + 60_000 });
    expect(verifySession(token, SECRET, now + 60_000)).toBeUndefined();
  });
  it("rejects another secret, a changed payload and garbage", () => {
    expect(verifySession(token, "y".repeat(32), now)).toBeUndefined();
    const [, mac] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ u: "admin", exp: now + 60_000 })).toString("base64url");
    expect(verifySession(`${forged}.${mac}`, SECRET, now)).toBeUndefined();
    for (const junk of ["", ".", "abc", "a.b.c", `${token}x`, "%%%.%%%"]) expect(verifySession(junk, SECRET, now)).toBeUndefined();
  });
});

describe("cookie", () => {
  it("reads one cookie among several", () => {
    expect(readCookie("a=1; glm=xyz; b=2", "glm")).toBe("xyz");
    expect(readCookie(null, "glm")).toBeUndefined();
  });
  it("is HttpOnly, SameSite=Lax, expiring, and Secure only when asked", () => {
    const c = sessionCookieHeader("v", 3600, false);
    expect(c).toMatch(/HttpOnly/);
    expect(c).toMatch(/SameSite=Lax/);
    expect(c).toMatch(/Max-Age=3600/);
    expect(c).not.toMatch(/Secure/);
    expect(sessionCookieHeader("v", 3600, true)).toMatch(/; Secure$/);
  });
  it("knows https from the proxy's header or the URL", () => {
    expect(cameOverHttps("http://x/", new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(cameOverHttps("http://x/", new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(cameOverHttps("https://x/", new Headers())).toBe(true);
  });
});

describe("request checks", () => {
  const h = (o: Record<string, string>) => new Headers({ host: "chat.example:3000", ...o });
  it("allows same-origin and header-less requests, refuses other sites", () => {
    expect(isCrossSite(h({ origin: "http://chat.example:3000" }), [])).toBe(false);
    expect(isCrossSite(h({}), [])).toBe(false);
    expect(isCrossSite(h({ origin: "https://evil.example" }), [])).toBe(true);
    expect(isCrossSite(h({ origin: "http://chat.example:3001" }), [])).toBe(true);
    expect(isCrossSite(h({ origin: "null" }), [])).toBe(true);
    expect(isCrossSite(h({ "sec-fetch-site": "cross-site" }), [])).toBe(true);
    // The public name behind a proxy that rewrites Host, when listed.
    expect(isCrossSite(h({ origin: "https://chat.team.example" }), ["chat.team.example"])).toBe(false);
  });
  it("refuses hosts outside ALLOWED_HOSTS, any port", () => {
    expect(hostAllowed("rebind.evil:3000", ["chat.example"])).toBe(false);
    expect(hostAllowed("chat.example:3000", ["chat.example"])).toBe(true);
    expect(hostAllowed("anything", [])).toBe(true);
    expect(hostAllowed("[::1]:3000", ["[::1]"])).toBe(true);
  });
  it("needs JSON for a body, but not for a body-less DELETE", () => {
    const json = h({ "content-type": "application/json; charset=utf-8", "content-length": "2" });
    expect(() => checkRequest("POST", json, [])).not.toThrow();
    expect(() => checkRequest("POST", h({ "content-type": "text/plain", "content-length": "2" }), [])).toThrow(expect.objectContaining({ status: 415 }));
    expect(() => checkRequest("POST", h({ "content-length": "2" }), [])).toThrow(expect.objectContaining({ code: "unsupported_media_type" }));
    expect(() => checkRequest("DELETE", h({}), [])).not.toThrow();
    expect(() => checkRequest("GET", h({ origin: "https://evil.example" }), [])).not.toThrow();
    expect(() => checkRequest("DELETE", h({ origin: "https://evil.example" }), [])).toThrow(expect.objectContaining({ code: "forbidden" }));
  });
});
