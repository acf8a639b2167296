/**
 * Stop pressed for an answer another tab streams: that tab alone holds the request, so it is asked
 * on the channel. The ask is repeated until the answer is no longer running there: a message can
 * miss a tab whose scripts were held at that moment (a debugger, a busy page), and one lost ask
 * left this tab saying "Stopping…" while the other went on. The other tab stops only the answer
 * named, so asking twice is harmless.
 */
export function keepAskingToStop(ask: () => void, stillRunning: () => boolean, { everyMs = 1000, times = 10 } = {}): void {
  ask();
  let left = times - 1;
  const again = () => {
    if (!stillRunning() || left-- <= 0) return;
    ask();
    setTimeout(again, everyMs);
  };
  setTimeout(again, everyMs);
}
