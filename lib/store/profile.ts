/**
 * The profile beside the conversations: the settings the user chose and the links they shared
 * (with the tokens that delete them). Read for "Export all", merged back on import (rules in
 * ./profile-merge.ts), and removed by "Delete all data" (./delete-all.ts).
 */
import type { ExportedSettings } from "@/lib/chat/export-file";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { addLinks, LINKS_KEY, loadLinks, REVOKED_KEY } from "@/lib/share-client/links";
import { THEME_KEY } from "@/lib/ui/theme";
import { BUDGET_KEY } from "./budget-spent";
import { DRAFT_FILES_KEY, DRAFTS_KEY, storage } from "./drafts";
import { EDIT_DRAFTS_KEY } from "./edit-drafts";
import { AGENT_DRAFT_KEY } from "./agent-draft";
import type { ProfileData } from "./persist/export-json";
import { mergeSettings } from "./profile-merge";
import { loadSettings, saveSettings, SETTINGS_KEY } from "./settings";
import { scopedName } from "./storage-scope";

function languageCookie(): string | undefined {
  if (typeof document === "undefined") return undefined;
  const match = document.cookie.split("; ").find((c) => c.startsWith(`${LOCALE_COOKIE}=`));
  return match?.slice(LOCALE_COOKIE.length + 1) || undefined;
}

/**
 * The theme and the language are the browser's, not the signed-in person's: the page needs them
 * before it knows who is signed in (the theme script in app/layout.tsx, the server's language
 * cookie). They are this person's only when the unscoped names are theirs (no sign-in, or the
 * first person to sign in here: lib/store/storage-scope.ts).
 */
const ownsBrowserWide = () => scopedName("") === "";

/** What this profile has chosen, in the export's shape (only what was ever chosen). */
export function readSettings(): ExportedSettings {
  const { model, thinking, thinkingByModel, customInstructions, agentPanelCollapsed } = loadSettings() ?? {};
  const theme = storage()?.getItem(THEME_KEY);
  const language = languageCookie();
  const chosen: ExportedSettings = {
    ...(model ? { model, thinking } : {}),
    ...(thinkingByModel && Object.keys(thinkingByModel).length ? { thinkingByModel } : {}),
    ...(customInstructions?.trim() ? { customInstructions } : {}),
    ...(agentPanelCollapsed !== undefined ? { agentPanelCollapsed } : {}),
    ...(theme === "light" || theme === "dark" ? { theme } : {}),
    ...(language ? { language } : {}),
  };
  return chosen;
}

/** For "Export all": the settings and the share list, tokens included (the file is the user's backup). */
export function readProfile(): ProfileData {
  return { settings: readSettings(), shares: loadLinks() };
}

export interface ProfileRestored {
  /** Names of the settings taken from the file (`customInstructions`, `model`, `theme`, ...). */
  restored: (keyof ExportedSettings)[];
  sharesAdded: number;
  /** The file's custom instructions, different from this profile's own: kept aside for the user's choice. */
  differingInstructions?: string;
}

/** Writes what the merge restores; the theme and language through the page's own setters. */
export function restoreProfile(
  profile: ProfileData,
  apply: { theme(theme: "light" | "dark"): void; language(language: string): void },
): ProfileRestored {
  const { restore, differingInstructions } = mergeSettings(readSettings(), profile.settings ?? {});
  const { theme, language, ...stored } = restore;
  if (Object.keys(stored).length) saveSettings(stored);
  if (theme) apply.theme(theme);
  if (language) apply.language(language);
  const sharesAdded = profile.shares?.length ? addLinks(profile.shares) : 0;
  const restored = Object.keys(restore) as (keyof ExportedSettings)[];
  return differingInstructions ? { restored, sharesAdded, differingInstructions } : { restored, sharesAdded };
}

/**
 * Removes this person's keys from localStorage: settings, drafts, the share list, the budget note;
 * the theme and the language cookie too when they are this person's (see ownsBrowserWide).
 */
export function forgetProfile(): void {
  const store = storage();
  for (const key of [SETTINGS_KEY, DRAFTS_KEY, EDIT_DRAFTS_KEY, AGENT_DRAFT_KEY, DRAFT_FILES_KEY, LINKS_KEY, REVOKED_KEY, BUDGET_KEY]) {
    try {
      store?.removeItem(scopedName(key));
    } catch {
      // Blocked storage holds nothing of ours.
    }
  }
  if (!ownsBrowserWide()) return;
  try {
    store?.removeItem(THEME_KEY);
  } catch {
    // As above.
  }
  if (typeof document !== "undefined") document.cookie = `${LOCALE_COOKIE}=; path=/; max-age=0; samesite=lax`;
}
