import { describe, expect, it } from "vitest";
import { MAX_TEXT_CHARS, claimedMediaKind, classifyFile, decodeTextFile, officeRefusal, textFilePartText, unknownFileRefusal } from "./documents";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("classifyFile", () => {
  it("trusts the PDF magic over the name", () => {
    expect(classifyFile("scan.bin", "", bytes("%PDF-1.7\n"))).toBe("pdf");
    expect(classifyFile("a.pdf", "application/pdf", bytes("%PDF-1.4"))).toBe("pdf");
  });

  it("recognises Office files by name, type or OLE magic", () => {
    expect(classifyFile("r.docx", "", new Uint8Array([0x50, 0x4b, 3, 4]))).toBe("office");
    expect(classifyFile("x", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new Uint8Array([0x50, 0x4b]))).toBe("office");
    expect(classifyFile("old", "", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe("office");
  });

  it("takes text-like files, not binaries named like text", () => {
    expect(classifyFile("notes.md", "", bytes("# hi"))).toBe("text");
    expect(classifyFile("data", "application/json", bytes("{}"))).toBe("text");
    expect(classifyFile("main.rs", "", bytes("fn main() {}"))).toBe("text");
    expect(classifyFile("fake.txt", "text/plain", new Uint8Array([0x89, 0x50, 0, 0]))).toBe("media");
    expect(classifyFile("photo.png", "image/png", new Uint8Array([0x89, 0x50]))).toBe("media");
  });

  it("takes text by its bytes when its name says nothing the app knows (Makefile, nginx.conf.bak), never a binary so named", () => {
    expect(classifyFile("Makefile", "", bytes("all:\n\tcc -o app main.c\n"))).toBe("text");
    expect(classifyFile("nginx.conf.bak", "", bytes("server {\n  listen 80;\n}\n"))).toBe("text");
    expect(classifyFile("notes", "", bytes("日本語のメモ\r\n"))).toBe("text");
    // A UTF-8 character cut at the head's end is still text.
    expect(classifyFile("README", "", bytes("caf\u00e9").subarray(0, 4))).toBe("text");
    // Binaries: a zip, an MP3's tag, Latin-1 bytes, nothing at all.
    expect(classifyFile("archive", "", new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]))).toBe("media");
    expect(classifyFile("song", "", new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0]))).toBe("media");
    expect(classifyFile("latin1", "", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f]))).toBe("media");
    expect(classifyFile("empty", "", new Uint8Array())).toBe("media");
    // Named as an image, it keeps the image check's own words ("named as an image … holds text").
    expect(classifyFile("photo.jpg", "", bytes("just words"))).toBe("media");
  });
});

describe("claimedMediaKind", () => {
  it("reads an image or a video claim from the type, else from the name", () => {
    expect(claimedMediaKind("x.bin", "image/png")).toBe("image");
    expect(claimedMediaKind("x", "video/mp4")).toBe("video");
    expect(claimedMediaKind("Photo.JPG", "")).toBe("image");
    expect(claimedMediaKind("clip.mov", "")).toBe("video");
    expect(claimedMediaKind("backup.zip", "application/zip")).toBeUndefined();
    expect(claimedMediaKind("song.mp3", "audio/mpeg")).toBeUndefined();
  });
});

describe("text files", () => {
  it("decodes UTF-8, drops the BOM and refuses non-UTF-8", () => {
    expect(decodeTextFile("a.txt", new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toMatchObject({ text: "hi", truncated: false });
    expect(decodeTextFile("a.txt", new Uint8Array([0xff, 0xfe, 0x00]))).toBeNull();
  });

  it("caps long files and says so in the part", () => {
    const part = decodeTextFile("big.csv", bytes("x".repeat(MAX_TEXT_CHARS + 10)))!;
    expect(part.truncated).toBe(true);
    expect(part.text).toHaveLength(MAX_TEXT_CHARS);
    expect(textFilePartText(part)).toMatch(/^File: big\.csv\n```csv\n/);
    expect(textFilePartText(part)).toContain("[Cut: only the first 60,000 characters are included.]");
  });

  it("ends the block on the file's own final newline, with no blank line before the fence", () => {
    expect(textFilePartText({ name: "a.txt", text: "one\ntwo\n", truncated: false, chars: 8 })).toBe("File: a.txt\n```txt\none\ntwo\n```");
    expect(textFilePartText({ name: "a.txt", text: "one\ntwo", truncated: false, chars: 7 })).toBe("File: a.txt\n```txt\none\ntwo\n```");
  });

  it("uses a longer fence when the file holds one", () => {
    expect(textFilePartText({ name: "r.md", text: "```js\n1\n```", truncated: false, chars: 10 })).toBe("File: r.md\n````md\n```js\n1\n```\n````");
  });

  it("says to export Office files as PDF", () => {
    expect(officeRefusal("plan.xlsx")).toBe('"plan.xlsx" is an Excel file, which the model cannot read directly. Export it as PDF first (File › Export › PDF) and attach the PDF.');
  });

  it("names every kind the composer takes when a file is none of them", () => {
    const words = unknownFileRefusal("backup.zip");
    for (const kind of ["backup.zip", "image", "video", "PDF", "text file"]) expect(words).toContain(kind);
  });
});
