import { afterEach, describe, expect, it, vi } from "vitest";
import { downloadBlob } from "./download";

describe("downloadBlob", () => {
  afterEach(() => vi.unstubAllGlobals());
  it("clicks a temporary link named after the file, removes it, and revokes the URL later", () => {
    vi.useFakeTimers();
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    const body = new Set<unknown>();
    const anchor = {
      href: "",
      download: "",
      click() {
        clicked.push({ href: this.href, download: this.download, attached: body.has(this) });
      },
      remove() {
        body.delete(this);
      },
    };
    const revoke = vi.fn();
    vi.stubGlobal("document", { createElement: () => anchor, body: { append: (a: unknown) => body.add(a) } });
    vi.stubGlobal("URL", { createObjectURL: () => "blob:x", revokeObjectURL: revoke });
    downloadBlob(new Blob(["hi"]), "notes.md");
    // Firefox ignores clicks on links outside the document: it must be attached while clicked.
    expect(clicked).toEqual([{ href: "blob:x", download: "notes.md", attached: true }]);
    expect(body.size).toBe(0);
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith("blob:x");
    vi.useRealTimers();
  });
});
