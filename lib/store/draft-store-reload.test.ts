import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { eventually } from "@/test/eventually";
import type { Attachment } from "@/lib/chat/message";
import { memoryStorage } from "@/test/memory-storage";

const textFile = (name: string, text: string) => new File([text], name, { type: "text/plain" });
const page1: Attachment = { id: "p1", kind: "image", mimeType: "image/jpeg", name: "report.pdf — page 1", size: 1, blob: new Blob(["x"]) };
const pdf = { docId: 1, pageCount: 2, firstPageSize: { width: 1, height: 1 } };

/** Runs `run` with some of the preparation code faked (pdf.js never loads); later page loads get the real one. */
async function withPrep<T>(fakes: Record<string, unknown>, run: () => Promise<T>): Promise<T> {
  vi.doMock("./draft-documents", async (importOriginal) => ({ ...(await importOriginal<typeof import("./draft-documents")>()), releaseDocument: () => undefined, ...fakes }));
  try {
    return await run();
  } finally {
    vi.doUnmock("./draft-documents");
  }
}

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
    await eventually(async () => expect(await first.files.readTray("b")).not.toBeNull());
    await eventually(async () => expect(await first.files.readTray("a")).not.toBeNull());

    const second = await loadPage(factory);
    second.store().showTray("a");
    const adding = second.store().add([textFile("later.txt", "added after the reload")], 0);
    await eventually(() => expect(second.store().pending).toBe(0));
    await adding;
    expect(second.names()).toEqual(["notes.txt", "later.txt"]);
    expect(second.store().texts[0].part.text).toBe("line one");
    expect(second.store().errors).toEqual([]);
    second.store().showTray("b");
    await eventually(() => expect(second.names()).toEqual(["other.txt"]));

    // The tray now holds both of a's files, stored as one.
    await eventually(async () => expect((await second.files.readTray("a"))?.texts.map((t) => t.part.name)).toEqual(["notes.txt", "later.txt"]));
    second.store().clear();
    await eventually(async () => expect(await second.files.readTray("b")).toBeNull());
    expect(second.drafts.draftFileKeys()).toEqual(new Set(["a"]));

    const third = await loadPage(factory);
    third.store().showTray("b");
    expect(third.store().pending).toBe(0);
    expect(third.names()).toEqual([]);
  });

  it("a deleted chat's files are not read back; Undo keeps them, also for a chat not opened since the reload", async () => {
    const first = await loadPage(factory);
    for (const key of ["gone", "undone", "unopened"]) {
      first.store().showTray(key);
      await first.store().add([textFile(`${key}.txt`, key)], 0);
    }
    first.store().showTray("new");
    for (const key of ["gone", "undone", "unopened"]) await eventually(async () => expect(await first.files.readTray(key)).not.toBeNull());

    const second = await loadPage(factory);
    const deleteChat = (key: string) => {
      second.drafts.takeDraft(key);
      second.store().forgetFiles(key);
    };
    second.store().showTray("undone");
    await eventually(() => expect(second.names()).toEqual(["undone.txt"]));
    second.store().showTray("new");
    deleteChat("gone");
    deleteChat("undone");
    deleteChat("unopened");
    expect(second.drafts.draftFileKeys()).toEqual(new Set());
    second.store().keepFiles("undone");
    second.store().keepFiles("unopened");
    // The Undo for "gone" is over: its copy goes now.
    second.store().dropTray("gone");
    await eventually(async () => expect(await second.files.readTray("gone")).toBeNull());
    expect(second.drafts.draftFileKeys()).toEqual(new Set(["undone", "unopened"]));

    const third = await loadPage(factory);
    third.store().showTray("undone");
    await eventually(() => expect(third.names()).toEqual(["undone.txt"]));
    third.store().showTray("unopened");
    await eventually(() => expect(third.names()).toEqual(["unopened.txt"]));
    third.store().showTray("gone");
    expect(third.names()).toEqual([]);
    expect(third.store().errors).toEqual([]);
  });

  it("a chat deleted while its files were being stored is not listed again, and its copy goes when the Undo does", async () => {
    const page = await loadPage(factory);
    page.store().showTray("k");
    // The write waits for the storage code, which loads now for the first time: delete meanwhile.
    await page.store().add([textFile("k.txt", "written while deleted")], 0);
    page.drafts.takeDraft("k");
    page.store().forgetFiles("k");
    page.store().showTray("new");
    page.store().dropTray("k");
    await eventually(async () => expect(await page.files.readTray("k")).toBeNull());
    expect(page.drafts.draftFileKeys()).toEqual(new Set());
  });

  it("a page whose drafts have no files never opens the drafts' database", async () => {
    const open = vi.spyOn(factory, "open");
    const page = await loadPage(factory);
    const writes = vi.spyOn(page.files, "writeFiles");
    page.store().showTray("new");
    page.store().clear();
    page.store().showTray("a");
    page.store().showTray("new");
    expect(open).not.toHaveBeenCalled();
    // The first file is what opens it: the only write is that draft's.
    page.store().showTray("b");
    await page.store().add([textFile("b.txt", "the first file")], 0);
    await eventually(() => expect(writes).toHaveBeenCalled());
    expect(writes.mock.calls.map(([key]) => key)).toEqual(["b"]);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it("two tabs on the same draft: a send in one does not take the files the other attached", async () => {
    const tabB = await loadPage(factory);
    tabB.store().showTray("new");
    const tabA = await loadPage(factory);
    tabA.store().showTray("new");
    await tabA.store().add([textFile("a.txt", "attached in tab A")], 0);
    await eventually(async () => expect((await tabA.files.readTray("new"))?.texts).toHaveLength(1));
    await tabB.store().add([textFile("b.txt", "attached and sent in tab B")], 0);
    await eventually(async () => expect((await tabB.files.readTray("new"))?.texts).toHaveLength(2));
    tabB.store().clear();
    await eventually(async () => expect((await tabB.files.readTray("new"))?.texts.map((t) => t.part.name)).toEqual(["a.txt"]));

    const reloadedA = await loadPage(factory);
    reloadedA.store().showTray("new");
    await eventually(() => expect(reloadedA.names()).toEqual(["a.txt"]));
  });

  it("files listed but missing (the tab closed mid-write) are reported, not silently dropped", async () => {
    localStorage.setItem("glm-chat:draft-files", JSON.stringify(["a"]));
    const page = await loadPage(factory);
    page.store().showTray("a");
    await eventually(() => expect(page.store().errors).toHaveLength(1));
    expect(page.store().errors[0]).toMatchObject({ code: "draft_files_lost" });
    expect(page.store().pending).toBe(0);
    expect(page.drafts.draftFileKeys()).toEqual(new Set());
  });

  it("when storage is full the files stay attached and the user is told a reload would lose them", async () => {
    const page = await loadPage(factory);
    const full = Object.assign(new Error("full"), { name: "QuotaExceededError" });
    vi.spyOn(page.files, "writeFiles").mockRejectedValue(full);
    page.store().showTray("a");
    await page.store().add([textFile("notes.txt", "line one")], 0);
    await eventually(() => expect(page.store().errors).toHaveLength(1));
    expect(page.store().errors[0]).toMatchObject({ code: "draft_files_not_kept" });
    expect(page.names()).toEqual(["notes.txt"]);
    expect(page.drafts.draftFileKeys()).toEqual(new Set());
  });

  it("a PDF still rendering its pages when the page reloads comes back and renders them", async () => {
    let renders = 0;
    const reloaded = await withPrep(
      {
        fileClass: async () => "pdf",
        openDocument: async (file: File) => ({ id: "d1", name: file.name, pageCount: 2, pages: [1], rendered: [], status: "rendering", overLimit: false, pdf, source: file }),
        // The first page's render never ends (the reload comes first); the next page's does.
        renderDocument: () => (++renders === 1 ? new Promise(() => undefined) : Promise.resolve([page1])),
        reopenDocument: async (stored: { rendered: unknown[] }) => ({ ...stored, status: stored.rendered.length ? "ready" : "rendering", pdf }),
      },
      async () => {
        const first = await loadPage(factory);
        first.store().showTray("p");
        void first.store().add([new File(["%PDF-1.7"], "report.pdf", { type: "application/pdf" })], 0);
        await eventually(async () => expect((await first.files.readTray("p"))?.documents.map((d) => [d.name, d.rendered.length])).toEqual([["report.pdf", 0]]));
        const second = await loadPage(factory);
        second.store().showTray("p");
        await eventually(() => expect(second.store().documents.map((d) => d.status)).toEqual(["ready"]));
        expect(second.store().documents[0].rendered).toEqual([page1]);
        await eventually(() => expect(second.store().pending).toBe(0));
        expect(renders).toBe(2);
        return second;
      },
    );
    await eventually(async () => expect((await reloaded.files.readTray("p"))?.documents[0].rendered).toHaveLength(1));
  });

  it("a PDF still being opened when the page reloads is kept as attached and opened again after it", async () => {
    let opens = 0;
    const fakes = {
      // The first opening never ends (the reload comes first); the one after the reload does.
      openDocument: async (file: File) => {
        if (++opens === 1) await new Promise(() => undefined);
        return { id: "d1", name: file.name, pageCount: 2, pages: [1], rendered: [], status: "rendering", overLimit: false, pdf, source: file };
      },
      renderDocument: async () => [page1],
    };
    const second = await withPrep(fakes, async () => {
      const first = await loadPage(factory);
      first.store().showTray("p");
      void first.store().add([new File(["%PDF-1.7 the bytes"], "report.pdf", { type: "application/pdf" })], 0);
      await eventually(async () => expect((await first.files.readTray("p"))?.opening.map((f) => f.name)).toEqual(["report.pdf"]));
      expect(first.store().pending).toBe(1);

      const second = await loadPage(factory);
      second.store().showTray("p");
      await eventually(() => expect(second.store().documents.map((d) => [d.name, d.status])).toEqual([["report.pdf", "ready"]]));
      return second;
    });
    expect(await second.store().documents[0].source.text()).toBe("%PDF-1.7 the bytes");
    expect(second.store().opening).toEqual([]);
    await eventually(() => expect(second.store().pending).toBe(0));
    expect(second.store().errors).toEqual([]);
    expect(opens).toBe(2);
    // Stored as opened now: the file as attached is no longer kept beside it.
    await eventually(async () => {
      const stored = await second.files.readTray("p");
      expect(stored?.opening).toEqual([]);
      expect(stored?.documents.map((d) => d.rendered.length)).toEqual([1]);
    });
  });

  it("a file kept while being opened that cannot be opened after the reload is named, not dropped silently", async () => {
    await withPrep({ readTextFile: () => new Promise(() => undefined) }, async () => {
      const first = await loadPage(factory);
      first.store().showTray("t");
      void first.store().add([textFile("notes.txt", "  \n")], 0);
      await eventually(async () => expect((await first.files.readTray("t"))?.opening.map((f) => f.name)).toEqual(["notes.txt"]));
    });
    const second = await loadPage(factory);
    second.store().showTray("t");
    await eventually(() => expect(second.store().errors).toEqual([expect.objectContaining({ file: "notes.txt", code: "empty" })]));
    expect(second.store().pending).toBe(0);
    expect(second.names()).toEqual([]);
    await eventually(async () => expect(await second.files.readTray("t")).toBeNull());
  });
});
