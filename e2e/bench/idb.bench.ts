/**
 * The IndexedDB plumbing: our promise helpers (lib/store/persist/idb.ts, 84 lines) against the
 * `idb` library, in Chromium on the same work: the app's write shape (one transaction reading the
 * conversation and putting a message, an attachment record and the conversation) and its read
 * shape (getAll of a 500-message conversation through an index). Also the gzipped size each adds.
 * The decision it supports: docs/decisions/idb.md.
 */
import { FULL_CHROMIUM } from "../support/browser-paths.mjs";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, report } from "./harness";

const PORT = 3000 + Number(process.env.E2E_PORT_OFFSET ?? 0) + 1411;

const entry = `
import { openDB } from "idb";
import { request, writeTx, readTx } from "./lib/store/persist/idb";
window.__benchIdb = { openDB, request, writeTx, readTx };
`;

async function bundle(contents: string): Promise<string> {
  const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: "ts" }, bundle: true, write: false, format: "iife", minify: true });
  return out.outputFiles[0].text;
}

async function gz(contents: string): Promise<number> {
  return gzipSync(await bundle(contents)).length;
}

async function main() {
  const script = await bundle(entry);
  const server = createServer((_req, res) => {
    res.setHeader("Content-Type", "text/html");
    // tsx keeps function names with a __name helper that page.evaluate code does not carry.
    res.end(`<!doctype html><script>window.__name = (f) => f;</script><script>${script}</script>`);
  }).listen(PORT, "127.0.0.1");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? FULL_CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const figures = await page.evaluate(async () => {
      const w = window as any;
      const { openDB, request, writeTx, readTx } = w.__benchIdb;
      const setup = (db: IDBDatabase) => {
        db.createObjectStore("conversations", { keyPath: "id" });
        db.createObjectStore("messages", { keyPath: ["conversationId", "id"] }).createIndex("byConversation", ["conversationId", "createdAt"]);
        db.createObjectStore("attachments", { keyPath: ["conversationId", "id"] });
      };
      const message = (i: number) => ({ conversationId: "c", id: `m${i}`, role: "user", content: `Message ${i} ${"lorem ipsum ".repeat(40)}`, createdAt: i, status: "done" });
      const N = 300;
      const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

      // Ours: raw IndexedDB with the app's helpers.
      const raw: IDBDatabase = await new Promise((resolve, reject) => {
        const r = indexedDB.open("bench-raw", 1);
        r.onupgradeneeded = () => setup(r.result);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await writeTx(raw, ["conversations"], (tx: IDBTransaction) => request(tx.objectStore("conversations").put({ id: "c", updatedAt: 0 })));
      const oursWrite: number[] = [];
      for (let i = 0; i < N; i++) {
        const t0 = performance.now();
        await writeTx(raw, ["conversations", "messages", "attachments"], async (tx: IDBTransaction) => {
          const conv = await request(tx.objectStore("conversations").get("c"));
          tx.objectStore("messages").put(message(i));
          await request(tx.objectStore("attachments").count(["c", `a${i}`]));
          tx.objectStore("conversations").put({ ...conv, updatedAt: i });
        });
        oursWrite.push(performance.now() - t0);
      }
      const oursRead: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t0 = performance.now();
        await readTx(raw, ["messages"], (tx: IDBTransaction) => request(tx.objectStore("messages").index("byConversation").getAll(IDBKeyRange.bound(["c", -Infinity], ["c", Infinity]))));
        oursRead.push(performance.now() - t0);
      }

      // idb.
      const lib = await openDB("bench-idb", 1, { upgrade: (db: any) => setup(db as unknown as IDBDatabase) });
      await lib.put("conversations", { id: "c", updatedAt: 0 });
      const idbWrite: number[] = [];
      for (let i = 0; i < N; i++) {
        const t0 = performance.now();
        const tx = lib.transaction(["conversations", "messages", "attachments"], "readwrite");
        const conv = await tx.objectStore("conversations").get("c");
        tx.objectStore("messages").put(message(i));
        await tx.objectStore("attachments").count(["c", `a${i}`]);
        tx.objectStore("conversations").put({ ...conv, updatedAt: i });
        await tx.done;
        idbWrite.push(performance.now() - t0);
      }
      const idbRead: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t0 = performance.now();
        await lib.getAllFromIndex("messages", "byConversation", IDBKeyRange.bound(["c", -Infinity], ["c", Infinity]));
        idbRead.push(performance.now() - t0);
      }
      return { oursWrite: median(oursWrite), idbWrite: median(idbWrite), oursRead: median(oursRead), idbRead: median(idbRead) };
    });
    const oursGz = await gz(`import * as m from "./lib/store/persist/idb"; window.m = m;`);
    const idbGz = await gz(`import * as m from "idb"; window.m = m;`);
    console.log("\nIndexedDB plumbing: lib/store/persist/idb.ts vs idb (Chromium, median)");
    report("ours: one message write transaction", `${figures.oursWrite.toFixed(2)} ms`, "reference", true);
    report("idb: one message write transaction", `${figures.idbWrite.toFixed(2)} ms`, `<= ${(figures.oursWrite * 1.1).toFixed(2)} ms`, figures.idbWrite <= figures.oursWrite * 1.1);
    report("ours: read 300 messages by index", `${figures.oursRead.toFixed(2)} ms`, "reference", true);
    report("idb: read 300 messages by index", `${figures.idbRead.toFixed(2)} ms`, `<= ${(figures.oursRead * 1.1).toFixed(2)} ms`, figures.idbRead <= figures.oursRead * 1.1);
    report("ours: gzipped size", `${oursGz} B`, "reference", true);
    report("idb: gzipped size", `${idbGz} B`, `<= ${oursGz} B`, idbGz <= oursGz);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
