import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { glyph, glyphs } from "@/components/ui/glyphs";
import type { QuotedFile } from "@/lib/media/text-file-blocks";

const clip = glyph("paperclip", "size-4 shrink-0 text-muted-fg");

/**
 * The text files sent with a message, by name and size in place of their quoted contents; each
 * opens to show the text that was sent (a native <details>: no script, also on the shared page).
 */
export function TextFileChips({ files, onRemove }: { files: readonly QuotedFile[]; onRemove?: (index: number) => void }) {
  const t = useTranslations("attach");
  return (
    <ul data-testid="user-text-files" className="flex max-w-[85%] flex-wrap justify-end gap-2">
      {files.map((file, i) => (
        <li key={i} className="flex min-w-0 max-w-full items-start gap-1">
          <details className="min-w-0 rounded-xl border border-line bg-surface text-sm">
            <summary data-testid="user-text-file" className="flex min-w-0 cursor-pointer list-none items-center gap-2 px-3 py-2 [&::-webkit-details-marker]:hidden">
              {clip}
              <span className="min-w-0 truncate font-medium">{file.name}</span>
              <span className="shrink-0 text-xs text-muted-fg">{t("fileLines", { lines: file.lines, cut: file.truncated ? "yes" : "no" })}</span>
            </summary>
            <pre data-testid="user-text-file-content" className="max-h-72 overflow-auto border-t border-line px-3 py-2 font-mono text-xs whitespace-pre-wrap break-words">
              {file.text}
            </pre>
          </details>
          {onRemove && (
            <Button variant="ghost" size="icon-xs" data-testid="user-text-file-remove" aria-label={t("remove", { name: file.name })} onClick={() => onRemove(i)} className="mt-2">
              {glyphs.x}
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
