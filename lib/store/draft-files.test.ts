import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { readTray, setDraftFilesFactory, sweepTrays, writeTray, type StoredFiles } from "./draft-files";

const none: StoredFiles = { attachments: [], documents: [], texts: [] };
const notes: StoredFiles = { ...none, texts: [{ id: "t1", part: { name: "notes.txt", text: "line one", truncated: false, chars: 8 } }] };
const withImage: StoredFiles = {
  ...none,
  attachments: [{ id: "a1", kind: "image", mimeType: "image/png", name: "shot.png", size: 3, width: 1, height: 1, blob: new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }) }],
  documents: [{ id: "d1", name: "report.pdf", pageCount: 3, pages: [1, 3], rendered: [], overLimit: false, source: new Blob(["%PDF-1.7"]) }],
};

describe("a draft's stored files", () => {
  let factory: IDBFactory;
  beforeEach(() => {
    factory = new IDBFactory();
    setDraftFilesFactory(factory);
  });

  it("reads back what was written, bytes included, per draft; writing none removes them", async () => {
    await writeTray("a", notes);
    await writeTray("b", withImage);
    expect(await readTray("a")).toEqual(notes);
    const b = await readTray("b");
    expect(b?.documents[0]).toMatchObject({ name: "report.pdf", pages: [1, 3] });
    expect(new Uint8Array(await b!.attachments[0].blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(await b!.documents[0].source.text()).toBe("%PDF-1.7");
    await writeTray("a", none);
    expect(await readTray("a")).toBeNull();
    expect(await readTray("never")).toBeNull();
  });

  it("a record this code did not write is dropped, not shown", async () => {
    await writeTray("a", notes);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open("glm-chat-drafts", 1);
      req.onsuccess = () => resolve(req.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction("trays", "readwrite");
      tx.objectStore("trays").put({ key: "a", at: 1, attachments: "nonsense", documents: [], texts: [] });
      tx.oncomplete = resolve;
    });
    db.close();
    expect(await readTray("a")).toBeNull();
    await writeTray("a", notes);
    expect(await readTray("a")).toEqual(notes);
  });

  it("the sweep keeps the listed drafts' files and removes the rest", async () => {
    await writeTray("kept", notes);
    await writeTray("deleted-chat", notes);
    await sweepTrays(() => new Set(["kept"]));
    expect(await readTray("kept")).toEqual(notes);
    expect(await readTray("deleted-chat")).toBeNull();
  });
});
