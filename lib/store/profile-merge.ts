/**
 * What an imported file's settings change in this profile. A file restores what this profile
 * never chose (a fresh browser, a profile just deleted); it never replaces a choice made here,
 * since the file may be older than it. Custom instructions are the one setting worth asking about:
 * the user typed them, so when the file's differ from the ones here they are offered, never swapped in.
 */
import type { ExportedSettings } from "@/lib/chat/export-file";
import type { SharedLink } from "@/lib/share-client/links";

export interface SettingsMerge {
  /** The settings this profile did not have, to be written. */
  restore: ExportedSettings;
  /** The file's custom instructions when this profile has other ones of its own: the user chooses. */
  differingInstructions?: string;
}

const blank = (text: string | undefined) => !text?.trim();

export function mergeSettings(local: ExportedSettings, incoming: ExportedSettings): SettingsMerge {
  const restore: ExportedSettings = {};
  let differingInstructions: string | undefined;
  const file = incoming.customInstructions?.trim();
  if (file) {
    if (blank(local.customInstructions)) restore.customInstructions = file;
    else if (local.customInstructions!.trim() !== file) differingInstructions = file;
  }
  // The model and its thinking switch are one choice: an empty model is the "never chose" stored
  // beside other settings (saveSettings' defaults), so both come from the file then.
  if (!local.model && incoming.model) {
    restore.model = incoming.model;
    if (incoming.thinking !== undefined) restore.thinking = incoming.thinking;
  }
  if (incoming.thinkingByModel) {
    const merged = { ...incoming.thinkingByModel, ...local.thinkingByModel };
    if (Object.keys(merged).length > Object.keys(local.thinkingByModel ?? {}).length) restore.thinkingByModel = merged;
  }
  if (local.agentPanelCollapsed === undefined && incoming.agentPanelCollapsed !== undefined) restore.agentPanelCollapsed = incoming.agentPanelCollapsed;
  if (!local.theme && incoming.theme) restore.theme = incoming.theme;
  if (!local.language && incoming.language) restore.language = incoming.language;
  return differingInstructions ? { restore, differingInstructions } : { restore };
}

/**
 * The share list after an import: the links here, plus the file's that are not (by id). A link here
 * wins, as it is at least as recent (an update keeps the id); newest first, as the list is kept.
 */
export function mergeLinks(local: readonly SharedLink[], incoming: readonly SharedLink[]): { links: SharedLink[]; added: number } {
  const known = new Set(local.map((l) => l.id));
  const added = incoming.filter((l) => !known.has(l.id) && (known.add(l.id), true));
  if (!added.length) return { links: [...local], added: 0 };
  const links = [...local, ...added].sort((a, b) => (b.updatedAt ?? b.createdAt) - (a.updatedAt ?? a.createdAt));
  return { links, added: added.length };
}
