import { findModel, type ModelInfo } from "./models";

/**
 * Any served model id described, with no zod (the browser uses it too): the catalogue's entry
 * when the id is one of its models under a self-hosted name (`zai-org/GLM-4.6V`,
 * `/mnt/models/GLM-4.5V-FP8`), a guess from the family otherwise (docs/glm-protocol.md section 8).
 */

const K = 1024;

/** Catalogue entry for a served name such as `zai-org/GLM-4.6V` or `GLM-4.5V-FP8`. */
function catalogueMatch(id: string): ModelInfo | undefined {
  const exact = findModel(id);
  if (exact) return exact;
  const bare = id.split("/").pop()!.toLowerCase();
  return findModel(bare) ?? findModel(bare.replace(/-(fp8|awq|int4|int8|bf16|gguf)$/i, ""));
}

/**
 * Metadata for any served model name: the catalogue's when known, a guess from the family
 * otherwise. Named for a person picking it: the catalogue's name, or an unknown id's last path
 * segment (vLLM serves `--model /mnt/models/X` as that whole path); the id stays what is sent.
 */
export function describeModel(id: string, name?: string): ModelInfo {
  const known = catalogueMatch(id);
  if (known) return { ...known, id, name: name ?? known.name };
  const lower = id.toLowerCase();
  const family = FAMILIES.find((f) => f.pattern.test(lower)) ?? FALLBACK;
  return {
    id,
    name: name ?? (id.split("/").filter(Boolean).pop() || id),
    images: family.images,
    video: family.images,
    maxImages: family.images ? 50 : 0,
    contextTokens: family.context,
    maxOutputTokens: family.maxOut,
    canDisableThinking: true,
    templateThink: /glm-?(4\.7|5)/.test(lower),
  };
}

/** Families by name, first match wins (vision names before their text siblings). */
const FAMILIES = [
  { pattern: /glm-?4\.(1|5)v/, images: true, context: 64 * K, maxOut: 16384 },
  { pattern: /glm-?4\.6v/, images: true, context: 128 * K, maxOut: 32768 },
  { pattern: /glm-?5(\.\d)?v/, images: true, context: 200 * K, maxOut: 128 * K },
  { pattern: /glm-?(4\.6|4\.7|5)/, images: false, context: 200 * K, maxOut: 131072 },
];
const FALLBACK = { images: false, context: 128 * K, maxOut: 98304 };
