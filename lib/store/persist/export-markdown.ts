/** Markdown export of one conversation: text with images referenced as attachments/<name>, or a zip. */
import type { ChatMessage, Feedback } from "@/lib/chat/message";
import { linkParents, shownPath } from "@/lib/chat/tree";
import { stripMarkup } from "@/lib/glm/strip-markup";
import { loadConversation, type ConversationSnapshot } from "./conversations";
import { ConversationNotFoundError } from "./errors";
import { writeZip } from "./zip";

export interface MarkdownExport {
  /** Suggested base name, e.g. "trip-planning". */
  slug: string;
  markdown: string;
  /** Attachment files the markdown references, at these paths relative to it. */
  files: { path: string; blob: Blob }[];
}

const ROLE_LABEL = { user: "User", assistant: "Assistant", system: "System" } as const;

export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "conversation";
}

/** File names safe in a zip and in a markdown link, unique within the export. */
function uniqueFileName(name: string, used: Set<string>): string {
  const clean = name.replace(/[^\w.-]+/g, "_").replace(/^\.+/, "") || "attachment";
  const dot = clean.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ""];
  let candidate = clean;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${stem}-${n}${ext}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

function statusNote(message: ChatMessage): string | null {
  if (message.status === "interrupted") return "_Interrupted: this answer was cut off._";
  if (message.error) return `_Error: ${message.error.message}_`;
  if (message.status === "error") return "_Error._";
  return null;
}

function feedbackLine({ rating, note }: Feedback): string {
  const verdict = rating === "up" ? "👍 Good answer" : "👎 Bad answer";
  return `_Feedback: ${verdict}${note?.trim() ? `: ${note.trim().replace(/\s+/g, " ")}` : ""}_`;
}

/** The Markdown export is what the conversation shows: the shown version at every fork. */
export function conversationToMarkdown({ conversation, messages: all }: ConversationSnapshot): MarkdownExport {
  const messages = shownPath(linkParents(all), conversation.branches);
  const used = new Set<string>();
  const files: MarkdownExport["files"] = [];
  const { settings } = conversation;
  const lines: string[] = [
    `# ${conversation.title || "Untitled conversation"}`,
    "",
    `- Model: ${settings.model}`,
    `- Thinking: ${settings.thinking ? "on" : "off"}`,
    `- Created: ${new Date(conversation.createdAt).toISOString()}`,
  ];
  if (settings.systemPrompt) lines.push("", "System prompt:", "", ...settings.systemPrompt.split("\n").map((l) => `> ${l}`));

  for (const message of messages) {
    const heading = message.role === "assistant" && message.model ? `${ROLE_LABEL[message.role]} · ${message.model}` : ROLE_LABEL[message.role];
    lines.push("", "---", "", `### ${heading}`, "");
    if (message.reasoning) {
      const seconds = message.reasoningMs !== undefined ? ` (${(message.reasoningMs / 1000).toFixed(1)} s)` : "";
      lines.push("<details>", `<summary>Reasoning${seconds}</summary>`, "", stripMarkup(message.reasoning), "", "</details>", "");
    }
    if (message.content) lines.push(stripMarkup(message.content));
    if (message.sources?.length) {
      lines.push("", "Sources:", "");
      for (const source of message.sources) {
        const meta = [source.site, source.publishDate].filter(Boolean).join(", ");
        lines.push(`${source.index}. [${source.title.replace(/[[\]]/g, "")}](${source.link})${meta ? ` (${meta})` : ""}`);
      }
    }
    for (const attachment of message.attachments ?? []) {
      const path = `attachments/${uniqueFileName(attachment.name, used)}`;
      files.push({ path, blob: attachment.blob });
      lines.push("", attachment.kind === "image" ? `![${attachment.name}](${path})` : `[${attachment.name}](${path})`);
    }
    const note = statusNote(message);
    if (note) lines.push("", note);
    if (message.feedback) lines.push("", feedbackLine(message.feedback));
  }
  return { slug: slugify(conversation.title), markdown: `${lines.join("\n")}\n`, files };
}

export async function exportConversationMarkdown(id: string): Promise<MarkdownExport> {
  const loaded = await loadConversation(id);
  if (!loaded) throw new ConversationNotFoundError(id);
  return conversationToMarkdown(loaded);
}

/** A zip holding `<slug>.md` and the attachments/ folder it references. */
export async function exportConversationMarkdownZip(id: string): Promise<Blob> {
  const { slug, markdown, files } = await exportConversationMarkdown(id);
  const entries = [{ path: `${slug}.md`, data: new TextEncoder().encode(markdown) }];
  for (const file of files) entries.push({ path: file.path, data: new Uint8Array(await file.blob.arrayBuffer()) });
  return new Blob([writeZip(entries)], { type: "application/zip" });
}
