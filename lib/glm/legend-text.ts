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
