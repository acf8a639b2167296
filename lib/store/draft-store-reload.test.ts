import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryStorage } from "@/test/memory-storage";

const textFile = (name: string, text: string) => new File([text], name, { type: "text/plain" });

/** A page load: fresh modules (the store starts empty), the same browser storage as before. */
async function loadPage(factory: IDBFactory) {
  vi.resetModules();
  const files = await import("./draft-files");
  files.setDraftFilesFactory(factory);
  const { useDraftStore } = await import("./draft-store");
  const drafts = await import("./drafts");
  const store = () => useDraftStore.getState();
  const names = () => store().texts.map((t) => t.part.name);
  return { store, names, files, drafts };
}

describe("a draft's files across a reload", () => {
  let factory: IDBFactory;
  beforeEach(() => {
    factory = new IDBFactory();
    vi.stubGlobal("localStorage", memoryStorage());
  });
  afterEach(() => vi.unstubAllGlobals());

  it("come back in their own chat, before any added since; sending (clearing) forgets them", async () => {
    const first = await loadPage(factory);
    first.store().showTray("a");
    await first.store().add([textFile("notes.txt", "line one")], 0);
    first.store().showTray("b");
    await first.store().add([textFile("other.txt", "for b")], 0);
    await vi.waitFor(async () => expect(await first.files.readTray("b")).not.toBeNull());
    await vi.waitFor(async () => expect(await first.files.readTray("a")).not.toBeNull());

    const second = await loadPage(factory);
    second.store().showTray("a");
    const adding = second.store().add([textFile("later.txt", "added after the reload")], 0);
    await vi.waitFor(() => expect(second.store().pending).toBe(0));
    await adding;
    expect(second.names()).toEqual(["notes.txt", "later.txt"]);
    expect(second.store().texts[0].part.text).toBe("line one");
    expect(second.store().errors).toEqual([]);
    second.store().showTray("b");
    await vi.waitFor(() => expect(second.names()).toEqual(["other.txt"]));

    // The tray now holds both of a's files, stored as one.
    await vi.waitFor(async () => expect((await second.files.readTray("a"))?.texts.map((t) => t.part.name)).toEqual(["notes.txt", "later.txt"]));
    second.store().clear();
    await vi.waitFor(async () => expect(await second.files.readTray("b")).toBeNull());
    expect(second.drafts.draftFileKeys()).toEqual(new Set(["a"]));

    const third = await loadPage(factory);
    third.store().showTray("b");
    expect(third.store().pending).toBe(0);
    expect(third.names()).toEqual([]);
  });

  it("a deleted chat's files are not read again, and the next page's sweep removes them; Undo keeps them", async () => {
    const first = await loadPage(factory);
    first.store().showTray("gone");
    await first.store().add([textFile("gone.txt", "x")], 0);
    first.store().showTray("undone");
    await first.store().add([textFile("undone.txt", "y")], 0);
    first.store().showTray("new");
    await vi.waitFor(async () => expect(await first.files.readTray("undone")).not.toBeNull());
    await vi.waitFor(async () => expect(await first.files.readTray("gone")).not.toBeNull());
    first.drafts.takeDraft("gone");
    first.drafts.takeDraft("undone");
    first.drafts.restoreDraft("undone", undefined);
    first.store().keepFiles("undone");
    await vi.waitFor(() => expect(first.drafts.draftFileKeys()).toEqual(new Set(["undone"])));

    const second = await loadPage(factory);
    second.store().showTray("undone");
    await vi.waitFor(() => expect(second.names()).toEqual(["undone.txt"]));
    second.store().showTray("gone");
    expect(second.names()).toEqual([]);
    await vi.waitFor(async () => expect(await second.files.readTray("gone")).toBeNull());
  });

  it("files listed but missing (the tab closed mid-write) are reported, not silently dropped", async () => {
    localStorage.setItem("glm-chat:draft-files", JSON.stringify(["a"]));
    const page = await loadPage(factory);
    page.store().showTray("a");
    await vi.waitFor(() => expect(page.store().errors).toHaveLength(1));
    expect(page.store().errors[0]).toMatchObject({ code: "draft_files_lost" });
    expect(page.store().pending).toBe(0);
    expect(page.drafts.draftFileKeys()).toEqual(new Set());
  });

  it("when storage is full the files stay attached and the user is told a reload would lose them", async () => {
    const page = await loadPage(factory);
    const full = Object.assign(new Error("full"), { name: "QuotaExceededError" });
    vi.spyOn(page.files, "writeTray").mockRejectedValue(full);
    page.store().showTray("a");
    await page.store().add([textFile("notes.txt", "line one")], 0);
    await vi.waitFor(() => expect(page.store().errors).toHaveLength(1));
    expect(page.store().errors[0]).toMatchObject({ code: "draft_files_not_kept" });
    expect(page.names()).toEqual(["notes.txt"]);
    expect(page.drafts.draftFileKeys()).toEqual(new Set());
  });
});
