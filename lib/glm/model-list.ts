import { z } from "zod";
import { describeModel } from "./describe-model";
import { MODELS, type ModelInfo } from "./models";

export { describeModel };

/**
 * The model list for self-hosted servers (docs/glm-protocol.md section 8): ids come from
 * `GET {base}/models` (or the operator's ZAI_MODELS), metadata from the catalogue when the id is
 * known (case-insensitively, with or without an `org/` prefix) and guessed from the name otherwise.
 */

/**
 * A served list, described. Two served variants that would read alike (FP8 and BF16 of one model:
 * both "GLM-4.5V") keep their served ids as names, so the picker tells them apart. `names` holds
 * the operator's own names (ZAI_MODELS JSON), which are never replaced.
 */
export function describeServed(ids: readonly string[], names: ReadonlyArray<string | undefined> = []): ModelInfo[] {
  const models = ids.map((id, i) => describeModel(id, names[i]));
  const count = new Map<string, number>();
  for (const m of models) count.set(m.name.toLowerCase(), (count.get(m.name.toLowerCase()) ?? 0) + 1);
  return models.map((m, i) => (names[i] === undefined && count.get(m.name.toLowerCase())! > 1 ? { ...m, name: m.id } : m));
}

const overrideSchema = z.array(
  z.object({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(100).optional(),
    images: z.boolean().optional(),
    contextTokens: z.number().int().positive().optional(),
    maxOutputTokens: z.number().int().positive().optional(),
    templateThink: z.boolean().optional(),
  }),
);

/**
 * ZAI_MODELS: either comma-separated ids (`glm-4.5v, zai-org/GLM-4.6V`), each described from its
 * name, or a JSON array of `{id, name?, images?, contextTokens?, maxOutputTokens?, templateThink?}`.
 * Throws with a message naming the variable when the value cannot be read.
 */
export function parseModelsSetting(value: string): ModelInfo[] {
  const trimmed = value.trim();
  if (!trimmed.startsWith("[")) {
    return describeServed(trimmed.split(",").map((s) => s.trim()).filter(Boolean));
  }
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    throw new Error("ZAI_MODELS: not valid JSON (use comma-separated ids, or a JSON array of objects)");
  }
  const parsed = overrideSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`ZAI_MODELS: ${issue.path.join(".")}: ${issue.message}`);
  }
  const described = describeServed(parsed.data.map((o) => o.id), parsed.data.map((o) => o.name));
  return parsed.data.map((o, i) => {
    const base = described[i];
    const images = o.images ?? base.images;
    return {
      ...base,
      images,
      video: images,
      maxImages: images ? Math.max(base.maxImages, 50) : 0,
      contextTokens: o.contextTokens ?? base.contextTokens,
      maxOutputTokens: o.maxOutputTokens ?? base.maxOutputTokens,
      templateThink: o.templateThink ?? base.templateThink,
    };
  });
}

/** `GET /v1/models` body (OpenAI shape: `{data: [{id}]}`); anything else yields no ids. */
export function readModelIds(body: unknown): string[] {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return [];
  const ids = data.flatMap((m) => (typeof (m as { id?: unknown })?.id === "string" ? [(m as { id: string }).id] : []));
  return [...new Set(ids)].slice(0, 200);
}

/** The catalogue, for when no list could be had. */
export function catalogueModels(): ModelInfo[] {
  return [...MODELS];
}
