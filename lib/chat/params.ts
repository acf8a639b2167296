/**
 * Per-chat sampling parameters: their ranges (docs/glm-protocol.md section 2, capped by the
 * model's output limit) and the one parser used by the chat-parameters panel. The server checks
 * the same ranges in the wire schema (./wire.ts).
 */
import { z } from "zod/mini";
import type { ModelInfo } from "@/lib/glm/models";

export const TEMPERATURE = { min: 0, max: 1 } as const;
export const TOP_P = { min: 0.01, max: 1 } as const;
/** Above every catalogue model's cap; the server clamps to the model's own cap on Z.ai. */
export const MAX_TOKENS_CEILING = 1_000_000;

export interface ParamLimits {
  temperature: { min: number; max: number };
  topP: { min: number; max: number };
  maxTokens: { min: number; max: number };
}

export type ParamField = keyof ParamLimits;
export const PARAM_FIELDS: readonly ParamField[] = ["temperature", "topP", "maxTokens"];

export interface ChatParams {
  temperature?: number;
  topP?: number;
  maxTokens?: number;
}

/** A self-hosted model missing from the catalogue gets the widest documented ranges. */
export function paramLimits(model: Pick<ModelInfo, "maxOutputTokens"> | undefined): ParamLimits {
  return { temperature: { ...TEMPERATURE }, topP: { ...TOP_P }, maxTokens: { min: 1, max: model?.maxOutputTokens ?? MAX_TOKENS_CEILING } };
}

export function chatParamsSchema(limits: ParamLimits) {
  const inRange = (r: { min: number; max: number }) => z.number().check(z.minimum(r.min), z.maximum(r.max));
  return z.object({
    temperature: z.optional(inRange(limits.temperature)),
    topP: z.optional(inRange(limits.topP)),
    maxTokens: z.optional(z.int().check(z.minimum(limits.maxTokens.min), z.maximum(limits.maxTokens.max))),
  });
}

export type ParamInputs = Record<ParamField, string>;
export type ParamsParse = { ok: true; value: ChatParams } | { ok: false; invalid: ParamField[] };

/** Text fields in, checked numbers out; an empty field means "the model's default". */
export function parseParams(inputs: ParamInputs, limits: ParamLimits): ParamsParse {
  const raw: Record<string, number> = {};
  const invalid: ParamField[] = [];
  for (const field of PARAM_FIELDS) {
    const text = inputs[field].trim().replace(",", ".");
    if (!text) continue;
    const n = Number(text);
    if (!Number.isFinite(n)) invalid.push(field);
    else raw[field] = n;
  }
  const parsed = chatParamsSchema(limits).safeParse(raw);
  if (!parsed.success) for (const issue of parsed.error.issues) invalid.push(issue.path[0] as ParamField);
  if (invalid.length) return { ok: false, invalid: [...new Set(invalid)] };
  return { ok: true, value: parsed.data as ChatParams };
}

/** The stored parameters as the panel's text fields. */
export function paramInputs(params: ChatParams): ParamInputs {
  const show = (n: number | undefined) => (n === undefined ? "" : String(n));
  return { temperature: show(params.temperature), topP: show(params.topP), maxTokens: show(params.maxTokens) };
}
