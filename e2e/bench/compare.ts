/**
 * Ratios against a reference measured in the same process, interleaved A B A B, so a figure means
 * the same on a quiet laptop and on a shared 2-core box: load hits both sides of each round alike.
 * Each ratio is reported as the median of the per-round ratios with their spread (min–max).
 */

export interface Summary {
  median: number;
  min: number;
  max: number;
  rounds: number;
}

export function summarise(values: number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], rounds: s.length };
}

/**
 * Runs `rounds` rounds of the reference then the subject (alternating which goes first, so
 * neither always inherits the other's warm caches or leftover load) and returns each round's
 * pair of measurements.
 */
export async function interleave<T>(rounds: number, reference: () => Promise<T>, subject: () => Promise<T>): Promise<Array<{ reference: T; subject: T }>> {
  const out = await rotate(rounds, { reference, subject });
  return out.map((r) => ({ reference: r.reference, subject: r.subject }));
}

/** Like `interleave` for any number of contenders: each round runs them all, in a rotated order. */
export async function rotate<K extends string, T>(rounds: number, runners: Record<K, () => Promise<T>>): Promise<Array<Record<K, T>>> {
  const names = Object.keys(runners) as K[];
  const out: Array<Record<K, T>> = [];
  for (let i = 0; i < rounds; i++) {
    const round = {} as Record<K, T>;
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length];
      round[name] = await runners[name]();
    }
    out.push(round);
  }
  return out;
}

const missed: string[] = [];

/** True when `npm run bench -- --compare` asked for ratios only. */
export const compareOnly = process.env.BENCH_COMPARE === "1";

/**
 * Prints one ratio (subject / reference per round) against its ceiling, e.g. "≤ 2x the floor".
 * A miss sets a non-zero exit code so `npm run bench -- --compare` fails on a regression.
 */
export function reportRatio(name: string, perRound: number[], max: number) {
  const clean = perRound.filter((v) => Number.isFinite(v));
  const s = clean.length ? summarise(clean) : { median: Number.NaN, min: Number.NaN, max: Number.NaN, rounds: 0 };
  const ok = clean.length === perRound.length && s.median <= max;
  if (!ok) {
    missed.push(name);
    process.exitCode = 1;
  }
  const value = `${s.median.toFixed(2)}x`;
  const spread = `(${s.min.toFixed(2)}–${s.max.toFixed(2)}, ${s.rounds} rounds)`;
  console.log(`${ok ? "PASS" : "MISS"}  ${name.padEnd(58)} ${value.padStart(8)} ${spread.padEnd(24)} target ≤ ${max}x`);
}

/** A hard condition that belongs with the ratios (zero errors, a task budget). */
export function reportCheck(name: string, value: string, target: string, ok: boolean) {
  if (!ok) {
    missed.push(name);
    process.exitCode = 1;
  }
  console.log(`${ok ? "PASS" : "MISS"}  ${name.padEnd(58)} ${value.padStart(33)} target ${target}`);
}

export function missedRatios(): readonly string[] {
  return missed;
}
