/**
 * After an answer ends, asks the server (POST /api/title) for a short title once, in the
 * background: the chat never waits for it, a failure changes nothing (the next answer tries
 * again), and a title the user typed is never replaced.
 */
import type { ChatMessage } from "@/lib/chat/message";
import { shownPath } from "@/lib/chat/tree";
import { splitFileBlocks } from "@/lib/media/text-file-blocks";
import { loadConversation } from "./persist-bridge";
import type { GetState } from "./store-types";

/** The server said titles are off: stop asking for this page's lifetime. */
let off = false;
const asking = new Set<string>();

export function autoTitle(get: GetState, conversationId: string, answer: ChatMessage): void {
  if (off || answer.status !== "done" || !answer.content.trim() || asking.has(conversationId)) return;
  asking.add(conversationId);
  void titleOnce(get, conversationId, answer).finally(() => asking.delete(conversationId));
}

async function titleOnce(get: GetState, conversationId: string, answer: ChatMessage): Promise<void> {
  const s = get();
  // A chat still being opened has no messages in the store yet: read it like one out of sight.
  const open = s.conversation.id === conversationId && s.routeStatus === "ready";
  const conversation = open ? s.conversation : s.conversations.find((c) => c.id === conversationId);
  if (!conversation || conversation.titleSource || conversation.settings.agent) return;
  // An answer that ended in the background (another chat open) is titled from its stored copy.
  const stored = open ? null : await loadConversation(conversationId).catch(() => null);
  const messages = open ? s.messages : stored ? shownPath(stored.messages, stored.conversation.branches) : [];
  const questions = messages.filter((m) => m.role === "user");
  // Named early or not at all: a long imported chat keeps the title it came with.
  const first = questions[0];
  if (!first || questions.length > 3) return;
  // What was typed names the chat; attached text files' contents do not (their names may).
  const { files, typed } = splitFileBlocks(first.content, first.textFiles);
  const user = typed.trim() || [...files, ...(first.attachments ?? [])].map((a) => a.name).join(", ");
  const title = await requestTitle(user, answer.content);
  if (title) get().applyGeneratedTitle(conversationId, title);
}

async function requestTitle(user: string, answer: string): Promise<string | null> {
  try {
    const res = await fetch("/api/title", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ user: user.slice(0, 20_000), answer: answer.slice(0, 200_000) }),
    });
    if (!res.ok) return null;
    // The response's schema loads with the first answer, not at page start (startup-reads.md, round 7).
    const { titleResponseSchema } = await import("@/lib/glm/title");
    const parsed = titleResponseSchema.safeParse(await res.json());
    if (!parsed.success) return null;
    if (parsed.data.enabled === false) off = true;
    return parsed.data.title || null;
  } catch {
    return null; // offline or the server went away: the next answer asks again
  }
}
