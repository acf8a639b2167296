/** Pure windowing maths for long lists with per-row heights (the sidebar holds thousands of rows). */

/** offsets[i] is the top of row i; offsets[n] the total height. */
export function rowOffsets(heights: ArrayLike<number>): Float64Array {
  const offsets = new Float64Array(heights.length + 1);
  for (let i = 0; i < heights.length; i += 1) offsets[i + 1] = offsets[i] + heights[i];
  return offsets;
}

/** Index of the row containing y (binary search), clamped to the rows that exist. */
export function rowAt(offsets: Float64Array, y: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Rows [start, end) to render for a viewport, with overscan rows either side. */
export function visibleRange(offsets: Float64Array, scrollTop: number, viewport: number, overscan = 6): { start: number; end: number } {
  const n = offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  const start = Math.max(0, rowAt(offsets, scrollTop) - overscan);
  const end = Math.min(n, rowAt(offsets, scrollTop + viewport) + 1 + overscan);
  return { start, end };
}
