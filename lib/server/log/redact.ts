/**
 * What an error message may say in a log line. The message is what names the path of an ENOTDIR
 * or the address of an ECONNREFUSED, so it is kept, minus what logs never carry (docs/deploy.md):
 * secrets from the configuration, anything of a URL past its host (credentials, a path or query
 * that may hold a token: configured URLs are otherwise named by variable, never by value), and the
 * excerpt of input JSON.parse quotes (it can be a chat message).
 */
import { splitAccessCode } from "@/lib/server/access/code-entry";

const MAX_MESSAGE = 500;
/** Shorter values would blank ordinary words; the schema asks codes for at least 4 characters. */
const MIN_SECRET = 4;

/** The values no log line may contain: the key, the session secret, access codes, URL passwords. */
export function secretsOf(env: Record<string, string | undefined>): string[] {
  const codes = (env.ACCESS_CODES ?? "").split(",").map((entry, i) => splitAccessCode(entry, i).code);
  const passwords = [env.DATABASE_URL, env.REDIS_URL].map((url) => {
    if (!url || !URL.canParse(url)) return "";
    const password = new URL(url).password;
    try {
      return decodeURIComponent(password);
    } catch {
      return password;
    }
  });
  return [env.ZAI_API_KEY?.trim(), env.SESSION_SECRET, ...codes, ...passwords].filter((s): s is string => !!s && s.length >= MIN_SECRET);
}

const URL_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"`<>()]+/gi;
// V8: `Unexpected token 'h', "hello" is not valid JSON` (or `"hel"... is not valid JSON`).
const JSON_EXCERPT = /"[\s\S]*"(?:\.\.\.)? is not valid JSON/g;

function hostOnly(url: string): string {
  if (!URL.canParse(url)) return "[url]";
  const u = new URL(url);
  return u.host ? `${u.protocol}//${u.host}` : `${u.protocol}[url]`;
}

export function redactMessage(message: string, secrets: string[]): string {
  let text = message;
  // Secrets first: a key inside a URL's path must not survive as part of the host rule's output.
  for (const secret of secrets) text = text.split(secret).join("[redacted]");
  text = text.replace(URL_TEXT, hostOnly).replace(JSON_EXCERPT, "[input] is not valid JSON");
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
}
