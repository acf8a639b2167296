import type { PublicAttachment, PublicMessage } from "@/lib/server/share/view";
import { SharedMessage } from "./shared-message";

interface Props {
  messages: readonly PublicMessage[];
  /** The first message of this run and the end of the page (absolute indexes). */
  from: number;
  end: number;
  media: ReadonlyMap<number, readonly PublicAttachment[]>;
  plain: (i: number) => boolean;
}

/** One turn of the event loop: what other requests were waiting for runs first. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The messages of a shared page, one per turn of the event loop. A page of tables costs up to
 * ~0.1 s of rendering (lib/server/share/paging.ts); rendered in one go, a few such views at once
 * held every other request (a chat's first byte, a health probe) for all of that time. Each
 * message here renders after a yield, so the longest stretch any other request waits is one
 * message, while the page's HTML stays exactly the same (no Suspense fallbacks, readable
 * without JavaScript).
 */
export async function SharedMessageRun({ messages, from, end, media, plain }: Props) {
  if (from >= end) return null;
  await yieldToOthers();
  return (
    <>
      <SharedMessage message={messages[from]} turnMedia={media.get(from)} plain={plain(from)} />
      <SharedMessageRun messages={messages} from={from + 1} end={end} media={media} plain={plain} />
    </>
  );
}
