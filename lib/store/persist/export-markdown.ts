/** Markdown export of one conversation: text with images referenced as attachments/<name>, or a zip. */
import type { ChatMessage, Feedback } from "@/lib/chat/message";
import { linkParents, shownPath } from "@/lib/chat/tree";
import { stripMarkup } from "@/lib/glm/strip-markup";
import { formatSeconds } from "@/lib/format";
import type { ConversationSnapshot } from "./conversations";
import { exportSource } from "./export-source";
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

/** The extension each attachment type is saved with (".jpeg" names are kept as they are). */
const EXTENSIONS: Record<string, string[]> = {
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/webp": [".webp"],
  "image/gif": [".gif"],
  "image/bmp": [".bmp"],
  "image/avif": [".avif"],
  "image/heic": [".heic"],
  "video/mp4": [".mp4"],
  "video/quicktime": [".mov"],
  "video/x-matroska": [".mkv"],
  "video/webm": [".webm"],
};

/**
 * File names safe in a zip and in a markdown link, unique within the export, ending in the
 * extension of their type: a PDF page is named "invoice.pdf page 1" and a viewer shows no image
 * for a file without one.
 */
function uniqueFileName(name: string, mimeType: string, used: Set<string>): string {
  let clean = name.replace(/[^\w.-]+/g, "_").replace(/^\.+/, "") || "attachment";
  const wanted = EXTENSIONS[mimeType.split(";")[0].trim().toLowerCase()];
  if (wanted && !wanted.some((ext) => clean.toLowerCase().endsWith(ext))) clean += wanted[0];
  const dot = clean.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [clean.slice(0, dot), clean.slice(dot)] : [clean, ""];
  let candidate = clean;
  for (let n = 2; used.has(candidate.toLowerCase()); n += 1) candidate = `${stem}-${n}${ext}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Answer text as the app shows it: box tokens gone with their contents kept (stripMarkup), and
 * GLM's `<bbox>` / `<point>` tags, which a Markdown viewer would take for HTML and hide, written
 * as the bracketed numbers the image legend names them by.
 */
function exportText(text: string): string {
  return stripMarkup(text).replace(/<(bbox|point)>([^<]{0,200}?)<\/\1>/g, (_, _tag: string, inner: string) => {
    const value = inner.trim();
    return /^[[(]/.test(value) ? value : `[${value}]`;
  }).replace(/<\/?(?:bbox|point)>/g, "");
}

/** The reasoning's heading, as the app labels it; a zero or unknown time is not a duration. */
function reasoningSummary(ms: number | undefined): string {
  return ms ? `Thought for ${formatSeconds(ms)}` : "Reasoning";
}

function statusNote(message: ChatMessage): string | null {
  if (message.status === "interrupted") return "_Interrupted: this answer was cut off._";
  // A chat continued from a share kept only the error's code (lib/share-client/continue.ts).
  if (message.error) return `_Error: ${message.error.message || message.error.code}_`;
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
  // The model's background came from an earlier chat: an export that left it out would not explain the answers.
  if (settings.carriedOver) lines.push("", `Continues "${settings.carriedOver.fromTitle || "an earlier chat"}"; the model was given:`, "", ...settings.carriedOver.text.split("\n").map((l) => `> ${l}`));
  if (settings.systemPrompt) lines.push("", "System prompt:", "", ...settings.systemPrompt.split("\n").map((l) => `> ${l}`));

  for (const message of messages) {
    const heading = message.role === "assistant" && message.model ? `${ROLE_LABEL[message.role]} · ${message.model}` : ROLE_LABEL[message.role];
    lines.push("", "---", "", `### ${heading}`, "");
    if (message.reasoning) {
      lines.push("<details>", `<summary>${reasoningSummary(message.reasoningMs)}</summary>`, "", exportText(message.reasoning), "", "</details>", "");
    }
    if (message.content) lines.push(exportText(message.content));
    if (message.sources?.length) {
      lines.push("", "Sources:", "");
      for (const source of message.sources) {
        const meta = [source.site, source.publishDate].filter(Boolean).join(", ");
        lines.push(`${source.index}. [${source.title.replace(/[[\]]/g, "")}](${source.link})${meta ? ` (${meta})` : ""}`);
      }
    }
    for (const attachment of message.attachments ?? []) {
      const path = `attachments/${uniqueFileName(attachment.name, attachment.mimeType, used)}`;
      files.push({ path, blob: attachment.blob });
      lines.push("", attachment.kind === "image" ? `![${attachment.name}](${path})` : `[${attachment.name}](${path})`);
    }
    const note = statusNote(message);
    if (note) lines.push("", note);
    if (message.feedback) lines.push("", feedbackLine(message.feedback));
  }
  return { slug: slugify(conversation.title), markdown: `${lines.join("\n")}\n`, files };
}

/** `open`: the conversation open in this tab, as shown (./export-source.ts); it stands in for its stored copy. */
export async function exportConversationMarkdown(id: string, open?: ConversationSnapshot): Promise<MarkdownExport> {
  return conversationToMarkdown(await exportSource(id, open));
}

/** A zip holding `<slug>.md` and the attachments/ folder it references. */
export async function exportConversationMarkdownZip(id: string, open?: ConversationSnapshot): Promise<Blob> {
  const { slug, markdown, files } = await exportConversationMarkdown(id, open);
  const entries = [{ path: `${slug}.md`, data: new TextEncoder().encode(markdown) }];
  for (const file of files) entries.push({ path: file.path, data: new Uint8Array(await file.blob.arrayBuffer()) });
  return new Blob([writeZip(entries)], { type: "application/zip" });
}
