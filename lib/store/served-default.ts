import type { ConversationSettings } from "@/lib/chat/message";

/**
 * The model a new chat starts with, once the server's list is known. A self-hosted server serves
 * its own names (`/mnt/models/GLM-4.5V-FP8`), often not the catalogue's `glm-4.5v` the app starts
 * with, and vLLM answers a name it does not serve with a 404: every new chat failed until a model
 * was picked, and again after each reload. The remembered default and an untouched new chat move
 * to the server's default when their model is not served; a chat with messages keeps its model
 * (its answers were written by it; the picker offers the others).
 */
export function servedSettings(
  state: { defaults: ConversationSettings; conversation: { settings: ConversationSettings }; saved: boolean; messages: readonly unknown[] },
  served: readonly string[],
  serverDefault: string,
  thinkingFor: (model: string, current: boolean) => boolean,
): { defaults?: ConversationSettings; settings?: ConversationSettings } | null {
  if (!served.includes(serverDefault)) return null;
  const move = (s: ConversationSettings): ConversationSettings | undefined =>
    served.includes(s.model) ? undefined : { ...s, model: serverDefault, thinking: thinkingFor(serverDefault, s.thinking) };
  const defaults = move(state.defaults);
  const settings = !state.saved && !state.messages.length ? move(state.conversation.settings) : undefined;
  return defaults || settings ? { ...(defaults ? { defaults } : {}), ...(settings ? { settings } : {}) } : null;
}
