import type { ModelInfo } from "./models";

export interface Ability {
  id: "vision" | "video" | "free" | "context" | "always-thinks";
  label: string;
}

/** Context size as people say it: 64K, 128K, 200K (tokens, 1K = 1024). */
export function contextLabel(tokens: number): string {
  return `${Math.round(tokens / 1024)}K context`;
}

/** What a model can do, in the order the picker shows it. */
export function modelAbilities(m: ModelInfo): Ability[] {
  const out: Ability[] = [];
  if (m.images) out.push({ id: "vision", label: "Vision" });
  if (m.video) out.push({ id: "video", label: "Video" });
  if (m.free) out.push({ id: "free", label: "Free" });
  if (!m.canDisableThinking) out.push({ id: "always-thinks", label: "Always thinks" });
  out.push({ id: "context", label: contextLabel(m.contextTokens) });
  return out;
}

/** Words the picker's search matches besides the name: "vision", "video", "free", "text". */
export function abilityKeywords(m: ModelInfo): string {
  return [m.images ? "vision images" : "text", m.video ? "video" : "", m.free ? "free" : "", contextLabel(m.contextTokens)].filter(Boolean).join(" ");
}
