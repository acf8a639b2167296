import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chunksLoading } from "./chunk-loaders";

/**
 * Strings only these on-demand modules carry: the message view (components/chat/message.tsx), the
 * Markdown renderer (components/markdown/markdown-block.tsx) and the request path
 * (lib/chat/stream-client.ts, through lib/chat/turn-request.ts). A page fetches them when first
 * needed, so the service worker cannot learn them from the shell's HTML; offline, a chat that had
 * not needed them yet could not show a message (pwa.spec checks it can).
 */
const ON_DEMAND_MARKERS = ['"message-assistant"', "md-table-continued", "Could not reach the GLM Chat server"];

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
      cached = chunksLoading(ON_DEMAND_MARKERS, chunks).map((name) => `/_next/static/chunks/${name}`);
    } catch {
      cached = [];
    }
  }
  return cached;
}
