import type { Source } from "@/lib/chat/message";

/**
 * Z.ai's built-in web search (docs/glm-protocol.md section 10): the request tool, and the results that
 * come back as a top-level `web_search` array of `{title, content, link, media, icon, refer,
 * publish_date}`. Results are untrusted: only http(s) links survive, text is length-capped.
 */
export const WEB_SEARCH_TOOL = { type: "web_search", web_search: { enable: true, search_result: true } } as const;

const MAX_SOURCES = 50;
const MAX_TEXT = 300;

export function parseWebSearch(raw: unknown): Source[] {
  if (!Array.isArray(raw)) return [];
  const out: Source[] = [];
  raw.slice(0, MAX_SOURCES).forEach((item, position) => {
    if (!item || typeof item !== "object") return;
    const r = item as Record<string, unknown>;
    const link = httpUrl(r.link);
    if (!link) return;
    const ref = typeof r.refer === "string" ? /(\d+)/.exec(r.refer)?.[1] : undefined;
    const source: Source = {
      index: ref ? Number(ref) : position + 1,
      title: text(r.title) || new URL(link).hostname,
      link,
    };
    const site = text(r.media) || new URL(link).hostname;
    if (site) source.site = site;
    const date = text(r.publish_date);
    if (date) source.publishDate = date;
    const refer = text(r.refer);
    if (refer) source.refer = refer;
    const content = text(r.content);
    if (content) source.content = content;
    // `icon` is left out on purpose: no remote image is loaded without the user's click.
    out.push(source);
  });
  return out;
}

/** The href for an untrusted link, or undefined unless it is a well-formed http(s) URL. */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function text(value: unknown): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim().slice(0, MAX_TEXT) : "";
}
