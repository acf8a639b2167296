"use client";

import { useTranslations } from "next-intl";
import { useChatStore } from "@/lib/store/chat-store";
import { conversationPath, pushPath } from "@/lib/store/navigation";
import { Button, buttonVariants } from "@/components/ui/button";

/**
 * The first thing a chat started with "Continue in a new chat" shows: which chat it continues,
 * what the model is given of it (in full, on request), and a way to leave it out. Without it the
 * new chat looked blank, as if the button had done nothing.
 */
export function CarriedOverCard() {
  const t = useTranslations("context");
  const carried = useChatStore((s) => s.conversation.settings.carriedOver);
  const drop = useChatStore((s) => s.dropCarriedOver);
  // Deleted since: no link to a page that says it is gone; what was copied stays until left out.
  const gone = useChatStore((s) => !!carried && s.listLoaded && !s.conversations.some((c) => c.id === carried.fromId));
  if (!carried) return null;
  return (
    <section data-testid="carried-over" aria-label={t("carriedLabel")} className="rounded-xl border border-dashed border-line-strong px-4 py-3 text-sm">
      <p className="break-words text-fg">
        {gone ? t("carriedFromDeleted", { title: carried.fromTitle || t("untitled") }) : t.rich("carriedFrom", {
          title: carried.fromTitle || t("untitled"),
          // A link, not the kit's button: a button is laid out as one block, so a long title
          // dropped below the sentence on a phone instead of going on from it. Plain clicks stay
          // in the app; a middle or modified click opens the chat in a new tab, as links do.
          link: (chunks) => (
            <a
              href={conversationPath(carried.fromId)}
              data-testid="carried-over-open"
              className={buttonVariants({ variant: "inline-link", size: "inline", className: "inline" })}
              onClick={(e) => {
                if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                e.preventDefault();
                pushPath(conversationPath(carried.fromId));
              }}
            >
              {chunks}
            </a>
          ),
        })}
      </p>
      <p data-testid="carried-over-extent" className="mt-1 text-xs text-muted-fg">
        {carried.included < carried.total ? t("carriedSome", { included: carried.included, total: carried.total }) : t("carriedAll", { total: carried.total })}
      </p>
      <details className="mt-2 text-xs">
        <summary data-testid="carried-over-show" className="cursor-pointer text-muted-fg">{t("carriedShow")}</summary>
        <p data-testid="carried-over-text" className="mt-2 max-h-64 overflow-y-auto whitespace-pre-wrap break-words text-fg">{carried.text}</p>
      </details>
      <Button variant="link" size="xs" data-testid="carried-over-drop" className="mt-2 px-0" onClick={drop}>
        {t("carriedDrop")}
      </Button>
    </section>
  );
}
