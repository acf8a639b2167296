import { connection } from "next/server";
import { ChatApp } from "@/components/chat/chat-app";
import { isDemoMode } from "@/lib/server/env";

export default async function NewChatPage() {
  // Rendered per request: demo mode depends on the runtime environment, not the build.
  await connection();
  return <ChatApp demo={isDemoMode()} />;
}
