import "server-only";
import { AppError } from "@/lib/errors";
import { catalogueModels, describeModel, describeServed, parseModelsSetting, readModelIds } from "@/lib/glm/model-list";
import { DEFAULT_MODEL_ID, findModel, type ModelInfo } from "@/lib/glm/models";
import { readFileSync } from "node:fs";
import { parsePriceFile, parsePrices, priceOf, type Price } from "@/lib/glm/prices";
import type { Env } from "./env-schema";

const CACHE_MS = 60_000;
const FAILED_CACHE_MS = 10_000;
const TIMEOUT_MS = 3_000;

let cache: { key: string; until: number; models: Promise<ModelInfo[]> } | undefined;

/**
 * The models this server offers. Z.ai (and demo mode): the catalogue. Self-hosted
 * (ZAI_PROTOCOL=openai): ZAI_MODELS when set, else the server's own `GET {base}/models`, cached
 * briefly; when that fails or is empty, the catalogue, so the app stays usable.
 */
export function listModels(env: Env): Promise<ModelInfo[]> {
  if (env.ZAI_PROTOCOL !== "openai" || !env.ZAI_API_KEY) return Promise.resolve(catalogueModels());
  if (env.ZAI_MODELS) return Promise.resolve(parseModelsSetting(env.ZAI_MODELS));
  const key = env.ZAI_BASE_URL;
  if (cache && cache.key === key && cache.until > Date.now()) return cache.models;
  const entry = { key, until: Date.now() + CACHE_MS, models: fetchServed(env) };
  cache = entry;
  entry.models.then((list) => {
    if (list === FALLBACK) entry.until = Date.now() + FAILED_CACHE_MS;
  });
  return entry.models;
}

const FALLBACK = catalogueModels();

async function fetchServed(env: Env): Promise<ModelInfo[]> {
  try {
    const response = await fetch(`${env.ZAI_BASE_URL}/models`, {
      headers: { Authorization: `Bearer ${env.ZAI_API_KEY}`, Accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) return FALLBACK;
    const ids = readModelIds(await response.json());
    return ids.length ? describeServed(ids) : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

export function defaultModelOf(models: ModelInfo[]): string {
  return models.some((m) => m.id === DEFAULT_MODEL_ID) ? DEFAULT_MODEL_ID : (models[0]?.id ?? DEFAULT_MODEL_ID);
}

/**
 * The metadata a request is checked against. On Z.ai only catalogue models are accepted, so a
 * client cannot choose what the key pays for; a self-hosted server decides for itself, so any
 * name goes, described from the list or from the name.
 */
export async function resolveModel(env: Env, id: string): Promise<ModelInfo> {
  const now = resolveModelNow(env, id);
  if (now) return now;
  const listed = (await listModels(env)).find((m) => m.id === id);
  return listed ?? describeModel(id);
}

/** `resolveModel` without a wait where none is needed (Z.ai: the catalogue); undefined when it must ask the server's list. */
export function resolveModelNow(env: Env, id: string): ModelInfo | undefined {
  if (env.ZAI_PROTOCOL !== "zai") return undefined;
  const known = findModel(id);
  if (!known) throw new AppError("bad_request", `Unknown model "${id.slice(0, 100)}". Pick a model from the list.`, 400);
  return known;
}

let priceFile: { path: string; prices: Record<string, Price> } | undefined;

/** The operator's price file, read once per path (checked at start by the env schema). */
function filePrices(path: string | undefined): Record<string, Price> {
  if (!path) return {};
  if (priceFile?.path !== path) priceFile = { path, prices: parsePriceFile(path, (p) => readFileSync(p, "utf8")) };
  return priceFile.prices;
}

export function priceFor(env: Env, model: string): Price | undefined {
  // The demo model spends nothing: a price there would show a cost nobody pays.
  if (!env.ZAI_API_KEY) return undefined;
  return priceOf(model, overridesFor(env), env.ZAI_PROTOCOL === "zai");
}

let overrides: { env: Env; prices: Record<string, Price> } | undefined;

/** The file's prices under MODEL_PRICES', merged once per configuration rather than per chat. */
function overridesFor(env: Env): Record<string, Price> {
  if (overrides?.env !== env) overrides = { env, prices: { ...filePrices(env.MODEL_PRICES_FILE), ...(env.MODEL_PRICES ? parsePrices(env.MODEL_PRICES) : {}) } };
  return overrides.prices;
}
