import { AppError, errorResponse } from "@/lib/errors";
import { readPdfjsAsset } from "@/lib/server/pdfjs-assets";

/** GET /pdfjs/<dir>/<file>: pdf.js assets for the PDF page worker (lib/media/pdf). */
export async function GET(_req: Request, ctx: { params: Promise<{ dir: string; file: string }> }): Promise<Response> {
  const { dir, file } = await ctx.params;
  const asset = await readPdfjsAsset(dir, file);
  if (!asset) return errorResponse(new AppError("not_found", "No such pdf.js asset.", 404));
  return new Response(asset.bytes as BodyInit, {
    headers: { "Content-Type": asset.type, "Cache-Control": "public, max-age=604800, immutable" },
  });
}
