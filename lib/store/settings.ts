import { z } from "zod/mini";

const KEY = "glm-chat:settings";
const settingsSchema = z.object({ model: z.string(), thinking: z.boolean() });
export type StoredSettings = z.infer<typeof settingsSchema>;

/** localStorage holds small settings only; a corrupt or blocked store falls back to defaults. */
export function loadSettings(): StoredSettings | undefined {
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? "null"));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function saveSettings(settings: StoredSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private mode or a full quota: settings simply are not remembered.
  }
}
