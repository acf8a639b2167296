"use client";

import { useMemo, useState } from "react";
import { parseGrounding } from "@/lib/glm/grounding";
import { overlayItems } from "@/lib/glm/grounding-overlay";
import { parseGuiActions } from "@/lib/glm/gui-actions";
import { findTimestamps } from "@/lib/media/timestamps";
import type { PublicAttachment } from "@/lib/server/share/view";
import { ImageWithOverlay } from "@/components/vision/image-with-overlay";
import { OverlayLegend } from "@/components/vision/overlay-legend";
import { sharedVideoId } from "./video-id";

/**
 * The shared page's counterpart of VisionAnswer: the same overlay drawn on the shared asset URL
 * (not a Blob), so the server render already has the boxes in place (percent-positioned CSS,
 * no script needed to see them). Hover links and timestamp seeking come with hydration.
 */
export function SharedVision({ content, media }: { content: string; media: readonly PublicAttachment[] }) {
  const image = media.findLast((m) => m.kind === "image");
  const video = media.find((m) => m.kind === "video");
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const parsed = useMemo(() => {
    if (!image) return null;
    const grounding = parseGrounding(content);
    const actions = parseGuiActions(content);
    return { grounding, actions, items: overlayItems(grounding, actions) };
  }, [content, image]);
  const timestamps = useMemo(() => (video ? findTimestamps(content) : []), [content, video]);
  const hasDrawing = image && parsed && (parsed.items.length > 0 || parsed.grounding.outOfRange.length > 0);
  if (!hasDrawing && !timestamps.length) return null;
  const baseName = (image?.name ?? "image").replace(/\.[a-z0-9]+$/i, "");

  return (
    <section data-testid="vision-answer" className="mt-3 flex flex-col gap-2">
      {hasDrawing && (
        <>
          <ImageWithOverlay
            src={image.url}
            alt={`${image.name ?? "Shared image"} with the model's boxes`}
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
      {video && timestamps.length > 0 && (
        <div className="flex flex-wrap items-center gap-1 text-xs" data-testid="video-timestamps">
          <span className="text-zinc-500">Jump to:</span>
          {timestamps.slice(0, 50).map((t) => (
            <a
              key={t.start}
              href={`#${sharedVideoId(video.asset)}`}
              data-testid="timestamp-link"
              data-seconds={t.seconds}
              onClick={(e) => {
                const player = document.getElementById(sharedVideoId(video.asset)) as HTMLVideoElement | null;
                if (!player) return;
                e.preventDefault();
                player.currentTime = t.seconds;
                player.scrollIntoView({ block: "nearest", behavior: "smooth" });
                void player.play().catch(() => {});
              }}
              className="rounded-full border border-zinc-300 px-2 py-0.5 font-mono text-blue-700 hover:bg-blue-50 dark:border-zinc-700 dark:text-blue-300 dark:hover:bg-blue-950"
            >
              {t.text}
            </a>
          ))}
        </div>
      )}
    </section>
  );
}
