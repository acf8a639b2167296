/**
 * Calls `onGone` once when the process that started this one has gone. `kill -TERM <npm pid>`
 * (pm2, a manual kill, `CMD ["npm","start"]`) ends npm without passing the signal on, and the
 * orphaned start script and next-server would keep the port: the kernel re-parents an orphan,
 * so a changed `process.ppid` is the sign. Polled cheaply on an unref'd timer: it never keeps
 * the process alive by itself.
 */
import { clearInterval, setInterval } from "node:timers";

export function watchParent(onGone, { intervalMs = 1000, parentPid = process.ppid } = {}) {
  const timer = setInterval(() => {
    if (process.ppid === parentPid) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
