/**
 * Builds the srcdoc for the HTML preview iframe. The iframe is sandboxed with allow-scripts only
 * (opaque origin); the injected CSP additionally forbids all network access from the page, and
 * elements that navigate or re-base URLs are neutralised.
 */

export const PREVIEW_CSP =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; font-src data:; media-src data:; form-action 'none'; base-uri 'none'";

const META = `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_CSP}">`;

/** Inserts the CSP as the very first element so it governs everything after it. */
export function buildPreviewDoc(html: string): string {
  // A meta refresh would navigate the frame to a remote URL, which CSP does not block.
  const body = html.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?\s*refresh[^>]*>/gi, "");
  const doctype = /^\s*<!doctype[^>]*>/i.exec(body);
  const head = doctype ? body.slice(doctype[0].length) : body;
  const headOpen = /^\s*(<html\b[^>]*>)?\s*<head\b[^>]*>/i.exec(head);
  if (headOpen) {
    const at = (doctype?.[0].length ?? 0) + headOpen[0].length;
    return body.slice(0, at) + META + body.slice(at);
  }
  return (doctype ? doctype[0] : "<!doctype html>") + META + head;
}
