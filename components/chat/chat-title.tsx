"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-field";
import { useChatStore } from "@/lib/store/chat-store";

/**
 * The open conversation's title in the header; a click turns it into a field. Enter or leaving
 * the field saves (a typed title is never replaced by a generated one), Escape keeps the old one.
 */
export function ChatTitle() {
  const t = useTranslations("titles");
  const { id, title, titleSource: source } = useChatStore((s) => s.conversation);
  const saved = useChatStore((s) => s.saved);
  const rename = useChatStore((s) => s.rename);
  const [editing, setEditing] = useState(false);
  // Escape ends editing; the blur that removing the field may cause must not save it after all.
  const closed = useRef(false);
  if (!saved) return null;
  if (editing) {
    const done = (value: string | null) => {
      if (closed.current) return;
      closed.current = true;
      if (value !== null) rename(id, value);
      setEditing(false);
    };
    return (
      <TextInput
        data-testid="title-edit"
        aria-label={t("field")}
        defaultValue={title}
        maxLength={200}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onBlur={(e) => done(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.nativeEvent.isComposing) {
            e.preventDefault();
            e.currentTarget.blur();
          }
          if (e.key === "Escape") {
            e.preventDefault();
            done(null);
          }
        }}
        className="h-8 min-w-0 max-w-xs flex-1"
      />
    );
  }
  // The title gives way first (flex-shrink 1000): with equal shrink factors a long title and the
  // controls shrank together, and the controls, which cannot shrink, pushed the header 1-3 px past
  // the window (a sideways scrollbar flickering at 1280 px with the sidebar open).
  return (
    <Button
      variant="ghost"
      size="sm"
      data-testid="chat-title"
      data-title-source={source ?? "first-message"}
      title={t("edit")}
      aria-label={t("editNamed", { title })}
      onClick={() => {
        closed.current = false;
        setEditing(true);
      }}
      className="hidden min-w-0 max-w-xs shrink-[1000] justify-start text-sm font-normal text-muted-fg hover:text-fg md:inline-flex"
    >
      <span className="truncate">{title}</span>
    </Button>
  );
}
