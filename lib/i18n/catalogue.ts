import { parse } from "@formatjs/icu-messageformat-parser";

/** Reading the message catalogues as data: for the parity test and anything that lists keys. */

export type Catalogue = { [key: string]: string | Catalogue };

/** Every key path of a nested catalogue with its message, e.g. `["chat.send", "Send"]`. */
export function flatten(node: Catalogue, prefix = ""): [string, string][] {
  return Object.entries(node).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return typeof v === "string" ? [[path, v] as [string, string]] : flatten(v, path);
  });
}

type Node = { type: number; value?: string; options?: Record<string, { value: Node[] }>; children?: Node[] };

/** The ICU arguments a message uses (`{count}`, `{count, plural, …}`, `<tag>…</tag>`), sorted; throws on bad syntax. */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      // 0 literal, 7 pound: no name. 8 is a rich-text tag, which a translation must keep too.
      if (node.type === 8) names.add(`<${node.value}>`);
      else if (node.type !== 0 && node.type !== 7 && node.value) names.add(node.value);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(parse(message) as Node[]);
  return [...names].sort();
}
