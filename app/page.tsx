import { connection } from "next/server";
import { SignIn } from "@/components/access/sign-in";
import { ChatPage } from "@/components/chat/chat-page";
import { pageAccess } from "@/lib/server/access/page";
import { isDemoMode } from "@/lib/server/env";
import { isShareId } from "@/lib/server/share/ids";

export default async function NewChatPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Rendered per request: demo mode depends on the runtime environment, not the build.
  await connection();
  // Checked here, in the page itself: a private server shows nothing of the app without a session.
  const access = await pageAccess();
  if (access.private && !access.user) {
    // "Continue this chat" from a share, followed by someone not signed in: the form says why it is there.
    const shared = (await searchParams).import;
    return <SignIn importing={typeof shared === "string" && isShareId(shared) ? shared : undefined} />;
  }
  return <ChatPage demo={isDemoMode()} user={access.private ? access.user : undefined} />;
}
