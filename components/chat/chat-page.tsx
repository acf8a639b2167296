import { Sidebar } from "@/components/sidebar/sidebar";
import { ChatApp } from "./chat-app";
import { ChatHeader } from "./chat-header";
import { Composer } from "./composer";
import { ComposerTools } from "./composer-tools";
import { MessageList } from "./message-list";
import { HydrateAfterFirstScreen } from "./hydrate-after-first-screen";

/**
 * The chat page (`/` and `/c/<id>`), composed on the server: the shell and each region are
 * separate client references, so the browser evaluates each region's code and hydrates it in
 * its own task (inside the shell's Suspense boundaries) instead of one long task for the whole
 * page. See docs/decisions/startup-reads.md, round 4. `stored` (a stored conversation's
 * address, `/c/<id>`): its messages are what the page is for, so the message list hydrates with
 * the shell rather than at idle priority after it (round 5), and the history column hydrates
 * once they are painted (round 12), and until the conversation is read the list says it is
 * opening one (the server cannot know what it holds) instead of a new chat's welcome.
 */
export function ChatPage({ demo, user, stored = false }: { demo: boolean; user?: string; stored?: boolean }) {
  return (
    <ChatApp
      demo={demo}
      messagesFirst={stored}
      sidebar={
        stored ? (
          <HydrateAfterFirstScreen>
            <Sidebar />
          </HydrateAfterFirstScreen>
        ) : (
          <Sidebar />
        )
      }
      header={<ChatHeader demo={demo} user={user} />}
      messages={<MessageList stored={stored} />}
      composer={
        <>
          <ComposerTools />
          <Composer />
        </>
      }
    />
  );
}
