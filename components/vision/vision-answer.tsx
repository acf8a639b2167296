"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { useDrawingChoice } from "./use-drawing-choice";
import type { Attachment } from "@/lib/chat/message";
import { drawingImage } from "@/lib/glm/drawing-image";
import { useObjectUrl } from "@/components/chat/attachments/use-object-url";
import { ImageWithOverlay } from "./image-with-overlay";
import { OverlayLegend } from "./overlay-legend";
import { TimestampLinks } from "./timestamp-links";
import { useAnswerDrawing } from "./use-answer-drawing";
import { Button } from "@/components/ui/button";

interface Props {
  content: string;
  /** Images and videos of this turn (the user message the answer replies to). */
  media: readonly Attachment[];
}

/**
 * Draws what a vision answer points at on the image the model saw: grounding boxes and points,
 * GUI actions, and for video turns, timestamps that seek the player.
 */
export function VisionAnswer({ content: live, media }: Props) {
  // Parsing a huge hostile answer must not hold up the stream's text: it may lag a frame.
  const t = useTranslations("vision");
  const content = useDeferredValue(live);
  const images = media.filter((m) => m.kind === "image");
  const video = media.find((m) => m.kind === "video");
  const [chosen, setChosen] = useDrawingChoice(images.map((i) => i.id));
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const image = images.find((i) => i.id === chosen) ?? drawingImage(images);

  const { parsed, timestamps, hasDrawing } = useAnswerDrawing(content, !!image, !!video);
  // Only an answer that draws shows the image: an object URL per answer of an image turn was the
  // costliest native call of opening a long conversation with images (render-work.md).
  const url = useObjectUrl(hasDrawing ? image?.blob : undefined);

  if (!hasDrawing && !timestamps.length) return null;

  return (
    <section data-testid="vision-answer" className="mt-3 flex flex-col gap-2">
      {hasDrawing && images.length > 1 && (
        <div role="radiogroup" aria-label={t("imageChoice")} className="flex flex-wrap gap-1 text-xs">
          {images.map((img, i) => (
            <Button
              key={img.id}
              variant="chip"
              size="xs"
              role="radio"
              aria-checked={img.id === image?.id}
              data-testid="overlay-image-choice"
              onClick={() => setChosen(img.id)}
              className="max-w-48"
            >
              {/* Named after its file (or PDF page): "Image 2" left the reader guessing which. */}
              <span className="truncate">{img.doc ? t("page", { name: img.doc.name, page: img.doc.page }) : img.name || t("image", { n: i + 1 })}</span>
            </Button>
          ))}
        </div>
      )}
      {hasDrawing && url && image && parsed && (
        <>
          <ImageWithOverlay
            src={url}
            alt={t("withBoxes", { name: image.name })}
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
      {video && timestamps.length > 0 && <TimestampLinks timestamps={timestamps} playerId={`video-${video.id}`} />}
    </section>
  );
}
