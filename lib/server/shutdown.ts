import { lifecycle } from "./lifecycle";

/**
 * Graceful stop on SIGTERM (docker stop, Kubernetes, systemd). Next's own handler runs too: it
 * closes the listening socket (new connections are refused, so nginx sends them to another
 * instance) and exits once every connection has ended. This adds the part Next lacks: running
 * answers get SHUTDOWN_GRACE_S to finish, then end with an `interrupted` event (Continue works on
 * any other instance), so the process never hangs on a long answer and never cuts one silently.
 */
export function installShutdown(graceSeconds: number): void {
  const holder = globalThis as { __glmShutdownInstalled?: boolean };
  if (holder.__glmShutdownInstalled) return;
  holder.__glmShutdownInstalled = true;
  process.once("SIGTERM", () => {
    const life = lifecycle();
    log({ msg: "shutdown: draining", liveStreams: life.liveStreams(), graceSeconds });
    void life.drain(graceSeconds * 1000).then((result) => {
      log({ msg: "shutdown: drained", ...result });
      // Next exits when the last connection closes; this only guards against one that never does.
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  });
}

function log(fields: Record<string, unknown>): void {
  console.log(JSON.stringify({ level: "info", time: new Date().toISOString(), ...fields }));
}
