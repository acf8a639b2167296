import { lightBlocks } from "@/lib/markdown/light-blocks";

/**
 * A shared answer too long to format on every view (lib/server/share/paging.ts), laid out in one
 * linear pass: prose as text, fenced code as code blocks in the app's look, without highlighting.
 */
export function LightAnswer({ text }: { text: string }) {
  return lightBlocks(text).map((block, i) =>
    block.kind === "text" ? (
      <div key={i} className="my-3 whitespace-pre-wrap break-words">
        {block.text}
      </div>
    ) : (
      <figure key={i} data-testid="shared-light-code" className="md-code my-3 overflow-hidden rounded-lg border border-line bg-subtle">
        {block.language && (
          <figcaption data-testid="code-language" className="border-b border-line px-3 py-1 font-mono text-xs text-muted-fg">
            {block.language}
          </figcaption>
        )}
        <pre tabIndex={0} className="overflow-x-auto p-3 text-sm leading-relaxed outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring">
          <code className="font-mono whitespace-pre">{block.text}</code>
        </pre>
      </figure>
    ),
  );
}
