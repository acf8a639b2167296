/** Browser-only: burns overlay items into a PNG of the image for "Download annotated image". */
import type { OverlayItem } from "@/lib/glm/grounding-overlay";

const COLOR = "#f43f5e";

export async function annotatedPng(img: HTMLImageElement, items: readonly OverlayItem[]): Promise<Blob> {
  const w = img.naturalWidth;
  const h = img.naturalHeight;
  const canvas = document.createElement("canvas");
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("Canvas is not available");
  ctx.drawImage(img, 0, 0, w, h);
  const line = Math.max(2, Math.round(Math.min(w, h) / 300));
  ctx.lineWidth = line;
  ctx.strokeStyle = COLOR;
  ctx.fillStyle = COLOR;
  ctx.font = `${Math.max(12, line * 6)}px sans-serif`;
  const px = (p: { x: number; y: number }) => ({ x: (p.x / 100) * w, y: (p.y / 100) * h });
  const label = (text: string | undefined, x: number, y: number) => {
    if (!text) return;
    const m = ctx.measureText(text);
    const th = line * 8;
    ctx.fillStyle = COLOR;
    ctx.fillRect(x, Math.max(0, y - th), m.width + line * 2, th);
    ctx.fillStyle = "#ffffff";
    ctx.fillText(text, x + line, Math.max(th, y) - line * 2);
    ctx.fillStyle = COLOR;
  };
  for (const item of items) {
    if (item.kind === "box") {
      const r = item.rect;
      const x = (r.left / 100) * w;
      const y = (r.top / 100) * h;
      ctx.strokeRect(x, y, (r.width / 100) * w, (r.height / 100) * h);
      label(item.label, x, y);
    } else if (item.kind === "point" || item.at) {
      const at = px(item.kind === "point" ? item.at : item.at!);
      ctx.beginPath();
      ctx.arc(at.x, at.y, line * 4, 0, Math.PI * 2);
      ctx.stroke();
      label(item.kind === "point" ? item.label : undefined, at.x + line * 5, at.y);
    }
    if (item.kind === "action" && item.arrow) {
      const a = px(item.arrow.from);
      const b = px(item.arrow.to);
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
      const angle = Math.atan2(b.y - a.y, b.x - a.x);
      const head = line * 6;
      ctx.beginPath();
      ctx.moveTo(b.x, b.y);
      ctx.lineTo(b.x - head * Math.cos(angle - 0.5), b.y - head * Math.sin(angle - 0.5));
      ctx.lineTo(b.x - head * Math.cos(angle + 0.5), b.y - head * Math.sin(angle + 0.5));
      ctx.closePath();
      ctx.fill();
    }
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encode failed"))), "image/png"));
}
