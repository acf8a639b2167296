import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** Browser profiles written by earlier versions of the app (test/fixtures/profile-*.json; see its README). */
export interface Profile {
  indexedDB: { name: string; version: number; stores: Record<string, Record<string, unknown>[]> };
  localStorage: Record<string, string>;
}

export function readProfile(file: string): Profile {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/${file}`, import.meta.url), "utf8")) as Profile;
}

/**
 * Replaces the origin's database with the profile, at the profile's own version, and sets its
 * localStorage. The page is left on /api/health: open the app next, and its migrations run.
 */
export async function installProfile(page: Page, profile: Profile): Promise<void> {
  // The profile goes in at its own version, from a page of the origin that runs no app code;
  // opening the app then upgrades it (v3: answer versions link each message to the one before).
  if (profile.indexedDB.version !== 2) throw new Error("installProfile knows the version 2 layout only");
  await page.goto("/api/health");
  await page.evaluate(async (profile) => {
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.deleteDatabase(profile.indexedDB.name);
      r.onsuccess = () => resolve();
      r.onerror = () => reject(r.error);
    });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(profile.indexedDB.name, profile.indexedDB.version);
      // The layout version 2 shipped with (docs/decisions/indexeddb-layout.md), frozen here on purpose.
      r.onupgradeneeded = () => {
        const db = r.result;
        db.createObjectStore("conversations", { keyPath: "id" }).createIndex("byUpdatedAt", "updatedAt");
        db.createObjectStore("messages", { keyPath: ["conversationId", "id"] }).createIndex("byConversation", ["conversationId", "createdAt"]);
        const attachments = db.createObjectStore("attachments", { keyPath: ["conversationId", "id"] });
        attachments.createIndex("byConversation", "conversationId");
        attachments.createIndex("byMessage", ["conversationId", "messageId"]);
        db.createObjectStore("quarantine", { keyPath: "qid", autoIncrement: true });
      };
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const stores = Object.keys(profile.indexedDB.stores);
    const tx = db.transaction(stores, "readwrite");
    for (const store of stores) {
      for (const record of profile.indexedDB.stores[store]) {
        const blob = record.blob as { $blob: string; type: string } | undefined;
        const bytes = blob ? Uint8Array.from(atob(blob.$blob), (c) => c.charCodeAt(0)) : null;
        tx.objectStore(store).put(blob && bytes ? { ...record, blob: new Blob([bytes], { type: blob.type }) } : record);
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    for (const [key, value] of Object.entries(profile.localStorage)) localStorage.setItem(key, value);
  }, profile);
}
