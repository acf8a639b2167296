/**
 * Link and image URL policy for untrusted model output: only http(s) and mailto links (plus
 * in-page fragments, which footnotes need); anything else renders as plain text.
 */

const NAMED_ENTITIES: Record<string, string> = {
  colon: ":",
  tab: "\t",
  newline: "\n",
  sol: "/",
  lpar: "(",
  rpar: ")",
  period: ".",
  amp: "&",
  nbsp: " ",
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g;

/** Normalised form used only to decide on the scheme. */
function schemeOf(url: string): string | null {
  let value = url;
  // Entities may be nested ("&amp;#106;"), so decode until stable (bounded).
  for (let i = 0; i < 3; i++) {
    const next = decodeEntities(value);
    if (next === value) break;
    value = next;
  }
  value = value.replace(INVISIBLE, "").toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(value);
  return m ? m[1] : null;
}

const LINK_SCHEMES = new Set(["http", "https", "mailto"]);

/** Returns a safe href for a link, or null when the link must not be clickable. */
export function sanitizeLinkUrl(url: string | null | undefined): string | null {
  if (typeof url !== "string") return null;
  const trimmed = url.trim();
  if (trimmed === "") return null;
  if (/^#[\w\-.:]*$/.test(trimmed)) return trimmed;
  const scheme = schemeOf(trimmed);
  if (!scheme || !LINK_SCHEMES.has(scheme)) return null;
  if (scheme === "mailto") return trimmed.replace(INVISIBLE, "");
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

const DATA_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

/** Returns a safe image source (http(s) or an inline raster data URL), or null. */
export function sanitizeImageUrl(url: string | null | undefined): string | null {
  if (typeof url !== "string") return null;
  const trimmed = url.trim();
  if (DATA_IMAGE.test(trimmed)) return trimmed;
  const scheme = schemeOf(trimmed);
  if (scheme !== "http" && scheme !== "https") return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
