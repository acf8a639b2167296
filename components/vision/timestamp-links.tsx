"use client";

import { useTranslations } from "next-intl";
import type { Timestamp } from "@/lib/media/timestamps";

/**
 * Timestamps from a video answer as links that seek the player. They are real anchors to the
 * player, so without JavaScript (shared pages) they still scroll to it.
 */
export function TimestampLinks({ timestamps, playerId }: { timestamps: readonly Timestamp[]; playerId: string }) {
  const tv = useTranslations("vision");
  return (
    <div className="flex flex-wrap items-center gap-1 text-xs" data-testid="video-timestamps">
      <span className="text-muted-fg">{tv("jumpTo")}</span>
      {timestamps.slice(0, 50).map((t) => (
        <a
          key={t.start}
          href={`#${playerId}`}
          data-testid="timestamp-link"
          data-seconds={t.seconds}
          onClick={(e) => {
            const player = document.getElementById(playerId) as HTMLVideoElement | null;
            if (!player) return;
            e.preventDefault();
            player.currentTime = t.seconds;
            player.scrollIntoView({ block: "nearest", behavior: "smooth" });
            void player.play().catch(() => {});
          }}
          className="rounded-full border border-line-strong px-2 py-0.5 font-mono text-link hover:bg-info-soft"
        >
          {t.text}
        </a>
      ))}
    </div>
  );
}
