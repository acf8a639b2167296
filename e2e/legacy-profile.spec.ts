import { readFileSync } from "node:fs";
import { expect, test } from "./support/chat-page";
import { recordedRequests } from "./support/stand-in-client";

/**
 * Nothing a user saved is lost: a profile written by the app before the renovation (made with
 * that version's own persistence code, see test/fixtures/README.md) opens unchanged in this
 * build, and the conversation goes on.
 */
const profile = JSON.parse(readFileSync(new URL("../test/fixtures/profile-v2.json", import.meta.url), "utf8"));

test("an old profile's conversations, image, settings and shared links open, and the chat goes on", async ({ chat, page }) => {
  await chat.goto();
  // A normal build carries no benchmark hooks (they exist only in bench builds, scripts/bench.mjs).
  expect(await page.evaluate(() => "__glmBench" in window)).toBe(false);
  // The profile goes in at its own version (2), from a page of the origin that runs no app code;
  // opening the app then upgrades it (v3: answer versions link each message to the one before).
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
        const blob = record.blob;
        const bytes = blob ? Uint8Array.from(atob(blob.$blob), (c) => c.charCodeAt(0)) : null;
        tx.objectStore(store).put(bytes ? { ...record, blob: new Blob([bytes], { type: blob.type }) } : record);
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    for (const [key, value] of Object.entries(profile.localStorage as Record<string, string>)) localStorage.setItem(key, value);
  }, profile);
  await chat.goto();
  expect(await page.evaluate(() => indexedDB.databases().then((all) => all.find((d) => d.name === "glm-chat")?.version))).toBe(3);

  // The remembered settings apply to a new chat.
  await expect(page.getByTestId("model-picker")).toHaveAttribute("data-value", "glm-4.6");
  await expect(page.getByTestId("thinking-toggle")).toHaveAttribute("aria-checked", "false");
  await expect(chat.conversationItem("Where is Save?")).toHaveCount(1);
  await expect(chat.conversationItem("A story")).toHaveCount(1);

  await chat.gotoConversation("conv-vision");
  await expect(page.getByTestId("message-user").first().getByTestId("attachment-thumb")).toHaveCount(1);
  await expect(page.getByTestId("message-assistant").first()).toContainText("Save changes");
  await expect(page.getByTestId("model-picker")).toHaveAttribute("data-value", "glm-4.5v");

  const before = (await recordedRequests()).length;
  await chat.ask("And the Cancel button?");
  await expect(page.getByTestId("message-assistant")).toHaveCount(2);
  const sent = (await recordedRequests()).slice(before).find((r) => JSON.stringify(r.body).includes("And the Cancel button?"));
  // The old image went upstream again with the follow-up.
  expect(JSON.stringify(sent?.body)).toContain("image_url");

  await page.getByTestId("shared-links-button").click();
  await expect(page.getByTestId("shared-links-panel").locator('[data-share-id="AbCdEfGhIjKl"]')).toBeVisible();

  await chat.gotoConversation("conv-text");
  await expect(page.getByTestId("message-assistant").first()).toHaveAttribute("data-status", "interrupted");
});
