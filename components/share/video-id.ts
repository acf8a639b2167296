/** The DOM id of a shared video player, so timestamp links can seek it (and jump to it without JS). */
export const sharedVideoId = (asset: number) => `shared-video-${asset}`;
