import { AppError, errorResponse } from "@/lib/errors";
import { guardRequest } from "@/lib/server/access/guard";
import { sniffMedia } from "@/lib/media/sniff";
import { notFound } from "@/lib/server/share/http";
import { readShareAsset } from "@/lib/server/share/page-read";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; n: string }> };

/** Even opened directly, an asset cannot run script or load anything: it is only ever media. */
const ASSET_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": "default-src 'none'; img-src 'self'; media-src 'self'; sandbox",
  "Cache-Control": "no-store",
  "Content-Disposition": "inline",
  "Accept-Ranges": "bytes",
} as const;

const shareUnavailable = () =>
  new AppError("share_unavailable", "This shared conversation cannot be opened right now (the server cannot read its share store). Try again later.", 503, 30);

/** One `bytes=a-b` range (what video players send); anything else gets the whole file. */
function parseRange(header: string | null, size: number): { start: number; end: number } | "unsatisfiable" | null {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === "" && m[2] === "")) return null;
  let start: number;
  let end: number;
  if (m[1] === "") {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  return start > end || start >= size ? "unsatisfiable" : { start, end };
}

export async function GET(request: Request, { params }: Context): Promise<Response> {
  // A host name outside ALLOWED_HOSTS gets the API's 403 envelope: proxy.ts leaves this path to
  // the route (its own policy, not a page's). No session: shared links are public.
  try {
    guardRequest(request, { session: false });
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error);
    throw error;
  }
  const { id, n } = await params;
  if (!/^\d{1,4}$/.test(n)) return errorResponse(notFound());
  const read = await readShareAsset(id, Number(n));
  // errorResponse answers no-store: a CDN must not keep the 503 once the store is back.
  if (read.state === "unavailable") return errorResponse(shareUnavailable());
  if (read.state === "missing") return errorResponse(notFound());
  const asset = read.value;
  // Served by what the bytes are, not by anything stored alongside them.
  const sniffed = sniffMedia(asset.bytes);
  if (!sniffed.ok) return errorResponse(notFound());
  const size = asset.bytes.byteLength;
  const body = asset.bytes as Uint8Array<ArrayBuffer>;
  const range = parseRange(request.headers.get("range"), size);
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...ASSET_HEADERS, "Content-Range": `bytes */${size}` } });
  }
  if (range) {
    return new Response(body.subarray(range.start, range.end + 1), {
      status: 206,
      headers: {
        ...ASSET_HEADERS,
        "Content-Type": sniffed.mimeType,
        "Content-Range": `bytes ${range.start}-${range.end}/${size}`,
        "Content-Length": String(range.end - range.start + 1),
      },
    });
  }
  return new Response(body, { headers: { ...ASSET_HEADERS, "Content-Type": sniffed.mimeType, "Content-Length": String(size) } });
}
