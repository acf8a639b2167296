"use client";

import type { ReactNode } from "react";
import { ServerInfoContext, useServerInfoQuery } from "@/lib/chat/use-server-info";

/**
 * Holds the chat page's one server-info observer. A component of its own so that the answer
 * arriving re-renders only the controls that read it, not the shell's other children.
 */
export function ServerInfoProvider({ children }: { children: ReactNode }) {
  return <ServerInfoContext value={useServerInfoQuery()}>{children}</ServerInfoContext>;
}
