import { describeModel } from "@/lib/glm/describe-model";
import { findModel, MODELS, type ModelInfo } from "@/lib/glm/models";

/**
 * The models this server serves, as the page last heard them (`/api/models`, asked after the first
 * screen; the catalogue until then). A self-hosted model is known here by its clean name and
 * abilities (`/mnt/models/GLM-4.6-FP8` is "GLM-4.6", text only) where the catalogue alone knows
 * nothing of it, so the composer, the request and the switches judge it as the server will.
 * ServerInfoProvider publishes each list it holds; ./model-facts.ts is the hook over it.
 */

let served: readonly ModelInfo[] = MODELS;
const listeners = new Set<() => void>();

export function publishServedModels(models: readonly ModelInfo[]): void {
  if (models === served) return;
  served = models;
  for (const listener of listeners) listener();
}

export function subscribeServedModels(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The server's entry first, then the catalogue's; undefined for a model neither knows (callers keep lenient defaults). */
export function servedModel(id: string): ModelInfo | undefined {
  return served.find((m) => m.id === id) ?? findModel(id);
}

/**
 * The name to show for a model id: the served name, else the catalogue's for a self-hosted
 * spelling of one of its ids, else the id's last path segment, never `/mnt/models/…` whole.
 */
export function modelNameOf(id: string): string {
  return served.find((m) => m.id === id)?.name ?? describeModel(id).name;
}
