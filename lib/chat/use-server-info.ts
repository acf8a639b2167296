"use client";

import { useSyncExternalStore } from "react";
import { z } from "zod/mini";
import { MODELS, type ModelInfo } from "@/lib/glm/models";

const infoSchema = z.object({
  models: z.array(z.custom<ModelInfo>((v) => typeof v === "object" && v !== null && "id" in v)),
  demo: z.boolean(),
  /** Z.ai's built-in web search is available (text models only). */
  webSearch: z.optional(z.boolean()),
  limits: z.object({ videoMb: z.number(), bodyMb: z.number() }),
});
export type ServerInfo = z.infer<typeof infoSchema>;

const fallback: ServerInfo = { models: [...MODELS], demo: false, limits: { videoMb: 50, bodyMb: 40 } };

// One read per page, shared by every component that asks. A plain external store rather than a
// query cache: seven components read it on the first screen, and a query observer each (on the
// server too) cost more than the whole feature needs. Retried once, like the query it replaces.
let info: ServerInfo = fallback;
let started = false;
const listeners = new Set<() => void>();

async function read(attempt = 0): Promise<void> {
  try {
    info = infoSchema.parse(await (await fetch("/api/models")).json());
    for (const listener of listeners) listener();
  } catch {
    if (attempt === 0) await read(1);
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    void read();
  }
  return () => listeners.delete(listener);
}

const current = () => info;
const onServer = () => fallback;

/** The model catalogue and server caps (the static catalogue until /api/models answers). */
export function useServerInfo(): ServerInfo {
  return useSyncExternalStore(subscribe, current, onServer);
}

/** The open model's metadata: the server's list first (self-hosted names), then the catalogue. */
export function useModelInfo(id: string): ModelInfo | undefined {
  const { models } = useServerInfo();
  return models.find((m) => m.id === id) ?? MODELS.find((m) => m.id === id);
}
