import { describe, expect, it } from "vitest";
import { LINKS_KEY, linkForConversation, linkStillShowing, loadLinks, removeLink, revokedSnapshot, saveLink, withExpiry, type SharedLink } from "./links";

function memoryStore(initial?: string) {
  const data = new Map<string, string>(initial === undefined ? [] : [[LINKS_KEY, initial]]);
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

const link = (id: string, conversationId = "c1"): SharedLink => ({
  id, title: `t-${id}`, url: `/s/${id}`, deleteToken: `tok-${id}`, createdAt: 1, messageCount: 2, conversationId,
});

describe("shared links in localStorage", () => {
  it("saves newest first, replaces by id, removes", () => {
    const store = memoryStore();
    saveLink(link("a"), store);
    saveLink(link("b", "c2"), store);
    saveLink({ ...link("a"), messageCount: 4 }, store);
    const links = loadLinks(store);
    expect(links.map((l) => l.id)).toEqual(["a", "b"]);
    expect(links[0].messageCount).toBe(4);
    expect(linkForConversation(links, "c2")?.id).toBe("b");
    expect(linkForConversation(links, "c3")).toBeUndefined();
    expect(revokedSnapshot(store)).toBe(false);
    expect(removeLink("a", store).map((l) => l.id)).toEqual(["b"]);
    // An empty list can now tell "none left" from "none shared yet".
    expect(revokedSnapshot(store)).toBe(true);
    expect(loadLinks(store).map((l) => l.id)).toEqual(["b"]);
  });

  it("survives damaged storage: bad JSON, not an array, bad entries", () => {
    expect(loadLinks(memoryStore("{nope"))).toEqual([]);
    expect(loadLinks(memoryStore('{"a":1}'))).toEqual([]);
    expect(loadLinks(memoryStore(JSON.stringify([{ id: "x" }, link("ok")]))).map((l) => l.id)).toEqual(["ok"]);
  });

  it("keeps working when the store throws on write", () => {
    const store = { getItem: () => null, setItem: () => { throw new Error("quota"); } };
    expect(saveLink(link("a"), store).map((l) => l.id)).toEqual(["a"]);
  });
});

describe("a link's expiry", () => {
  it("is kept with the link and read back", () => {
    const store = memoryStore();
    saveLink(withExpiry(link("a"), 1_800_000_000_000), store);
    expect(loadLinks(store)[0].expiresAt).toBe(1_800_000_000_000);
  });

  it("is absent from links that do not expire, and from lists kept before it was stored", () => {
    expect(withExpiry(link("a"), null)).toEqual(link("a"));
    const older = JSON.stringify([link("old")]);
    expect(loadLinks(memoryStore(older))).toEqual([link("old")]);
  });

  it("follows an update: a new day replaces the old one, and none (the server's TTL lifted) drops it", () => {
    const dated = withExpiry(link("a"), 1_800_000_000_000);
    expect(withExpiry(dated, 1_900_000_000_000).expiresAt).toBe(1_900_000_000_000);
    expect("expiresAt" in withExpiry(dated, null)).toBe(false);
  });

  it("that is damaged is dropped, never the link and its deletion token", () => {
    const stored = JSON.stringify([{ ...link("bad"), expiresAt: "soon" }, link("ok")]);
    const links = loadLinks(memoryStore(stored));
    expect(links.map((l) => [l.id, l.deleteToken, l.expiresAt])).toEqual([["bad", "tok-bad", undefined], ["ok", "tok-ok", undefined]]);
  });
});

describe("linkStillShowing", () => {
  const links = [{ ...link("a"), createdAt: 100, updatedAt: 500 }, { ...link("b", "c2"), createdAt: 300 }];

  it("names a deleted conversation's link", () => {
    expect(linkStillShowing(links, "c1")?.id).toBe("a");
    expect(linkStillShowing(links, "c3")).toBeUndefined();
  });

  it("names it for deleted messages only when its copy was taken after they were written", () => {
    expect(linkStillShowing(links, "c1", 400)?.id).toBe("a");
    expect(linkStillShowing(links, "c1", 600)).toBeUndefined();
    // Never updated: the copy is from its creation.
    expect(linkStillShowing(links, "c2", 200)?.id).toBe("b");
    expect(linkStillShowing(links, "c2", 301)).toBeUndefined();
  });
});
