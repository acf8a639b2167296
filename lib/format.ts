/** Display formatting shared by the app, the share page and error messages (pure, no locale). */

const UNITS = ["KB", "MB", "GB", "TB"];

/**
 * "512 bytes", "1.5 KB", "12 KB", "3.2 MB", "50 MB": one decimal under 10, whole numbers above.
 * `bytesWord` is the reader's word for bytes (the units are the same in every language).
 */
export function formatBytes(bytes: number, bytesWord = "bytes"): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${Math.max(0, Math.round(bytes || 0))} ${bytesWord}`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${shown} ${UNITS[unit]}`;
}

/** A duration split for a message catalogue: whole minutes and the seconds left; never under 1 s. */
export function durationParts(ms: number): { min: number; s: number } {
  const total = Math.max(1, Math.round(ms / 1000));
  return { min: Math.floor(total / 60), s: total % 60 };
}

/** A duration as the reasoning label reads it: "3 s", "2 min 5 s"; never under 1 s. */
export function formatSeconds(ms: number): string {
  const { min, s } = durationParts(ms);
  return min === 0 ? `${s} s` : `${min} min ${s} s`;
}
