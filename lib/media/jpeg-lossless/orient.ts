/**
 * EXIF orientations as block moves. Upright pixel (x, y) comes from stored pixel (sx, sy):
 * with `transpose`, (a, b) = (y, x), else (x, y); then sx = flipX ? W-1-a : a, likewise sy.
 * Inside a block the same move is a coefficient permutation: mirroring negates the odd
 * frequencies of the mirrored axis, transposing swaps (u, v).
 */
export interface Orientation {
  transpose: boolean;
  flipX: boolean;
  flipY: boolean;
}

const ORIENTATIONS: Record<number, Orientation> = {
  1: { transpose: false, flipX: false, flipY: false },
  2: { transpose: false, flipX: true, flipY: false },
  3: { transpose: false, flipX: true, flipY: true },
  4: { transpose: false, flipX: false, flipY: true },
  5: { transpose: true, flipX: false, flipY: false },
  6: { transpose: true, flipX: false, flipY: true },
  7: { transpose: true, flipX: true, flipY: true },
  8: { transpose: true, flipX: true, flipY: false },
};

export function orientationOf(exif: number): Orientation | null {
  return ORIENTATIONS[exif] ?? null;
}

/** Natural (row-major) index of the coefficient at each zigzag position. */
export const ZIGZAG = Uint8Array.from([
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57,
  50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
]);
const NATURAL_TO_ZIGZAG = new Uint8Array(64);
for (let k = 0; k < 64; k++) NATURAL_TO_ZIGZAG[ZIGZAG[k]] = k;

/** For each output zigzag position: the source zigzag position and its sign. */
export function coefficientMap(o: Orientation): { from: Uint8Array; sign: Int8Array } {
  const from = new Uint8Array(64);
  const sign = new Int8Array(64);
  for (let k = 0; k < 64; k++) {
    const n = ZIGZAG[k];
    const source = o.transpose ? (n & 7) * 8 + (n >> 3) : n;
    const u = source & 7;
    const v = source >> 3;
    from[k] = NATURAL_TO_ZIGZAG[source];
    sign[k] = (o.flipX && u & 1 ? -1 : 1) * (o.flipY && v & 1 ? -1 : 1);
  }
  return { from, sign };
}
