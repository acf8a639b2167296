/**
 * Builds the srcdoc for the HTML preview iframe by parsing the model's HTML (parse5, the HTML
 * standard's own algorithm) instead of pattern-matching it: an attribute written with entities
 * (`http-equiv=&#x72;efresh`) is decoded by the parser exactly as a browser would, so it is seen.
 *
 * The frame is one of several walls (see components/markdown/html-preview.tsx): sandboxed
 * without same-origin, top navigation, popups or forms; the page's CSP `frame-src 'none'` refuses
 * any navigation of the frame; and the CSP injected here forbids all network access.
 */
import { defaultTreeAdapter as tree, parse, serialize, type DefaultTreeAdapterTypes as T } from "parse5";

const BASE_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; media-src data:; form-action 'none'; base-uri 'none'";

export const previewCsp = (scripts: boolean) => `${BASE_CSP}; script-src ${scripts ? "'unsafe-inline'" : "'none'"}`;

export interface PreviewOptions {
  /** Off by default: the user turns scripts on with the "Run scripts" switch. */
  scripts: boolean;
  /**
   * The page's CSP nonce. An about:srcdoc frame inherits the page's policy, which admits only
   * nonced scripts, so with scripts on each inline script carries it. The frame is an opaque
   * origin with no network: knowing the nonce gives it no way into the page.
   */
  nonce?: string;
}

type Node = T.ChildNode | T.Document;

/** Elements that can navigate or re-base the frame whatever their attributes spell. */
function isDangerous(el: T.Element, scripts: boolean): boolean {
  if (el.tagName === "base") return true;
  if (el.tagName === "meta" && el.attrs.some((a) => a.name === "http-equiv")) return true;
  if (el.tagName === "script") return !scripts || el.attrs.some((a) => a.name === "src");
  return false;
}

function clean(node: Node, opts: PreviewOptions): void {
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of [...children]) {
    if (!tree.isElementNode(child)) continue;
    if (isDangerous(child, opts.scripts)) {
      tree.detachNode(child);
      continue;
    }
    if (!opts.scripts) child.attrs = child.attrs.filter((a) => !a.name.startsWith("on"));
    if (child.tagName === "script" && opts.nonce) {
      child.attrs = [...child.attrs.filter((a) => a.name !== "nonce"), { name: "nonce", value: opts.nonce }];
    }
    clean(child, opts);
    if (child.tagName === "template") clean(tree.getTemplateContent(child as T.Template) as unknown as Node, opts);
  }
}

function findHead(doc: T.Document): T.Element | undefined {
  const html = doc.childNodes.find((n): n is T.Element => tree.isElementNode(n) && n.tagName === "html");
  return html?.childNodes.find((n): n is T.Element => tree.isElementNode(n) && n.tagName === "head");
}

export function buildPreviewDoc(html: string, opts: PreviewOptions = { scripts: false }): string {
  const doc = parse(html);
  clean(doc, opts);
  const head = findHead(doc);
  if (head) {
    const meta = tree.createElement("meta", "http://www.w3.org/1999/xhtml" as never, [
      { name: "http-equiv", value: "Content-Security-Policy" },
      { name: "content", value: previewCsp(opts.scripts) },
    ]);
    // First in <head>: it must govern everything that follows.
    const first = head.childNodes[0];
    if (first) tree.insertBefore(head, meta, first);
    else tree.appendChild(head, meta);
  }
  const out = serialize(doc);
  return out.startsWith("<!DOCTYPE") ? out : `<!DOCTYPE html>${out}`;
}
