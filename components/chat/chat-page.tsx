import { Sidebar } from "@/components/sidebar/sidebar";
import { ChatApp } from "./chat-app";
import { ChatHeader } from "./chat-header";
import { Composer } from "./composer";
import { ComposerTools } from "./composer-tools";
import { MessageList } from "./message-list";

/**
 * The chat page (`/` and `/c/<id>`), composed on the server: the shell and each region are
 * separate client references, so the browser evaluates each region's code and hydrates it in
 * its own task (inside the shell's Suspense boundaries) instead of one long task for the whole
 * page. See docs/decisions/startup-reads.md, round 4.
 */
export function ChatPage({ demo, user }: { demo: boolean; user?: string }) {
  return (
    <ChatApp
      demo={demo}
      sidebar={<Sidebar />}
      header={<ChatHeader demo={demo} user={user} />}
      messages={<MessageList />}
      composer={
        <>
          <ComposerTools />
          <Composer />
        </>
      }
    />
  );
}
