"use client";

import { useCallback, useLayoutEffect, useRef, type ReactNode } from "react";
import { publishServedModels } from "@/lib/chat/served-models";
import { adoptServedModels } from "@/lib/store/chat-store";
import { LatestServerInfoContext, ServerInfoContext, useServerInfoQuery } from "@/lib/chat/use-server-info";

/**
 * Holds the chat page's one server-info observer. A component of its own so that the answer
 * arriving re-renders only the controls that read it, not the shell's other children. Controls
 * that need it only in a handler take `useLatestServerInfo()` instead, which never changes.
 */
export function ServerInfoProvider({ children }: { children: ReactNode }) {
  const info = useServerInfoQuery();
  const latest = useRef(info);
  useLayoutEffect(() => {
    latest.current = info;
    publishServedModels(info.models);
    if (info.defaultModel) adoptServedModels(info.models.map((m) => m.id), info.defaultModel);
  }, [info]);
  const read = useCallback(() => latest.current, []);
  return (
    <LatestServerInfoContext value={read}>
      <ServerInfoContext value={info}>{children}</ServerInfoContext>
    </LatestServerInfoContext>
  );
}
