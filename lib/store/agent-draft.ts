/**
 * A GUI-agent session set up in a new chat that has no step yet (its task typed, its platform
 * picked) lives only in memory: the chat is saved with its first message. Kept here, as the
 * composer's draft of the new chat is (./drafts.ts), so a reload does not take the panel and the
 * typed task away.
 */
import { agentSessionSchema, type AgentSession } from "@/lib/chat/message";
import { storage } from "./drafts";
import { scopedName } from "./storage-scope";

export const AGENT_DRAFT_KEY = "glm-chat:agent-draft";

/** The stored session, or undefined when there is none or it is not one (damaged, foreign). */
export function parseAgentDraft(raw: string | null): AgentSession | undefined {
  if (!raw) return undefined;
  try {
    const parsed = agentSessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function loadAgentDraft(): AgentSession | undefined {
  return parseAgentDraft(storage()?.getItem(scopedName(AGENT_DRAFT_KEY)) ?? null);
}

/** Keeps the new chat's session, or forgets it (ended, or now saved with its chat). */
export function saveAgentDraft(agent: AgentSession | undefined): void {
  const store = storage();
  try {
    if (agent) store?.setItem(scopedName(AGENT_DRAFT_KEY), JSON.stringify(agent));
    else store?.removeItem(scopedName(AGENT_DRAFT_KEY));
  } catch {
    // Full or blocked: the session stays on screen; only its copy for a reload is missing.
  }
}
