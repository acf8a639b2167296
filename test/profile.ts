/** Browser profiles written by earlier versions of the app (test/fixtures/profile-*.json), installed as they were. */
import { readFileSync } from "node:fs";
import { closeChatDb, openChatDb, openDatabase } from "@/lib/store/persist/db";
import { freshDb } from "./persist";

export type RawRecord = Record<string, unknown>;
export interface Profile {
  indexedDB: { name: string; version: number; stores: Record<string, RawRecord[]> };
  localStorage: Record<string, string>;
}

export function readProfile(file: string): Profile {
  return JSON.parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), "utf8")) as Profile;
}

const revive = (record: RawRecord): RawRecord => {
  const blob = record.blob as { $blob: string; type: string } | undefined;
  return blob ? { ...record, blob: new Blob([Buffer.from(blob.$blob, "base64")], { type: blob.type }) } : record;
};

/** Recreate a profile in a fresh fake IndexedDB, at its own version, then open it as the app does now (migrations run). */
export async function installProfile(profile: Profile): Promise<void> {
  const { factory } = await freshDb();
  closeChatDb();
  const name = `legacy-${Math.random()}`;
  const old = await openDatabase({ factory, name, version: profile.indexedDB.version });
  const stores = Object.keys(profile.indexedDB.stores);
  const tx = old.transaction(stores, "readwrite");
  for (const store of stores) for (const record of profile.indexedDB.stores[store]) tx.objectStore(store).put(revive(record));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  old.close();
  await openChatDb({ factory, name });
}
