import type { ChatMessage } from "./message";
import { tooLargeCause, type TooLargeCause } from "./request-size";
import { sentMediaSizes, type TurnSettings } from "./to-request";

/**
 * What made the request for `answerId` too large (a 413): its own question's files, or the chat's
 * earlier ones sent again with it. Read by the answer's card and by the live region that says the
 * card's words.
 */
export function tooLargeCauseOf(messages: readonly ChatMessage[], answerId: string, settings: TurnSettings, bodyMb: number): TooLargeCause {
  const at = messages.findIndex((m) => m.id === answerId);
  if (at < 0) return "unknown";
  const { own, earlier } = sentMediaSizes(messages.slice(0, at), settings);
  return tooLargeCause(own, earlier, bodyMb);
}
