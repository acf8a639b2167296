"use client";

import { useDeferredValue, useMemo, useState } from "react";
import type { Attachment } from "@/lib/chat/types";
import { parseGrounding } from "@/lib/glm/grounding";
import { overlayItems } from "@/lib/glm/grounding-overlay";
import { parseGuiActions } from "@/lib/glm/gui-actions";
import { findTimestamps } from "@/lib/media/timestamps";
import { useObjectUrl } from "@/components/chat/attachments/use-object-url";
import { ImageWithOverlay } from "./image-with-overlay";
import { OverlayLegend } from "./overlay-legend";

interface Props {
  content: string;
  /** Images and videos of this turn (the user message the answer replies to). */
  media: readonly Attachment[];
  messageId: string;
}

/**
 * Draws what a vision answer points at on the image the model saw: grounding boxes and points,
 * GUI actions, and for video turns, timestamps that seek the player.
 */
export function VisionAnswer({ content: live, media, messageId }: Props) {
  // Parsing a huge hostile answer must not hold up the stream's text: it may lag a frame.
  const content = useDeferredValue(live);
  const images = media.filter((m) => m.kind === "image");
  const video = media.find((m) => m.kind === "video");
  const [chosen, setChosen] = useState<string | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const image = images.find((i) => i.id === chosen) ?? images.at(-1);

  const parsed = useMemo(() => {
    if (!image) return null;
    const grounding = parseGrounding(content);
    const actions = parseGuiActions(content);
    return { grounding, actions, items: overlayItems(grounding, actions) };
  }, [content, image]);
  const timestamps = useMemo(() => (video ? findTimestamps(content) : []), [content, video]);
  const url = useObjectUrl(image?.blob);

  const hasDrawing = parsed && (parsed.items.length > 0 || parsed.grounding.outOfRange.length > 0);
  if (!hasDrawing && !timestamps.length) return null;

  return (
    <section data-testid="vision-answer" className="mt-3 flex flex-col gap-2">
      {hasDrawing && images.length > 1 && (
        <div role="radiogroup" aria-label="Image to draw on" className="flex flex-wrap gap-1 text-xs">
          {images.map((img, i) => (
            <button
              key={img.id}
              type="button"
              role="radio"
              aria-checked={img.id === image?.id}
              data-testid="overlay-image-choice"
              onClick={() => setChosen(img.id)}
              className={`rounded-full border px-2 py-0.5 ${img.id === image?.id ? "border-blue-500 bg-blue-50 dark:bg-blue-950" : "border-zinc-300 dark:border-zinc-700"}`}
            >
              Image {i + 1}
            </button>
          ))}
        </div>
      )}
      {hasDrawing && url && image && parsed && (
        <>
          <ImageWithOverlay
            src={url}
            alt={`${image.name} with the model's boxes`}
            grounding={parsed.grounding}
            actions={parsed.actions}
            highlightedId={highlighted}
            onHighlight={(id) => setHighlighted(id)}
            downloadName={`${image.name.replace(/\.[a-z0-9]+$/i, "")}-annotated.png`}
            className="max-w-full rounded-lg"
          />
          <OverlayLegend content={content} items={parsed.items} outOfRange={parsed.grounding.outOfRange} truncated={parsed.grounding.truncated} highlighted={highlighted} onHighlight={setHighlighted} />
        </>
      )}
      {video && timestamps.length > 0 && (
        <div className="flex flex-wrap items-center gap-1 text-xs" data-testid="video-timestamps">
          <span className="text-zinc-500">Jump to:</span>
          {timestamps.slice(0, 50).map((t) => (
            <button
              key={`${messageId}-${t.start}`}
              type="button"
              data-testid="timestamp-link"
              data-seconds={t.seconds}
              onClick={() => {
                const player = document.getElementById(`video-${video.id}`) as HTMLVideoElement | null;
                if (!player) return;
                player.currentTime = t.seconds;
                player.scrollIntoView({ block: "nearest", behavior: "smooth" });
                void player.play().catch(() => {});
              }}
              className="rounded-full border border-zinc-300 px-2 py-0.5 font-mono text-blue-700 hover:bg-blue-50 dark:border-zinc-700 dark:text-blue-300 dark:hover:bg-blue-950"
            >
              {t.text}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
