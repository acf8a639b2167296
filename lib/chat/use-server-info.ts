"use client";

import { useQuery } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import { z } from "zod/mini";
import { MODELS, type ModelInfo } from "@/lib/glm/models";
import { afterFirstScreen } from "@/lib/ui/first-screen";
import { effectiveVideoMb } from "./request-size";

const infoSchema = z.object({
  models: z.array(z.custom<ModelInfo>((v) => typeof v === "object" && v !== null && "id" in v)),
  /** The server's choice for a new chat (one it serves); absent from the placeholder. */
  defaultModel: z.optional(z.string()),
  demo: z.boolean(),
  /** Z.ai's built-in web search is available (text models only). */
  webSearch: z.optional(z.boolean()),
  /**
   * `videoMb` is already held to what fits `bodyMb` as base64 (lib/chat/request-size.ts);
   * `shareMb` (SHARE_LIMIT_MB) is absent from the placeholder: the share dialog checks only the server's.
   */
  limits: z.object({ videoMb: z.number(), bodyMb: z.number(), shareMb: z.optional(z.number()) }),
  /** Days a shared link works after it is created or updated (SHARE_TTL_DAYS); absent: links do not expire. */
  shareTtlDays: z.optional(z.number()),
});
export type ServerInfo = z.infer<typeof infoSchema>;

const fallback: ServerInfo = { models: [...MODELS], demo: false, limits: { videoMb: effectiveVideoMb(50, 40), bodyMb: 40 } };

/**
 * The chat page's one observer of the server-info query: ServerInfoProvider, in the shell, passes
 * the result down through ServerInfoContext. An observer per control cost ~1 ms of hydration each
 * (useQuery's setup in a CPU profile: ~5.6 ms for the six `/` mounted; docs/decisions/startup-reads.md,
 * round 6 of the history list); the query cache still owns the data.
 */
export function useServerInfoQuery(): ServerInfo {
  const { data } = useQuery({
    queryKey: ["server-info"],
    // Asked for after the chat page's first screen (the list and the addressed conversation
    // shown): the static catalogue serves until then, and the request (~8 ms of main thread at
    // hydration, fetch included) stays out of a stored conversation's opening
    // (docs/decisions/startup-reads.md, round 5). Pages that claim no first screen ask at once.
    queryFn: async () => {
      await afterFirstScreen();
      return infoSchema.parse(await (await fetch("/api/models")).json());
    },
    placeholderData: fallback,
  });
  return data ?? fallback;
}

export const ServerInfoContext = createContext<ServerInfo | null>(null);

/**
 * The latest server info, read when called: for handlers (a file added or dropped needs the
 * video limit) in components that show nothing of it, so the answer arriving after the first
 * screen does not re-render them (the composer and its controls were 8 renders of that commit;
 * docs/decisions/startup-reads.md, round 7). Stable for the page's life.
 */
export const LatestServerInfoContext = createContext<(() => ServerInfo) | null>(null);

/** The model catalogue and server caps (TanStack Query; the static catalogue until it loads). */
export function useServerInfo(): ServerInfo {
  const info = useContext(ServerInfoContext);
  if (!info) throw new Error("useServerInfo needs the chat page's ServerInfoProvider (components/chat/server-info-provider.tsx)");
  return info;
}

/** A stable function returning the latest server info, for event handlers (no re-render when it changes). */
export function useLatestServerInfo(): () => ServerInfo {
  const latest = useContext(LatestServerInfoContext);
  if (!latest) throw new Error("useLatestServerInfo needs the chat page's ServerInfoProvider (components/chat/server-info-provider.tsx)");
  return latest;
}
