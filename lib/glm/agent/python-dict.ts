/**
 * The mobile history in the official prompt shows actions as Python dicts
 * (`{'action_type': 'open_app', 'app_name': 'Broccoli'}`), and the model sometimes answers in
 * that form too. These convert between that form and JSON, for flat and nested literals.
 */

const MAX_CHARS = 20_000;

/** Python literal (single or double quotes, True/False/None) to JSON text; null if unreadable. */
export function pythonDictToJson(text: string): string | null {
  if (text.length > MAX_CHARS) return null;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') {
      let value = "";
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j++) {
        if (text[j] === "\\" && j + 1 < text.length) {
          const next = text[++j];
          value += next === "n" ? "\n" : next === "t" ? "\t" : next;
        } else value += text[j];
      }
      if (j >= text.length) return null;
      out += JSON.stringify(value);
      i = j;
      continue;
    }
    const word = /^(True|False|None)\b/.exec(text.slice(i, i + 5));
    if (word) {
      out += word[1] === "True" ? "true" : word[1] === "False" ? "false" : "null";
      i += word[1].length - 1;
      continue;
    }
    out += c;
  }
  try {
    JSON.parse(out);
    return out;
  } catch {
    return null;
  }
}

/** JSON value as Python's `str()` prints it (the form the official history lines use). */
export function toPythonRepr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return pyString(value);
  if (Array.isArray(value)) return `[${value.map(toPythonRepr).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${pyString(k)}: ${toPythonRepr(v)}`);
    return `{${entries.join(", ")}}`;
  }
  return pyString(String(value));
}

/** Python prefers single quotes, and switches to double when the text holds a single one. */
function pyString(s: string): string {
  const escaped = s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
  if (s.includes("'") && !s.includes('"')) return `"${escaped}"`;
  return `'${escaped.replace(/'/g, "\\'")}'`;
}
