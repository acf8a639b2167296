import { connection } from "next/server";
import { SignIn } from "@/components/access/sign-in";
import { ChatPage } from "@/components/chat/chat-page";
import { pageAccess } from "@/lib/server/access/page";
import { isDemoMode } from "@/lib/server/env";

/** A stored conversation: it lives in the browser (IndexedDB), so the client loads it from the URL. */
export default async function ConversationPage() {
  // Rendered per request: demo mode depends on the runtime environment, not the build.
  await connection();
  // Checked here, in the page itself: a private server shows nothing of the app without a session.
  const access = await pageAccess();
  if (access.private && !access.user) return <SignIn />;
  return <ChatPage demo={isDemoMode()} user={access.private ? access.user : undefined} stored />;
}
