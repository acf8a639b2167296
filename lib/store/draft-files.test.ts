import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import { deleteTray, readTray, setDraftFilesFactory, sweepTrays, writeFiles } from "./draft-files";

const notes = { id: "t1", order: 2, text: { id: "t1", part: { name: "notes.txt", text: "line one", truncated: false, chars: 8 } } };
const shot = {
  id: "a1",
  order: 1,
  attachment: { id: "a1", kind: "image" as const, mimeType: "image/png", name: "shot.png", size: 3, width: 1, height: 1, blob: new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }) },
};
const report = { id: "d1", order: 3, document: { id: "d1", name: "report.pdf", pageCount: 3, pages: [1, 3], rendered: [], overLimit: false, source: new Blob(["%PDF-1.7"]) } };

describe("a draft's stored files", () => {
  let factory: IDBFactory;
  beforeEach(() => {
    factory = new IDBFactory();
    setDraftFilesFactory(factory);
  });

  it("reads back what was written, bytes included, per draft and in the order stored", async () => {
    expect(await writeFiles("a", [notes, shot], [])).toBe(2);
    expect(await writeFiles("b", [report], [])).toBe(1);
    const a = await readTray("a");
    expect(a?.texts).toEqual([notes.text]);
    expect(a?.attachments.map((x) => x.name)).toEqual(["shot.png"]);
    expect(new Uint8Array(await a!.attachments[0].blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect([...a!.order]).toEqual([["a1", 1], ["t1", 2]]);
    const b = await readTray("b");
    expect(b?.documents[0]).toMatchObject({ name: "report.pdf", pages: [1, 3] });
    expect(await b!.documents[0].source.text()).toBe("%PDF-1.7");
    expect(await readTray("never")).toBeNull();
  });

  it("removes only the files named, and says how many the draft has left", async () => {
    await writeFiles("a", [notes, shot], []);
    // Another tab's file in the same draft stays when this tab removes its own.
    expect(await writeFiles("a", [], ["t1"])).toBe(1);
    expect((await readTray("a"))?.attachments).toHaveLength(1);
    expect(await writeFiles("a", [], ["a1"])).toBe(0);
    expect(await readTray("a")).toBeNull();
    await writeFiles("c", [notes, report], []);
    await deleteTray("c");
    expect(await readTray("c")).toBeNull();
  });

  it("a record this code did not write is dropped, not shown", async () => {
    await writeFiles("a", [notes, shot], []);
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = factory.open("glm-chat-drafts", 1);
      req.onsuccess = () => resolve(req.result);
    });
    await new Promise((resolve) => {
      const tx = db.transaction("files", "readwrite");
      tx.objectStore("files").put({ draft: "a", id: "a1", order: 1, attachment: "nonsense" });
      tx.oncomplete = resolve;
    });
    db.close();
    expect((await readTray("a"))?.attachments).toEqual([]);
    expect(await writeFiles("a", [], [])).toBe(1);
  });

  it("the sweep keeps the listed drafts' files and removes the rest", async () => {
    await writeFiles("kept", [notes], []);
    await writeFiles("deleted-chat", [notes], []);
    await sweepTrays(() => new Set(["kept"]));
    expect(await readTray("kept")).not.toBeNull();
    expect(await readTray("deleted-chat")).toBeNull();
  });
});
