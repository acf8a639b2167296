import { connection } from "next/server";
import { ChatApp } from "@/components/chat/chat-app";
import { isDemoMode } from "@/lib/server/env";

/** A stored conversation: it lives in the browser (IndexedDB), so the client loads it from the URL. */
export default async function ConversationPage() {
  // Rendered per request: demo mode depends on the runtime environment, not the build.
  await connection();
  return <ChatApp demo={isDemoMode()} />;
}
