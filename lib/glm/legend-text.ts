/**
 * How the legend under an image names a drawn box or point: its numbers as the answer gave them,
 * without the markup around them (`<bbox>`, `<|begin_of_box|>`, a JSON key), so a reader sees
 * "[100, 333, 300, 667]" rather than tokens meant for machines.
 */
export function legendText(source: string): string {
  const numbers = source
    .replace(/<\|[a-z_]{1,32}\|>|<\/?(?:bbox|point)>|"[a-z_0-9]{1,32}"\s*:/gi, " ")
    .match(/-?\d+(?:\.\d+)?/g);
  if (!numbers) return source.trim().slice(0, 80);
  return `[${numbers.slice(0, 8).join(", ")}]`;
}

/**
 * A drawn action's legend entry: its name and its text. The name is left out when the text is
 * the model's call and that call already says it ("type(content='Ada')" under "type" read
 * "typetype(content='Ada')"); a translated name ("输入") or numbers ("[281, 479]") keep it.
 */
export function actionLegend(name: string, source: string): { name: string | null; text: string } {
  const text = legendText(source);
  const call = /^([a-z][a-z_]{0,40})\s*\(/i.exec(text)?.[1].replaceAll("_", " ").toLowerCase();
  const said = !!call && (call === name.toLowerCase() || call.endsWith(` ${name.toLowerCase()}`));
  return { name: said ? null : name, text };
}
