/**
 * Prices in USD per million tokens (docs/glm-protocol.md section 10). Defaults are Z.ai's published
 * list prices for its own API; operators change them with MODEL_PRICES. Self-hosted servers
 * (ZAI_PROTOCOL=openai) have no default price: only MODEL_PRICES entries apply there.
 */
export interface Price {
  input: number;
  output: number;
  /** Price of prompt tokens served from the provider's cache; the input price when absent. */
  cachedInput?: number;
}

const FREE: Price = { input: 0, output: 0 };

export const DEFAULT_PRICES: Readonly<Record<string, Price>> = {
  "glm-4.5v": { input: 0.6, output: 1.8, cachedInput: 0.11 },
  "glm-4.6v": { input: 0.3, output: 0.9, cachedInput: 0.05 },
  "glm-4.6v-flashx": { input: 0.04, output: 0.4, cachedInput: 0.004 },
  "glm-4.6v-flash": FREE,
  "glm-4.5": { input: 0.6, output: 2.2, cachedInput: 0.11 },
  "glm-4.5-air": { input: 0.2, output: 1.1, cachedInput: 0.03 },
  "glm-4.5-x": { input: 2.2, output: 8.9, cachedInput: 0.45 },
  "glm-4.5-airx": { input: 1.1, output: 4.5, cachedInput: 0.22 },
  "glm-4.5-flash": FREE,
  "glm-4.6": { input: 0.6, output: 2.2, cachedInput: 0.11 },
  "glm-4.7": { input: 0.6, output: 2.2, cachedInput: 0.11 },
  "glm-4.7-flash": FREE,
  // GLM-5 family: list prices at launch; operators should check their plan.
  "glm-5": { input: 1.0, output: 3.2, cachedInput: 0.2 },
  "glm-5-turbo": { input: 1.2, output: 4.0, cachedInput: 0.24 },
  "glm-5.1": { input: 1.4, output: 4.4, cachedInput: 0.26 },
  "glm-5v-turbo": { input: 1.2, output: 4.0, cachedInput: 0.24 },
};

/**
 * MODEL_PRICES: comma- or newline-separated `model=input/output[/cachedInput]` entries in USD per
 * million tokens, e.g. `glm-4.5v=0.6/1.8/0.11, zai-org/GLM-4.6V=0`. A single `0` means free.
 * Throws with a message naming the bad entry.
 */
export function parsePrices(value: string): Record<string, Price> {
  const out: Record<string, Price> = {};
  for (const entry of value.split(/[,\n]/).map((s) => s.trim()).filter((s) => s && !s.startsWith("#"))) {
    const m = /^(.+?)\s*=\s*([\d.]+)(?:\s*\/\s*([\d.]+))?(?:\s*\/\s*([\d.]+))?$/.exec(entry);
    const numbers = m ? [m[2], m[3], m[4]].map((n) => (n === undefined ? undefined : Number(n))) : [];
    if (!m || numbers.some((n) => n !== undefined && !Number.isFinite(n)) || (m[3] === undefined && numbers[0] !== 0))
      throw new Error(`MODEL_PRICES: cannot read "${entry}" (expected model=input/output[/cached], USD per million tokens)`);
    const [input, output, cachedInput] = numbers as [number, number | undefined, number | undefined];
    out[m[1]] = { input, output: output ?? 0, ...(cachedInput !== undefined ? { cachedInput } : {}) };
  }
  return out;
}

/** MODEL_PRICES_FILE: the same entries, one per line, `#` comments allowed. Throws naming the file. */
export function parsePriceFile(path: string, read: (path: string) => string): Record<string, Price> {
  let text: string;
  try {
    text = read(path);
  } catch {
    throw new Error(`MODEL_PRICES_FILE: cannot read ${path}`);
  }
  try {
    return parsePrices(text);
  } catch (error) {
    throw new Error(`MODEL_PRICES_FILE (${path}): ${(error as Error).message.replace(/^MODEL_PRICES: /, "")}`, { cause: error });
  }
}

/** The price of a model: an override first, then (for Z.ai's own API) the defaults, free for `*-flash`. */
export function priceOf(model: string, overrides: Record<string, Price>, useDefaults: boolean): Price | undefined {
  if (overrides[model]) return overrides[model];
  if (!useDefaults) return undefined;
  return DEFAULT_PRICES[model] ?? (/-flash$/.test(model) ? FREE : undefined);
}

export interface TokenCounts {
  promptTokens: number;
  completionTokens: number;
  cachedTokens?: number;
}

/** Cost in USD, rounded to a millionth of a dollar. */
export function costOf(usage: TokenCounts, price: Price): number {
  const cached = Math.min(usage.cachedTokens ?? 0, usage.promptTokens);
  const micro = (usage.promptTokens - cached) * price.input + cached * (price.cachedInput ?? price.input) + usage.completionTokens * price.output;
  return Math.round(micro) / 1e6;
}
