import { describe, expect, it } from "vitest";
import { useDraftStore } from "./draft-store";

const store = () => useDraftStore.getState();
const textFile = (name: string, text: string) => new File([text], name, { type: "text/plain" });
const names = () => store().texts.map((t) => t.part.name);

describe("the draft tray, one per chat", () => {
  it("keeps each chat's files, and a file still being read when the chat changes lands in its own chat", async () => {
    // Added before the page knew its address: the first chat takes it.
    const early = store().add([textFile("early.txt", "before the route")], 0);
    store().showTray("a");
    await early;
    expect(names()).toEqual(["early.txt"]);
    expect(store().pending).toBe(0);

    const reading = store().add([textFile("late.txt", "read while moving away")], 0);
    store().showTray("b");
    await reading;
    expect(names()).toEqual([]);
    expect(store().pending).toBe(0);

    store().showTray("a");
    expect(names()).toEqual(["early.txt", "late.txt"]);
    store().clear();
    store().showTray("b");
    store().showTray("a");
    expect(names()).toEqual([]);
  });

  it("a file refused while its chat is out of sight is reported when the chat is back", async () => {
    store().showTray("c");
    const refused = store().add([new File([], "blank.txt", { type: "text/plain" })], 0);
    store().showTray("d");
    await refused;
    expect(store().errors).toEqual([]);
    store().showTray("c");
    expect(store().errors).toHaveLength(1);
    expect(JSON.stringify(store().errors[0])).toContain("blank.txt");
  });

  it("a dropped tray (its chat deleted for good) is gone; the tray on screen is never dropped", async () => {
    store().showTray("e");
    await store().add([textFile("e.txt", "for a deleted chat")], 0);
    store().showTray("f");
    await store().add([textFile("f.txt", "on screen")], 0);
    store().dropTray("e");
    store().dropTray("f");
    expect(names()).toEqual(["f.txt"]);
    store().showTray("e");
    expect(names()).toEqual([]);
  });

  it("with a text-only model, text files are taken and other files refused by name", async () => {
    store().showTray("g");
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], "shot.png", { type: "image/png" });
    await store().add([png, textFile("g.txt", "readable")], 0, "GLM-4.6");
    expect(names()).toEqual(["g.txt"]);
    expect(store().attachments).toEqual([]);
    expect(store().errors).toEqual([expect.objectContaining({ file: "shot.png", code: "text_only", params: { model: "GLM-4.6" } })]);
    store().clearMedia();
    expect(names()).toEqual(["g.txt"]);
  });
});
