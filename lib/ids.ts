/** Random ids for conversations and messages (not secrets: share ids are made on the server). */
export function newId(): string {
  return crypto.randomUUID();
}
