/**
 * "Continue this chat": turns a public share into a conversation in the visitor's own browser
 * history. Every id is fresh, so continuing twice (or the sharer continuing their own link)
 * makes a new conversation instead of overwriting one.
 */
import type { ExportFile } from "@/lib/store/persist";
import type { PublicShare } from "@/lib/server/share/view";
import { z } from "zod/mini";
import { DEFAULT_MODEL_ID, findModel } from "@/lib/glm/models";
import { blobToBase64 } from "@/lib/media/base64";
import { newId } from "@/lib/ids";
import { saysNothing } from "@/lib/chat/shared-ending";

type ExportedConversation = ExportFile["conversations"][number];
type ExportedMessage = ExportedConversation["messages"][number];

/** What this server serves (`/api/models`): a self-hosted one names its own models, not the catalogue's. */
export interface ServedModels {
  ids: readonly string[];
  defaultModel: string;
}

interface Options {
  /** Base64 bytes per asset index; assets missing here are left out of the import. */
  assets: ReadonlyMap<number, string>;
  /** Undefined when the list could not be had: the catalogue decides, as before. */
  served?: ServedModels;
  makeId?: () => string;
  now?: number;
}

export function shareToExport(share: PublicShare, { assets, served, makeId = newId, now = Date.now() }: Options): ExportFile {
  // The copy goes on with the model of the last answer when this server serves it: on a
  // self-hosted server `zai-org/GLM-4.7` is one, though the catalogue knows no such id, and the
  // catalogue's glm-4.5v, which it may not serve, was a 404 at the first question.
  const usable = (id: string) => (served ? served.ids.includes(id) : !!findModel(id));
  const lastModel = share.messages.findLast((m) => m.role === "assistant" && m.model && usable(m.model))?.model;
  const model = lastModel ?? served?.defaultModel ?? DEFAULT_MODEL_ID;
  const conversation: ExportedConversation["conversation"] = {
    id: makeId(),
    title: share.title,
    createdAt: share.createdAt,
    updatedAt: now,
    // Imported system messages are kept but not sent until the user turns them on.
    settings: { model, thinking: true, sendSystemMessages: false, ...(share.agent ? { agent: share.agent } : {}) },
  };
  // A failed answer with no text is shown on the shared page as "No answer"; in a chat it would be an empty answer.
  const said = share.messages.filter((m) => !(m.role === "assistant" && !m.content.trim() && m.error) && !saysNothing(m));
  const messages = said.map((m): ExportedMessage => {
    const message: ExportedMessage = { id: makeId(), role: m.role, content: m.content, createdAt: m.createdAt, ...importedEnding(m) };
    if (m.textFiles !== undefined) message.textFiles = m.textFiles;
    if (m.reasoning) message.reasoning = m.reasoning;
    if (m.reasoningMs !== undefined) message.reasoningMs = m.reasoningMs;
    if (m.model) message.model = m.model;
    if (m.toolCalls?.length) message.toolCalls = m.toolCalls;
    const attachments = (m.attachments ?? []).flatMap((a) => {
      const data = assets.get(a.asset);
      if (data === undefined) return [];
      const name = a.name ?? `${a.kind}-${a.asset + 1}`;
      return [{ id: makeId(), kind: a.kind, mimeType: a.mimeType, name, width: a.width, height: a.height, size: a.size, data, ...(a.doc ? { doc: a.doc } : {}) }];
    });
    if (attachments.length) message.attachments = attachments;
    return message;
  });
  return { format: "glm-chat-export", version: 1, exportedAt: now, conversations: [{ conversation, messages }] };
}

/**
 * How an answer ended, as the copy keeps it: a cut, stopped or failed answer reads so in the chat
 * too, with Continue where the app offers it (lib/chat/continuable.ts). Of an error only the code
 * was shared: the card words it from the catalogue.
 */
function importedEnding(m: PublicShare["messages"][number]): Pick<ExportedMessage, "status" | "finishReason" | "error"> {
  if (m.role !== "assistant") return { status: "done" };
  if (m.error) return { status: "error", finishReason: "error", error: { code: m.error.code, message: "" } };
  // Without the sharer's reset time a budget cut waits for nothing: it reads as a length cut.
  if (m.finishReason === "budget") return { status: "done", finishReason: "length" };
  // A share keeps no "stop" (lib/server/share/build-write.ts): absent, the answer ended cleanly.
  return { status: "done", finishReason: m.finishReason ?? "stop" };
}

export class ContinueError extends Error {
  readonly name = "ContinueError";
}

/** Loads a public share (for the import question, before anything is written). */
export async function fetchShare(shareId: string, fetcher: typeof fetch = fetch): Promise<PublicShare> {
  const res = await fetcher(`/api/share/${encodeURIComponent(shareId)}`, { cache: "no-store" });
  if (res.status === 404) throw new ContinueError("This link was revoked or has expired.");
  if (!res.ok) throw new ContinueError(`Could not load the shared conversation (${res.status}).`);
  return (await res.json()) as PublicShare;
}

/** Fetches the share's media, imports everything, and returns the new conversation's id. */
export async function importShare(share: PublicShare, fetcher: typeof fetch = fetch): Promise<string> {
  const assets = new Map<number, string>();
  const urls = new Map<number, string>();
  for (const m of share.messages) for (const a of m.attachments ?? []) urls.set(a.asset, a.url);
  await Promise.all(
    [...urls].map(async ([index, url]) => {
      const asset = await fetcher(url, { cache: "no-store" });
      if (!asset.ok) throw new ContinueError(`Could not load an image of the shared conversation (${asset.status}).`);
      assets.set(index, await blobToBase64(await asset.blob()));
    }),
  );
  // Loaded only here: IndexedDB code has no business in the shared page's first load.
  const { importJson } = await import("@/lib/store/persist");
  const file = shareToExport(share, { assets, served: await servedModels(fetcher) });
  const result = await importJson(file);
  return result.conversationIds[0];
}

const servedSchema = z.object({ models: z.array(z.object({ id: z.string() })), defaultModel: z.string() });

/** The server's models, or undefined (a refusal, an older server without `defaultModel`): never a reason to fail the copy. */
async function servedModels(fetcher: typeof fetch): Promise<ServedModels | undefined> {
  try {
    const res = await fetcher("/api/models", { cache: "no-store" });
    const parsed = res.ok ? servedSchema.safeParse(await res.json()) : undefined;
    return parsed?.success ? { ids: parsed.data.models.map((m) => m.id), defaultModel: parsed.data.defaultModel } : undefined;
  } catch {
    return undefined;
  }
}

/** "Continue this chat" (an explicit click on the shared page): fetch, then import. */
export async function continueShare(shareId: string, fetcher: typeof fetch = fetch): Promise<string> {
  return importShare(await fetchShare(shareId, fetcher), fetcher);
}

/** Whether a share carries system prompts (the importer is told; they are not sent unasked). */
export const hasSystemMessages = (share: Pick<PublicShare, "messages">) => share.messages.some((m) => m.role === "system");
