import { describe, expect, it } from "vitest";
import { textFilePartText } from "./documents";
import { questionCopyText, splitFileBlocks, withFiles, withTypedText } from "./text-file-blocks";

const block = (name: string, text: string, truncated = false) => textFilePartText({ name, text, truncated, chars: text.length });

/** splitFileBlocks without each file's `block` (tested on its own below). */
function read(content: string, count?: number) {
  const { files, typed } = splitFileBlocks(content, count);
  return { files: files.map(({ name, lines, truncated, text }) => ({ name, lines, truncated, text })), typed };
}

describe("splitFileBlocks", () => {
  it("reads back the files the composer put before the typed text", () => {
    const content = [block("data.csv", "a,b\n1,2\n3,4"), block("notes.md", "has ``` inside", true), "Sum the columns\nplease"].join("\n\n");
    expect(read(content)).toEqual({
      files: [
        { name: "data.csv", lines: 3, truncated: false, text: "a,b\n1,2\n3,4" },
        { name: "notes.md", lines: 1, truncated: true, text: "has ``` inside" },
      ],
      typed: "Sum the columns\nplease",
    });
  });

  it("leaves a message without file blocks, or typed text that merely starts with 'File:', as it is", () => {
    expect(read("Hello")).toEqual({ files: [], typed: "Hello" });
    const typed = "File: report.txt\nis where I keep it";
    expect(read(typed)).toEqual({ files: [], typed });
    expect(read(block("only.txt", "x"))).toEqual({ files: [{ name: "only.txt", lines: 1, truncated: false, text: "x" }], typed: "" });
  });
});

describe("splitFileBlocks on an empty file", () => {
  it("reads it as a file of no lines", () => {
    expect(read(`${block("empty.txt", "")}\n\nHi`)).toEqual({ files: [{ name: "empty.txt", lines: 0, truncated: false, text: "" }], typed: "Hi" });
  });
});

describe("withTypedText", () => {
  it("replaces what was typed and keeps the file blocks byte for byte", () => {
    const files = [block("data.csv", "a,b\n1,2"), block("notes.md", "x", true)].join("\n\n");
    expect(withTypedText(`${files}\n\nSum it`, "Average it")).toBe(`${files}\n\nAverage it`);
    expect(withTypedText(files, "Now a question")).toBe(`${files}\n\nNow a question`);
    expect(withTypedText(`${files}\n\nSum it`, "  ")).toBe(files);
    expect(read(withTypedText(`${files}\n\nSum it`, "Average it"))).toEqual({ files: read(files).files, typed: "Average it" });
  });

  it("is the new text when the message had no files", () => {
    expect(withTypedText("Hello", "Hi")).toBe("Hi");
  });
});

describe("a text file holding fences of its own", () => {
  it("is read back whole, however long its backtick runs", () => {
    const text = "intro\n```\ncode\n```\n````\nfour\n````\nend";
    const content = `${block("guide.md", text)}\n\nWhat does it say?`;
    expect(read(content)).toEqual({ files: [{ name: "guide.md", lines: 8, truncated: false, text }], typed: "What does it say?" });
  });
});

describe("splitFileBlocks with the message's own count", () => {
  it("reads as many blocks as the message says, so typed text that looks like one stays text", () => {
    const typed = "File: app.ts\n```ts\nconst a = 1;\n```\n\nWhy does this fail?";
    expect(read(typed, 0)).toEqual({ files: [], typed });
    const content = `${block("data.csv", "a,b")}\n\n${typed}`;
    expect(read(content, 1)).toEqual({ files: [{ name: "data.csv", lines: 1, truncated: false, text: "a,b" }], typed });
    // Without a count (a question stored before it was kept) both are read by shape.
    expect(splitFileBlocks(content).files.map((f) => f.name)).toEqual(["data.csv", "app.ts"]);
    expect(withTypedText(content, "Now?", 1)).toBe(`${block("data.csv", "a,b")}\n\nNow?`);
  });
});

describe("questionCopyText", () => {
  it("is what was typed, or the files' own text when nothing was", () => {
    const files = [block("a.txt", "alpha file\n"), block("b.md", "# B")].join("\n\n");
    expect(questionCopyText(`${files}\n\nCompare them`, 2)).toBe("Compare them");
    expect(questionCopyText(files, 2)).toBe("alpha file\n\n# B");
    expect(questionCopyText("Just a question", 0)).toBe("Just a question");
  });
});

describe("withFiles (the editor took some files out)", () => {
  it("keeps the chosen blocks exactly as they were sent, then what was typed", () => {
    const a = block("a.txt", "alpha\n");
    const b = block("b.csv", "x,y", true);
    const { files } = splitFileBlocks([a, b, "Compare"].join("\n\n"), 2);
    expect(files.map((f) => f.block)).toEqual([a, b]);
    expect(withFiles([files[1]], "Only b")).toBe(`${b}\n\nOnly b`);
    expect(withFiles([], "Nothing attached")).toBe("Nothing attached");
    expect(withFiles(files, " ")).toBe(`${a}\n\n${b}`);
    expect(splitFileBlocks(withFiles([files[1]], "Only b"), 1).files[0]).toEqual(files[1]);
  });
});
