import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listedSessions, matchCode, parseAccessCodes } from "./codes";
import { cameOverHttps, readCookie, sessionCookieHeader } from "./cookie";
import { checkRequest, hostAllowed, isCrossSite } from "./request-checks";
import { codeTag, signSession, verifySession } from "./session-token";

const SECRET = "x".repeat(32);

describe("access codes", () => {
  const codes = parseAccessCodes(["alice:code-one", "bob:code:two", "bare-code"], SECRET);
  it("names each code's user; a bare code gets a numbered name", () => {
    expect(matchCode(codes, "code-one")?.user).toBe("alice");
    expect(matchCode(codes, "code:two")?.user).toBe("bob");
    expect(matchCode(codes, "bare-code")?.user).toBe("user3");
  });
  it("takes a code pasted with spaces or a line break around it (ACCESS_CODES entries are trimmed too), not one with a space inside", () => {
    expect(matchCode(codes, " code-one ")?.user).toBe("alice");
    expect(matchCode(codes, "bare-code\n")?.user).toBe("user3");
    expect(matchCode(codes, "code- one")).toBeUndefined();
    expect(matchCode(codes, "   ")).toBeUndefined();
  });
  it("tags each code with a keyed digest that never holds the code", () => {
    const tag = matchCode(codes, "code-one")!.tag;
    expect(tag).toMatch(/^[0-9a-f]{16}$/);
    expect(tag).toBe(codeTag("code-one", SECRET));
    expect(codeTag("code-one", "y".repeat(32))).not.toBe(tag);
    expect(matchCode(codes, "code:two")!.tag).not.toBe(tag);
  });
  it("refuses anything else, including prefixes and the name", () => {
    for (const wrong of ["code-on", "alice", "alice:code-one", ""]) expect(matchCode(codes, wrong)).toBeUndefined();
  });
});

/** A session signed in with `code` under `entries`, checked against `later` entries (a restart with another ACCESS_CODES). */
function survives(entries: string[], code: string, later: string[]): boolean {
  const entry = matchCode(parseAccessCodes(entries, SECRET), code)!;
  return listedSessions(parseAccessCodes(later, SECRET))({ user: entry.user, tag: entry.tag });
}

describe("a session after ACCESS_CODES changes", () => {
  it("lasts while its code is still listed for its user, wherever it now sits", () => {
    expect(survives(["alice:a-code", "bob:b-code"], "b-code", ["bob:b-code"])).toBe(true);
    expect(survives(["alice:a-code"], "a-code", ["carol:c-code", "alice:a-code"])).toBe(true);
  });
  it("ends when its code is removed", () => {
    expect(survives(["alice:a-code", "jack:j-code"], "j-code", ["alice:a-code"])).toBe(false);
  });
  it("ends when its code moves to another name", () => {
    expect(survives(["jack:j-code"], "j-code", ["jill:j-code"])).toBe(false);
  });
  it("rotating a code ends only the old code's sessions", () => {
    const both = ["alice:old-code", "alice:new-code"];
    expect(survives(both, "new-code", ["alice:new-code"])).toBe(true);
    expect(survives(both, "old-code", ["alice:new-code"])).toBe(false);
  });
  it("a bare code whose userN shifted does not act as whoever is now userN, nor as its new name", () => {
    // bare-b was user2; with bare-a gone it is user1, and bare-c is user2.
    expect(survives(["bare-a", "bare-b"], "bare-b", ["bare-b", "bare-c"])).toBe(false);
    expect(survives(["bare-a", "bare-b"], "bare-b", ["bare-b"])).toBe(false);
    expect(survives(["bare-a", "bare-b"], "bare-a", ["bare-a", "bare-c"])).toBe(true);
  });
});

describe("session token", () => {
  const now = 1_000_000;
  const token = signSession({ user: "alice", tag: "0123456789abcdef", exp: now + 60_000 }, SECRET);
  it("round-trips the user and code tag until it expires", () => {
    expect(verifySession(token, SECRET, now)).toEqual({ user: "alice", tag: "0123456789abcdef", exp: now + 60_000 });
    expect(verifySession(token, SECRET, now + 60_000)).toBeUndefined();
  });
  it("rejects another secret, a changed payload and garbage", () => {
    expect(verifySession(token, "y".repeat(32), now)).toBeUndefined();
    const [, mac] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ u: "admin", exp: now + 60_000 })).toString("base64url");
    expect(verifySession(`${forged}.${mac}`, SECRET, now)).toBeUndefined();
    for (const junk of ["", ".", "abc", "a.b.c", `${token}x`, "%%%.%%%"]) expect(verifySession(junk, SECRET, now)).toBeUndefined();
  });
  it("refuses a genuine token from before sessions carried their code's tag (one sign-in again)", () => {
    const payload = Buffer.from(JSON.stringify({ u: "alice", exp: now + 60_000 })).toString("base64url");
    const untagged = `${payload}.${createHmac("sha256", SECRET).update(payload).digest("base64url")}`;
    expect(verifySession(untagged, SECRET, now)).toBeUndefined();
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
