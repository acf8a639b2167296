"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { PublicAttachment } from "@/lib/server/share/view";
import { drawingImage } from "@/lib/glm/drawing-image";
import { ImageWithOverlay } from "@/components/vision/image-with-overlay";
import { OverlayLegend } from "@/components/vision/overlay-legend";
import { TimestampLinks } from "@/components/vision/timestamp-links";
import { useAnswerDrawing } from "@/components/vision/use-answer-drawing";
import { sharedVideoId } from "./video-id";

/**
 * The shared page's counterpart of VisionAnswer: the same overlay drawn on the shared asset URL
 * (not a Blob), so the server render already has the boxes in place (percent-positioned CSS,
 * no script needed to see them). Hover links and timestamp seeking come with hydration.
 */
export function SharedVision({ content, media }: { content: string; media: readonly PublicAttachment[] }) {
  const t = useTranslations("shared");
  const image = drawingImage(media);
  const video = media.find((m) => m.kind === "video");
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const { parsed, timestamps, hasDrawing } = useAnswerDrawing(content, !!image, !!video);
  if (!hasDrawing && !timestamps.length) return null;
  const baseName = (image?.name ?? "image").replace(/\.[a-z0-9]+$/i, "");

  return (
    <section data-testid="vision-answer" className="mt-3 flex flex-col gap-2">
      {hasDrawing && image && parsed && (
        <>
          <ImageWithOverlay
            src={image.url}
            alt={t("withBoxes", { name: image.name ?? t("image") })}
            grounding={parsed.grounding}
            actions={parsed.actions}
            highlightedId={highlighted}
            onHighlight={(id) => setHighlighted(id)}
            downloadName={`${baseName}-annotated.png`}
            className="max-w-full rounded-lg"
          />
          <OverlayLegend content={content} items={parsed.items} outOfRange={parsed.grounding.outOfRange} truncated={parsed.grounding.truncated} highlighted={highlighted} onHighlight={setHighlighted} />
        </>
      )}
      {video && timestamps.length > 0 && <TimestampLinks timestamps={timestamps} playerId={sharedVideoId(video.asset)} />}
    </section>
  );
}
