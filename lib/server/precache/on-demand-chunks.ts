import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chunksLoading } from "./chunk-loaders";

/**
 * Strings only these on-demand modules carry, each beside its module (on-demand-chunks.test.ts
 * checks that the module has it and no other source does: one in a first-load module would mark
 * the shell's chunks, and every loader that lists them). A page fetches them when first needed, so the
 * service worker cannot learn them from the shell's HTML; offline, a chat that had not needed them
 * yet could not show a message, and a dialog not opened yet could not open (pwa.spec checks both).
 */
export const ON_DEMAND_MODULES: readonly { module: string; marker: string; alsoIn?: string[] }[] = [
  // The words of every page, in both languages: each is a chunk of its own, fetched at every start
  // (components/i18n/catalogue.ts), so without it an offline start whose HTTP cache was cleared
  // never hydrated. Marked by the catalogue's first key, as the bundle writes the JSON.
  { module: "lib/i18n/messages/en.json", marker: '{"brand":{"name":"GLM Chat"', alsoIn: ["lib/i18n/messages/zh.json"] },
  // Showing a message, its Markdown, sending.
  { module: "components/chat/message.tsx", marker: '"message-assistant"' },
  { module: "components/markdown/markdown-block.tsx", marker: "md-table-continued" },
  { module: "lib/chat/stream-client.ts", marker: "Could not reach the GLM Chat server" },
  // What a stored chat shows or opens: the editor, images large, a vision answer's overlay, pages.
  { module: "components/chat/message-editor.tsx", marker: '"message-editor"' },
  { module: "components/ui/lightbox.tsx", marker: '"image-lightbox"' },
  // The document viewer (page links open it too) carries the same test id and is fetched on demand.
  { module: "components/chat/attachments/attachment-viewer.tsx", marker: '"attachment-viewer"', alsoIn: ["components/vision/document-viewer.tsx"] },
  { module: "components/vision/vision-answer.tsx", marker: '"overlay-image-choice"' },
  { module: "components/chat/attachments/page-range-picker.tsx", marker: '"page-range-picker"' },
  { module: "components/agent/agent-panel.tsx", marker: '"agent-panel"' },
  // Dialogs and menus.
  { module: "components/settings/settings-panel.tsx", marker: '"settings-panel"' },
  { module: "components/settings/storage-meter.tsx", marker: '"storage-meter"' },
  { module: "components/chat/a11y/shortcuts-dialog.tsx", marker: '"shortcuts-dialog"' },
  { module: "components/share/share-dialog.tsx", marker: '"share-dialog"' },
  { module: "components/share/shared-links-dialog.tsx", marker: '"shared-links-panel"' },
  { module: "components/share/import-from-link.tsx", marker: '"import-dialog"' },
  { module: "components/chat/chat-params-dialog.tsx", marker: '"chat-params-panel"' },
  { module: "components/chat/export-menu-panel.tsx", marker: '"export-menu"' },
  { module: "components/chat/header-more-menu-panel.tsx", marker: '"more-menu"' },
  { module: "components/chat/model-menu.tsx", marker: '"model-abilities"' },
  { module: "components/chat/attachments/tools-menu.tsx", marker: '"composer-tools-menu"' },
  { module: "components/sidebar/search-results.tsx", marker: '"search-results"' },
  // A delete's Undo.
  { module: "components/sidebar/undo-toast-view.tsx", marker: '"undo-toast"' },
  // Not components, but what a button does: Export (and the damaged records' download), attaching
  // a file (preparing it, keeping it with the draft), and highlighting: the module that starts the
  // worker, and the worker with shiki's core, engine and themes (~45 KB gzip). Each language's
  // grammar is fetched when first needed; offline and never fetched, its block stays plain. The
  // main thread's fallback (no Worker) is not stored.
  { module: "lib/store/persist/export-markdown.ts", marker: "Untitled conversation" },
  { module: "lib/media/prepare-attachment.ts", marker: "glm:prepare-attachment" },
  { module: "lib/store/draft-files.ts", marker: "glm-chat-drafts" },
  { module: "lib/markdown/highlight-client.ts", marker: "highlight.worker" },
];

let cached: string[] | undefined;

/**
 * The URLs of those modules' chunks in this build, for the service worker to store while it
 * installs (public/sw.js reads them from `<meta name="glm-precache">`, app/layout.tsx). Read once
 * from the build's own files; empty where there is no build (dev).
 */
export function onDemandPrecache(): string[] {
  if (cached === undefined) {
    try {
      const dir = join(process.cwd(), ".next", "static", "chunks");
      const chunks = new Map(readdirSync(dir).filter((f) => f.endsWith(".js")).map((f) => [f, readFileSync(join(dir, f), "utf8")] as const));
      cached = chunksLoading(ON_DEMAND_MODULES.map((m) => m.marker), chunks).map((name) => `/_next/static/chunks/${name}`);
    } catch {
      cached = [];
    }
  }
  return cached;
}
