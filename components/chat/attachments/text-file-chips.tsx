import { useTranslations } from "next-intl";
import { glyph } from "@/components/ui/glyphs";
import type { QuotedFile } from "@/lib/media/text-file-blocks";

const clip = glyph("paperclip", "size-4 shrink-0 text-muted-fg");

/** The text files sent with a message, by name and size, in place of their quoted contents. */
export function TextFileChips({ files }: { files: readonly QuotedFile[] }) {
  const t = useTranslations("attach");
  return (
    <ul data-testid="user-text-files" className="flex max-w-[85%] flex-wrap justify-end gap-2">
      {files.map((file, i) => (
        <li key={i} data-testid="user-text-file" className="flex min-w-0 items-center gap-2 rounded-xl border border-line bg-surface px-3 py-2 text-sm">
          {clip}
          <span className="min-w-0 truncate font-medium">{file.name}</span>
          <span className="shrink-0 text-xs text-muted-fg">{t("fileLines", { lines: file.lines, cut: file.truncated ? "yes" : "no" })}</span>
        </li>
      ))}
    </ul>
  );
}
