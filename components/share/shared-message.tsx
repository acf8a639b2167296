import type { PublicAttachment, PublicMessage } from "@/lib/server/share/view";

/**
 * One message of a shared conversation, server-rendered. Text goes through React as plain text
 * (escaped), split into paragraphs. The single place to swap in the app's markdown renderer.
 */
export function SharedMessage({ message }: { message: PublicMessage }) {
  const isUser = message.role === "user";
  return (
    <article
      data-testid="shared-message"
      data-role={message.role}
      className={isUser ? "ml-auto max-w-[85%] rounded-2xl bg-zinc-100 px-4 py-2.5 dark:bg-zinc-800" : "min-w-0"}
    >
      <h2 className="sr-only">{roleLabel(message.role)}</h2>
      {message.reasoning && (
        <details data-testid="shared-reasoning" className="mb-2 rounded-lg border border-zinc-200 px-3 py-2 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          <summary className="cursor-pointer">{thoughtLabel(message.reasoningMs)}</summary>
          <Paragraphs text={message.reasoning} />
        </details>
      )}
      {message.attachments?.length ? <Attachments items={message.attachments} /> : null}
      <div data-testid="shared-message-content" className="space-y-3 break-words">
        <Paragraphs text={message.content} />
      </div>
      {message.model && !isUser && <p className="mt-1 text-xs text-zinc-500">{message.model}</p>}
    </article>
  );
}

function Paragraphs({ text }: { text: string }) {
  const blocks = text.split(/\n{2,}/).filter((b) => b.trim() !== "");
  return blocks.map((block, i) => (
    <p key={i} className="whitespace-pre-wrap">
      {block}
    </p>
  ));
}

function Attachments({ items }: { items: PublicAttachment[] }) {
  return (
    <div className="mb-2 flex flex-wrap gap-2">
      {items.map((a) =>
        a.kind === "video" ? (
          <video key={a.asset} data-testid="shared-video" src={a.url} controls preload="metadata" className="max-h-96 max-w-full rounded-lg" />
        ) : (
          // Plain <img>: the bytes come from our own asset route, already sized by the sharer.
          // eslint-disable-next-line @next/next/no-img-element
          <img key={a.asset} data-testid="shared-image" src={a.url} alt={a.name ?? "Shared image"} width={a.width} height={a.height} loading="lazy" className="h-auto max-h-96 max-w-full rounded-lg" />
        ),
      )}
    </div>
  );
}

const roleLabel = (role: PublicMessage["role"]) => (role === "user" ? "User" : role === "assistant" ? "Assistant" : "System");

function thoughtLabel(ms?: number): string {
  return ms === undefined ? "Reasoning" : `Thought for ${Math.max(1, Math.round(ms / 1000))} s`;
}
