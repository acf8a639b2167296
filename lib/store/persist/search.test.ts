import { beforeEach, describe, expect, it } from "vitest";
import { deleteConversation, putConversation, renameConversation } from "./conversations";
import { CHANNEL_NAME } from "./sync";
import { putMessage } from "./messages";
import { searchConversations, warmSearchIndex } from "./search";
import { findRanges, fold, indexConversation, searchIndex, type IndexedConversation } from "./search-core";
import { freshDb, makeConversation, makeMessage } from "@/test/persist";

describe("search core", () => {
  it("folds case without changing length (ranges stay valid)", () => {
    expect(fold("İstanbul ABC")).toHaveLength("İstanbul ABC".length);
    expect(fold("ÄBC")).toBe("äbc");
  });

  it("merges overlapping ranges of several terms", () => {
    expect(findRanges("banana band", ["ban", "ana"])).toEqual([
      { start: 0, end: 6 },
      { start: 7, end: 10 },
    ]);
  });

  it("requires every term, highlights title and snippet, newest first", () => {
    const entries = [
      indexConversation({ id: "a", title: "Python errors", updatedAt: 1 }, [
        { id: "m1", content: "How do I fix a KeyError in Python?" },
      ]),
      indexConversation({ id: "b", title: "Cooking", updatedAt: 2 }, [
        { id: "m2", content: "A python ate my keyerror recipe" },
      ]),
      indexConversation({ id: "c", title: "Python only", updatedAt: 3 }, []),
    ];
    const results = searchIndex(entries, "keyerror PYTHON");
    expect(results.map((r) => r.conversationId)).toEqual(["b", "a"]);
    const a = results[1];
    expect(a.titleRanges).toEqual([{ start: 0, end: 6 }]);
    expect(a.snippets[0].messageId).toBe("m1");
    const highlighted = a.snippets[0].ranges.map((r) => a.snippets[0].text.slice(r.start, r.end));
    expect(highlighted).toEqual(["KeyError", "Python"]);
    expect(searchIndex(entries, "   ")).toEqual([]);
  });

  it("cuts the snippet from the message that best matches: all terms, closest together, else the most terms", () => {
    const messages = Array.from({ length: 28 }, (_, i) => ({ id: `m${i + 1}`, content: `question ${i + 1} about msg${i + 1}` }));
    const [result] = searchIndex([indexConversation({ id: "c", title: "Quiz", updatedAt: 1 }, messages)], "question 27");
    const snippet = result.snippets[0];
    expect(snippet.messageId).toBe("m27");
    expect(snippet.text).toBe("question 27 about msg27");
    expect(snippet.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(["question", "27", "27"]);

    const far = `alpha ${"filler ".repeat(30)}beta`;
    const close = `${"filler ".repeat(30)}alpha beta ${"filler ".repeat(30)}`;
    const [closer] = searchIndex([indexConversation({ id: "d", title: "t", updatedAt: 1 }, [{ id: "far", content: far }, { id: "close", content: close }])], "beta alpha", { snippetRadius: 10 });
    expect(closer.snippets.map((s) => s.messageId)).toEqual(["close", "far"]);
    expect(closer.snippets[0].text).toMatch(/^….* alpha beta .*…$/);

    const [most] = searchIndex([indexConversation({ id: "e", title: "t", updatedAt: 1 }, [{ id: "one", content: "alpha" }, { id: "two", content: "beta and gamma" }])], "alpha beta gamma");
    expect(most.snippets.map((s) => s.messageId)).toEqual(["two", "one"]);
  });

  it("keeps the whole best stretch in the snippet when its terms are far apart", () => {
    const content = `${"lead ".repeat(20)}alpha ${"middle ".repeat(12)}omega ${"tail ".repeat(20)}`;
    const [result] = searchIndex([indexConversation({ id: "x", title: "t", updatedAt: 0 }, [{ id: "m", content }])], "omega alpha", { snippetRadius: 10 });
    const snippet = result.snippets[0];
    expect(snippet.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(["alpha", "omega"]);
  });

  it("never shows GLM markup in snippets (box tokens, special tokens)", () => {
    const content = "The button is <|begin_of_box|>[[281,479]]<|end_of_box|> here, next to save<|user|>";
    const [result] = searchIndex([indexConversation({ id: "x", title: "t", updatedAt: 0 }, [{ id: "m", content }])], "button");
    expect(result.snippets[0].text).not.toMatch(/<\||\|>/);
    expect(result.snippets[0].text).toContain("[[281,479]]");
    expect(searchIndex([indexConversation({ id: "x", title: "t", updatedAt: 0 }, [{ id: "m", content }])], "begin_of_box")).toEqual([]);
  });

  it("shows a question's text files by name and text, not as the fenced blocks they were sent in", () => {
    const content = "File: notes.txt\n```txt\nhello shapes\n```\n\nWhat shapes?";
    const index = [indexConversation({ id: "x", title: "t", updatedAt: 0 }, [{ id: "m", content, role: "user", textFiles: 1 }])];
    const [result] = searchIndex(index, "shapes");
    expect(result.snippets[0].text).toBe("What shapes? notes.txt: hello shapes");
    expect(searchIndex(index, "```")).toEqual([]);
    // An answer that happens to look like a file block is the answer's own text, read as rendered.
    const [answer] = searchIndex([indexConversation({ id: "y", title: "t", updatedAt: 0 }, [{ id: "a", content, role: "assistant" }])], "shapes");
    expect(answer.snippets[0].text).toBe("File: notes.txt hello shapes  What shapes?");
  });

  it("shows an answer's words as rendered, never its markdown", () => {
    const content = "## Steps\n\n1. Open **Settings** and pick `Storage`.\n2. See [the guide](https://example.com/guide) for more.\n\n| Key | Value |\n|---|---|\n| size | 4 GB |";
    const index = [indexConversation({ id: "x", title: "t", updatedAt: 0 }, [{ id: "a", content, role: "assistant" }])];
    expect(searchIndex(index, "settings")[0].snippets[0].text).toBe("Steps  Open Settings and pick Storage. See the guide for more.  Key · Value size · 4 GB");
    // Matching runs on the stored text (cheap to index); what is shown never holds the link target.
    expect(searchIndex(index, "example.com").flatMap((r) => r.snippets)).toEqual([]);
    expect(searchIndex(index, "size")[0].snippets[0].text).toContain("size · 4 GB");
  });

  it("leaves out list bullets, task boxes, footnote marks and underscore emphasis, keeping snake_case", () => {
    const content = "A paragraph with _italic_ and a note[^1].\n- first item\n1. nested ordered\n- [x] done task\n* [ ] open task\nCall my_var_name here.";
    const [result] = searchIndex([indexConversation({ id: "x", title: "t", updatedAt: 0 }, [{ id: "a", content, role: "assistant" }])], "paragraph", { snippetRadius: 200 });
    expect(result.snippets[0].text).toBe("A paragraph with italic and a note. first item nested ordered done task open task Call my_var_name here.");
  });

  it("begins and ends a snippet at a word, not inside one", () => {
    const content = `${"word ".repeat(30)}the needle sits here ${"more words ".repeat(30)}`;
    const [result] = searchIndex([indexConversation({ id: "x", title: "t", updatedAt: 0 }, [{ id: "m", content }])], "needle", { snippetRadius: 13 });
    expect(result.snippets[0].text).toMatch(/^…(word )+the needle/);
    expect(result.snippets[0].text).toMatch(/ (more|words)…$/);
    const [chinese] = searchIndex([indexConversation({ id: "y", title: "t", updatedAt: 0 }, [{ id: "m", content: `${"中文".repeat(40)}关键词${"内容".repeat(40)}` }])], "关键词", { snippetRadius: 5 });
    // No spaces to cut at: cut where the radius says.
    expect(chinese.snippets[0].text).toBe(`…文中文中文关键词${"内容".repeat(5)}…`);
  });

  it("leaves out a snippet that only repeats the title (the first question became it)", () => {
    const [result] = searchIndex(
      [indexConversation({ id: "x", title: "Explain  closures", updatedAt: 0 }, [
        { id: "q", content: "Explain\nclosures", role: "user" },
        { id: "a", content: "Closures keep their scope.", role: "assistant" },
      ])],
      "closures",
    );
    expect(result.snippets.map((s) => s.messageId)).toEqual(["a"]);
  });

  it("cuts long messages into a snippet around the hit with an ellipsis", () => {
    const long = `${"a".repeat(500)} needle ${"b".repeat(500)}`;
    const [result] = searchIndex([indexConversation({ id: "x", title: "t", updatedAt: 0 }, [{ id: "m", content: long }])], "needle", {
      snippetRadius: 10,
    });
    const snippet = result.snippets[0];
    expect(snippet.text.startsWith("…")).toBe(true);
    expect(snippet.text.length).toBeLessThan(60);
    expect(snippet.text.slice(snippet.ranges[0].start, snippet.ranges[0].end)).toBe("needle");
  });

  it("searches 5,000 conversations (about 50,000 messages) correctly", () => {
    const words = ["render", "image", "python", "error", "grounding", "box", "click", "model", "stream", "token"];
    const entries: IndexedConversation[] = [];
    for (let c = 0; c < 5000; c += 1) {
      const messages = Array.from({ length: 10 }, (_, m) => ({
        id: `m${m}`,
        content: Array.from({ length: 60 }, (_, w) => words[(c * 7 + m * 3 + w) % words.length]).join(" ") + ` #${c}-${m}`,
      }));
      entries.push(indexConversation({ id: `c${c}`, title: `Chat ${c} about ${words[c % 10]}`, updatedAt: c }, messages));
    }
    const none = searchIndex(entries, "zebra");
    const few = searchIndex(entries, "#4321-7");
    const many = searchIndex(entries, "python grounding");
    expect(none).toEqual([]);
    expect(few.map((r) => r.conversationId)).toEqual(["c4321"]);
    expect(many.length).toBe(200);
  });
});

describe("searchConversations over IndexedDB", () => {
  beforeEach(async () => {
    await freshDb();
  });

  it("finds titles and message text and follows later writes, renames and deletes", async () => {
    await putConversation(makeConversation("c1", { title: "Trip planning" }));
    await putMessage("c1", makeMessage("m1", { content: "Best trains from Zurich to Milan" }));
    await putConversation(makeConversation("c2", { title: "Recipes" }));
    expect(await warmSearchIndex()).toBe(2);

    expect((await searchConversations("zurich")).map((r) => r.conversationId)).toEqual(["c1"]);
    expect((await searchConversations("trip")).map((r) => r.conversationId)).toEqual(["c1"]);

    await putMessage("c2", makeMessage("m2", { content: "Risotto alla milanese" }));
    expect((await searchConversations("milan")).map((r) => r.conversationId).sort()).toEqual(["c1", "c2"]);

    await renameConversation("c2", "Dinner ideas");
    expect((await searchConversations("dinner"))[0].titleRanges).toEqual([{ start: 0, end: 6 }]);

    await deleteConversation("c1");
    expect((await searchConversations("milan")).map((r) => r.conversationId)).toEqual(["c2"]);
  });

  it("a search asked while another re-reads a changed chat waits for it (both find the chat)", async () => {
    await putConversation(makeConversation("c1", { title: "Alpha" }));
    await warmSearchIndex();
    await putConversation(makeConversation("c2", { title: "Alpha again" }));
    // The first search starts re-reading c2; the second is asked before that read ends.
    const [first, second] = await Promise.all([searchConversations("alpha"), searchConversations("alpha")]);
    expect(first.map((r) => r.conversationId).sort()).toEqual(["c1", "c2"]);
    expect(second.map((r) => r.conversationId).sort()).toEqual(["c1", "c2"]);
  });

  it("picks up a change announced by another tab", async () => {
    await putConversation(makeConversation("c1", { title: "Alpha" }));
    await warmSearchIndex();
    // Another tab writes directly to the shared database and broadcasts.
    const { getDb, STORES } = await import("./db");
    const db = await getDb();
    const tx = db.transaction([STORES.conversations], "readwrite");
    tx.objectStore(STORES.conversations).put(makeConversation("c1", { title: "Omega" }));
    await new Promise((resolve) => (tx.oncomplete = resolve));
    const listener = new BroadcastChannel(CHANNEL_NAME);
    const delivered = new Promise((resolve) => (listener.onmessage = resolve));
    const poster = new BroadcastChannel(CHANNEL_NAME);
    poster.postMessage({ type: "conversation-changed", id: "c1", source: "other-tab" });
    await delivered;
    listener.close();
    poster.close();
    expect((await searchConversations("omega")).map((r) => r.conversationId)).toEqual(["c1"]);
  });
});
