/**
 * A screenshot at 50% x 50% (the official agent harness shrinks history screenshots this way),
 * in the same format as the original. Browser-only (createImageBitmap, OffscreenCanvas).
 */
export async function halfSize(blob: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(blob);
  try {
    const w = Math.max(1, Math.floor(bitmap.width / 2));
    const h = Math.max(1, Math.floor(bitmap.height / 2));
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("Canvas is not available");
    ctx.drawImage(bitmap, 0, 0, w, h);
    const type = blob.type === "image/jpeg" ? "image/jpeg" : "image/png";
    return await canvas.convertToBlob(type === "image/jpeg" ? { type, quality: 0.9 } : { type });
  } finally {
    bitmap.close();
  }
}
