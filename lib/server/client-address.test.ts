import { describe, expect, it } from "vitest";
import { PEER_HEADER, clientAddress } from "./client-address";
import { decodablePath, normaliseAddress } from "./request-gate";

describe("clientAddress", () => {
  const h = (xff?: string) => new Headers({ [PEER_HEADER]: "10.0.0.5", ...(xff ? { "x-forwarded-for": xff } : {}) });
  it("is the socket peer with no trusted proxy, whatever X-Forwarded-For claims", () => {
    expect(clientAddress(h("1.2.3.4"), 0)).toBe("10.0.0.5");
    expect(clientAddress(h(), 0)).toBe("10.0.0.5");
  });
  it("is the Nth address from the right with N trusted proxies", () => {
    expect(clientAddress(h("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(h("6.6.6.6, 203.0.113.9, 10.1.1.1"), 2)).toBe("203.0.113.9");
  });
  it("falls back to the socket when the chain is shorter than the trusted hops", () => {
    expect(clientAddress(h("203.0.113.9"), 2)).toBe("10.0.0.5");
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
  });
  it("treats an IPv4-mapped IPv6 peer as the IPv4 address", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("::1")).toBe("::1");
  });
});

describe("decodablePath", () => {
  it("refuses broken percent-encoding that Next's router would answer with 500", () => {
    expect(decodablePath("/s/%ff")).toBe(false);
    expect(decodablePath("/api/share/abc%E0%A4")).toBe(false);
    expect(decodablePath("/s/abc%20def?x=%ff")).toBe(true);
    expect(decodablePath("/")).toBe(true);
  });
});
