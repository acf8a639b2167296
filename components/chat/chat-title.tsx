"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextInput } from "@/components/ui/text-field";
import { useChatStore } from "@/lib/store/chat-store";
import { isImeKey } from "@/lib/ui/ime";

/**
 * The open conversation's title in the header; a click turns it into a field. Enter or leaving
 * the field saves (a typed title is never replaced by a generated one), Escape keeps the old one.
 */
export function ChatTitle() {
  const saved = useChatStore((s) => s.saved);
  if (!saved) return null;
  // The title takes only the room the controls leave: a slot that starts at zero width and grows
  // into the free space, the title truncated inside it. As a shrinking flex item (even with
  // flex-shrink 1000) it still passed a fraction of a pixel of the overflow to the controls, which
  // cut the model's name to "GLM-4.5…" at 1280 px beside a long title.
  return (
    <div data-testid="chat-title-slot" className="hidden min-w-0 flex-1 basis-0 md:flex">
      <TitleField />
    </div>
  );
}

function TitleField() {
  const t = useTranslations("titles");
  const { id, title, titleSource: source } = useChatStore((s) => s.conversation);
  const rename = useChatStore((s) => s.rename);
  const [editing, setEditing] = useState(false);
  // Escape ends editing; the blur that removing the field may cause must not save it after all.
  const closed = useRef(false);
  // Enter or Escape hands focus back to the title's button (a blur elsewhere keeps its target).
  const refocus = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    button.current?.focus();
  }, [editing]);
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
          if (e.key === "Enter" && !isImeKey(e.nativeEvent)) {
            e.preventDefault();
            refocus.current = true;
            e.currentTarget.blur();
          }
          if (e.key === "Escape") {
            e.preventDefault();
            refocus.current = true;
            done(null);
          }
        }}
        className="h-8 w-full min-w-0 max-w-xs"
      />
    );
  }
  return (
    <Button
      ref={button}
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
      className="min-w-0 max-w-xs shrink justify-start text-sm font-normal text-muted-fg hover:text-fg"
    >
      <span className="truncate">{title}</span>
    </Button>
  );
}
