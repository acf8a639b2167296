import type { Page } from "playwright-core";

/**
 * A phone-like photo made in the page: smooth gradients with mild sensor noise (~4-6 MB per 12 MP
 * at quality 0.92), tagged EXIF orientation 6 as portrait phone shots are, so it must be decoded,
 * rotated and re-encoded: the common worst case. Deterministic; returns the JPEG bytes.
 */
export async function makePhoto(page: Page, width = 4000, height = 3000): Promise<Buffer> {
  const photo = await page.evaluate(async ([w, h]) => {
    const c = new OffscreenCanvas(w, h);
    const g = c.getContext("2d")!;
    const img = g.createImageData(w, h);
    let s = 12345;
    for (let i = 0; i < img.data.length; i += 4) {
      s = (s * 1103515245 + 12345) >>> 0;
      const n = (s >>> 28) - 8;
      const p = i / 4;
      const x = p % w;
      const y = (p / w) | 0;
      img.data[i] = (128 + 100 * Math.sin(x / 150) + n) & 255;
      img.data[i + 1] = (128 + 90 * Math.cos(y / 110) + n) & 255;
      img.data[i + 2] = (128 + 60 * Math.sin((x + y) / 90) + n) & 255;
      img.data[i + 3] = 255;
    }
    g.putImageData(img, 0, 0);
    const blob = await c.convertToBlob({ type: "image/jpeg", quality: 0.92 });
    const raw = new Uint8Array(await blob.arrayBuffer());
    const exif = [0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08,
      0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
    const bytes = new Uint8Array([...raw.slice(0, 2), ...exif, ...raw.slice(2)]);
    let out = "";
    for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(out);
  }, [width, height] as const);
  return Buffer.from(photo, "base64");
}
