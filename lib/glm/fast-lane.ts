/**
 * The proxy's fast lane (docs/decisions/chat-fast-path.md). Nearly every upstream chunk is a few
 * whole `data: {...}\n\n` events, each carrying one plain text or reasoning delta. A CPU profile at
 * 200 concurrent streams spent most of the app's time beside the proxy floor on those: UTF-8
 * decode, the general SSE parser, JSON.parse, the normaliser and JSON.stringify, per event. Here
 * such a chunk is split on its bytes and each delta is recognised against the exact shapes Z.ai and
 * vLLM send; its JSON string literal is then copied into the app's event unparsed (it is already
 * valid JSON for the same string). Everything else returns null and takes the full path, which
 * stays the reference behaviour: an event split across reads, a CR, another field or shape, an
 * escape we cannot vouch for, and any `<` (the content filter must see tags and special tokens).
 */

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LT = 0x3c;

const bytes = (s: string) => Buffer.from(s, "latin1");
const DATA = bytes("data: ");
const CHOICE = bytes('"choices":[{"index":0,"delta":{');
const ROLE = bytes('"role":"assistant",');
const FIELDS: Array<[Buffer, DeltaField]> = [
  [bytes('"content":'), "content"],
  [bytes('"reasoning_content":'), "reasoning"],
  [bytes('"reasoning":'), "reasoning"],
];
/** What may follow the literal: Z.ai's and vLLM's ways of closing a chunk that carries nothing else. */
const TAILS = ["}}]}", '},"finish_reason":null}]}', '},"logprobs":null,"finish_reason":null}]}'].map(bytes);
/** Fields before `choices` that the normaliser ignores; any other field sends the event the full way. */
const PREFIX_KEYS = ["id", "object", "created", "model", "system_fingerprint"].map(bytes);
/** After a backslash, the escapes JSON allows (besides \u). */
const SIMPLE_ESCAPES = new Set([...'"\\/bfnrt'].map((c) => c.charCodeAt(0)));

export type DeltaField = "content" | "reasoning";

/** One plain delta: which field, and where its JSON string literal (quotes included) lies. */
export interface PlainDelta {
  field: DeltaField;
  start: number;
  end: number;
}

/**
 * The payloads of a chunk made only of whole `data: <payload>\n\n` events (start, end pairs), or
 * null when it is anything else (the full SSE parser must read it). Checks everything before
 * returning, so a caller can commit to the fast lane for the whole chunk.
 */
export function splitEvents(buf: Uint8Array): number[] | null {
  if (buf.indexOf(CR) !== -1) return null;
  const out: number[] = [];
  let i = 0;
  while (i < buf.length) {
    if (!startsWith(buf, i, DATA)) return null;
    const start = i + DATA.length;
    const end = buf.indexOf(LF, start);
    if (end === -1 || buf[end + 1] !== LF) return null;
    out.push(start, end);
    i = end + 2;
  }
  return out.length ? out : null;
}

/** The plain delta this payload carries, or null when the normaliser must read it. */
export function plainDelta(buf: Uint8Array, start: number, end: number): PlainDelta | null {
  if (buf[start] !== 0x7b) return null;
  let i = start + 1;
  while (!startsWith(buf, i, CHOICE)) {
    i = prefixField(buf, i, end);
    if (i < 0) return null;
  }
  i += CHOICE.length;
  if (startsWith(buf, i, ROLE)) i += ROLE.length;
  let field: DeltaField | undefined;
  for (const [name, f] of FIELDS) {
    if (startsWith(buf, i, name)) {
      field = f;
      i += name.length;
      break;
    }
  }
  if (!field || buf[i] !== QUOTE) return null;
  const literalEnd = plainLiteralEnd(buf, i + 1, end);
  if (literalEnd < 0) return null;
  for (const tail of TAILS) if (literalEnd + tail.length === end && startsWith(buf, literalEnd, tail)) return { field, start: i, end: literalEnd };
  return null;
}

/** `"key":value,` with a whitelisted key and a plain string, number or null value: the index after the comma, or -1. */
function prefixField(buf: Uint8Array, i: number, end: number): number {
  if (buf[i] !== QUOTE) return -1;
  const keyEnd = buf.indexOf(QUOTE, i + 1);
  if (keyEnd < 0 || keyEnd >= end || buf[keyEnd + 1] !== 0x3a) return -1;
  let known = false;
  for (const key of PREFIX_KEYS) if (key.length === keyEnd - i - 1 && startsWith(buf, i + 1, key)) known = true;
  if (!known) return -1;
  i = keyEnd + 2;
  if (buf[i] === QUOTE) {
    for (i++; i < end && buf[i] !== QUOTE; i++) if (buf[i] < 0x20 || buf[i] === BACKSLASH) return -1;
    i++;
  } else {
    // A number, `null`, `true` or `false`: letters, digits and the signs of an exponent.
    const from = i;
    while (i < end && atomChar(buf[i])) i++;
    if (i === from) return -1;
  }
  return i < end && buf[i] === 0x2c ? i + 1 : -1;
}

/**
 * The index after the closing quote of a JSON string literal that starts at `i` (after its
 * opening quote), or -1 when it is not valid JSON or may decode to a `<`.
 */
function plainLiteralEnd(buf: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = buf[i];
    if (c === QUOTE) return i + 1;
    if (c < 0x20 || c === LT) return -1;
    if (c !== BACKSLASH) {
      i++;
      continue;
    }
    const e = buf[i + 1];
    if (SIMPLE_ESCAPES.has(e)) i += 2;
    else if (e === 0x75 && i + 6 <= end) {
      let code = 0;
      for (let k = i + 2; k < i + 6; k++) {
        const h = hex(buf[k]);
        if (h < 0) return -1;
        code = code * 16 + h;
      }
      if (code === LT) return -1;
      i += 6;
    } else return -1;
  }
  return -1;
}

function atomChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x2b || c === 0x2d;
}

function hex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

function startsWith(buf: Uint8Array, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > buf.length) return false;
  for (let k = 0; k < prefix.length; k++) if (buf[at + k] !== prefix[k]) return false;
  return true;
}
