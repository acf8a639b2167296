import { z } from "zod/mini";
import { scopedName } from "./storage-scope";

export const SETTINGS_KEY = "glm-chat:settings";
const settingsSchema = z.object({
  model: z.string(),
  thinking: z.boolean(),
  /** Each model's own thinking choice: switching models and back must not lose it. */
  thinkingByModel: z.optional(z.record(z.string(), z.boolean())),
  /** The user's custom instructions, sent as the system message of every chat. */
  customInstructions: z.optional(z.string().check(z.maxLength(8000))),
  /** The GUI-agent panel folded to its one-line summary: a choice about the screen, kept across sessions. */
  agentPanelCollapsed: z.optional(z.boolean()),
});
export type StoredSettings = z.infer<typeof settingsSchema>;

/** localStorage holds small settings only; a corrupt or blocked store falls back to defaults. */
export function loadSettings(): StoredSettings | undefined {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(localStorage.getItem(scopedName(SETTINGS_KEY)) ?? "null"));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Merges into what is stored, so each caller writes only the fields it owns. */
export function saveSettings(patch: Partial<StoredSettings>): void {
  try {
    const current = loadSettings();
    localStorage.setItem(scopedName(SETTINGS_KEY), JSON.stringify({ model: "", thinking: true, ...current, ...patch }));
  } catch {
    // Private mode or a full quota: settings simply are not remembered.
  }
}

/** The thinking choice last made for this model, if any. */
export function rememberedThinking(model: string): boolean | undefined {
  return loadSettings()?.thinkingByModel?.[model];
}

export function rememberThinking(model: string, thinking: boolean): void {
  saveSettings({ model, thinking, thinkingByModel: { ...loadSettings()?.thinkingByModel, [model]: thinking } });
}
