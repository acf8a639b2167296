/** Browser-only: the trajectory as a JSON file, and as one PNG strip of annotated screenshots. */
import type { AgentSession } from "@/lib/chat/message";
import type { TimelineStep } from "@/lib/chat/agent-timeline";
import { trajectoryJson } from "@/lib/chat/agent-trajectory";
import { describeAction } from "@/lib/glm/agent/describe-action";
import { overlayItems } from "@/lib/glm/grounding-overlay";
import { blobToBase64 } from "@/lib/media/base64";
import { annotatedPng, saveBlob } from "@/components/vision/annotate";

export async function exportTrajectoryJson(agent: AgentSession, model: string, steps: readonly TimelineStep[]): Promise<void> {
  const json = await trajectoryJson(agent, model, steps, blobToBase64);
  saveBlob(new Blob([json], { type: "application/json" }), "agent-trajectory.json");
}

async function loadImage(blob: Blob): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = URL.createObjectURL(blob);
  try {
    await img.decode();
  } finally {
    URL.revokeObjectURL(img.src);
  }
  return img;
}

const HEIGHT = 320;
const CAPTION = 44;

export async function exportTrajectoryStrip(steps: readonly TimelineStep[]): Promise<void> {
  const tiles: Array<{ bitmap: ImageBitmap; caption: string }> = [];
  for (const s of steps) {
    if (!s.screenshot) continue;
    const img = await loadImage(s.screenshot.blob);
    const action = s.answer?.parsed;
    const png = await annotatedPng(img, overlayItems(null, action ? [action] : []));
    tiles.push({ bitmap: await createImageBitmap(png), caption: `Step ${s.index}: ${describeAction(action, s.answer?.action)}` });
  }
  if (!tiles.length) return;
  const widths = tiles.map((t) => Math.round((t.bitmap.width / t.bitmap.height) * HEIGHT));
  const canvas = document.createElement("canvas");
  canvas.width = widths.reduce((a, b) => a + b + 8, 8);
  canvas.height = HEIGHT + CAPTION + 16;
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = "#18181b";
  ctx.font = "14px sans-serif";
  let x = 8;
  tiles.forEach((t, i) => {
    ctx.drawImage(t.bitmap, x, 8, widths[i], HEIGHT);
    ctx.fillText(t.caption.slice(0, Math.floor(widths[i] / 7)), x, HEIGHT + 32, widths[i]);
    t.bitmap.close();
    x += widths[i] + 8;
  });
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, "image/png"));
  if (blob) saveBlob(blob, "agent-trajectory.png");
}
