/**
 * Base64 helpers that work in the browser and in Node on 50 MB inputs: spreading a whole
 * array into String.fromCharCode overflows the stack, so bytes go through in chunks.
 */

/** Multiple of 3 so each chunk's base64 concatenates without padding in the middle. */
const ENCODE_CHUNK = 3 * 8192;
/** Multiple of 4 for the same reason when decoding. */
const DECODE_CHUNK = 4 * 8192;

type WithNative = Uint8Array & { toBase64?: () => string };
type NativeCtor = typeof Uint8Array & { fromBase64?: (s: string) => Uint8Array };

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as WithNative).toBase64;
  if (typeof native === "function") return native.call(bytes);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += ENCODE_CHUNK) {
    const chunk = bytes.subarray(i, i + ENCODE_CHUNK);
    parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
  }
  return parts.join("");
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** True for a well-formed standard base64 string (no whitespace, no data: prefix). */
export function isBase64(s: string): boolean {
  return s.length % 4 === 0 && BASE64.test(s);
}

/** Decodes raw base64 or a `data:` URL. Throws on malformed input. */
export function base64ToBytes(input: string): Uint8Array {
  const b64 = stripDataUrl(input).data.replace(/\s+/g, "");
  if (!isBase64(b64)) throw new Error("Invalid base64 data");
  const fromNative = (Uint8Array as NativeCtor).fromBase64;
  if (typeof fromNative === "function") return fromNative(b64);
  const padding = b64.endsWith("==") ? 2 : b64.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((b64.length / 4) * 3 - padding);
  let offset = 0;
  for (let i = 0; i < b64.length; i += DECODE_CHUNK) {
    const bin = atob(b64.slice(i, i + DECODE_CHUNK));
    for (let j = 0; j < bin.length; j++) out[offset++] = bin.charCodeAt(j);
  }
  return out;
}

/**
 * In the browser the encoding is FileReader's, done off the main thread: a 26 MB video encoded
 * here in one task held the tab for seconds before a share or a chat upload could even start.
 * Node (the server, the tests) has no FileReader and encodes the bytes as above.
 */
export async function blobToBase64(blob: Blob): Promise<string> {
  if (typeof FileReader === "undefined") return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsDataURL(blob);
  });
  return dataUrl.slice(dataUrl.indexOf(",") + 1);
}

export function base64ToBlob(input: string, mimeType?: string): Blob {
  const { mimeType: fromUrl } = stripDataUrl(input);
  const bytes = base64ToBytes(input);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType ?? fromUrl ?? "" });
}

export function toDataUrl(base64: string, mimeType: string): string {
  return `data:${mimeType};base64,${base64}`;
}

/** Splits `data:<mime>;base64,<data>`; returns the input as data when it is not a data URL. */
export function stripDataUrl(input: string): { mimeType?: string; data: string } {
  if (!input.startsWith("data:")) return { data: input };
  const comma = input.indexOf(",");
  if (comma < 0) return { data: "" };
  const meta = input.slice(5, comma);
  const mimeType = meta.split(";")[0] || undefined;
  return { mimeType, data: input.slice(comma + 1) };
}
