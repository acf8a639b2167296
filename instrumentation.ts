/** Validates configuration once at server start, so a bad value fails loudly and early. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvOrExit } = await import("./lib/server/check-env");
    const env = checkEnvOrExit();
    // Before the first request: limits key on the socket address this hook records.
    const { installRequestGate } = await import("./lib/server/request-gate");
    const { serveChatFast } = await import("./lib/server/chat/fast-path");
    installRequestGate(serveChatFast);
    const { installShutdown } = await import("./lib/server/shutdown");
    installShutdown(env.SHUTDOWN_GRACE_S);
  }
}
