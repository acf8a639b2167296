/**
 * Changing the language refreshes the page's server parts. After a new chat's first answer the
 * address became `/c/<id>` by history.pushState, so that refresh renders the conversation route
 * instead of `/`, and React mounts the chat shell afresh: the Settings dialog the language was
 * picked in closed under the pointer. The choice marks that Settings should be open in whatever
 * shell the refresh leaves; a shell that mounts meanwhile takes the mark, and the mark is dropped
 * once the refresh has settled (when the shell stayed, nothing needed it).
 */
let keepOpen = false;

export function keepSettingsOpenThroughRefresh(): void {
  keepOpen = true;
}

/** For a shell's initial state: true once, if it mounts during such a refresh. */
export function takeSettingsOpenThroughRefresh(): boolean {
  const open = keepOpen;
  keepOpen = false;
  return open;
}

export function settingsRefreshSettled(): void {
  keepOpen = false;
}
