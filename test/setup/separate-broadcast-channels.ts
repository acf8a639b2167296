/**
 * Each test file gets its own BroadcastChannel names. Vitest runs files in worker threads of one
 * process, and Node delivers a BroadcastChannel's messages to every thread: one file's writes
 * (announced on "glm-chat") reached another file's listeners, and a test that expects to hear no
 * change failed whenever the two files happened to run at the same time (a loaded CI machine).
 * Browsers keep a channel to one origin; this keeps it to one file.
 */
const holder = globalThis as { nativeBroadcastChannel?: typeof BroadcastChannel };
const Native = (holder.nativeBroadcastChannel ??= globalThis.BroadcastChannel);
const fileTag = crypto.randomUUID();

globalThis.BroadcastChannel = class FileBroadcastChannel extends Native {
  constructor(name: string) {
    super(`${name}#${fileTag}`);
  }
} as typeof BroadcastChannel;
