/**
 * Validation of stored records with the model's own zod schemas, made cheap for the common case.
 * Reading the 5,000-conversation list ran zod on every record: ~20 field parses each, ~30 ms of
 * the page start's main thread (docs/decisions/startup-reads.md, round 5). zod would compile
 * this itself, but the page's CSP forbids `new Function`, so it walks each field generically.
 *
 * `fastParser(schema)` builds, once per schema, plain closures for the shapes stored records
 * use (object, string, number, boolean, enum, optional, nullable, array, and the string length and
 * number range checks); any other part of the schema (records, unions, custom checks, Blobs…) is
 * handed to zod for that value. The closures only ever *accept* what zod accepts, with the
 * same output (unknown keys dropped, keys in the schema's order); anything they are unsure of
 * (a failing value, an optional key present as `undefined`, an object that is not plain) goes to
 * `schema.safeParse` whole, so results and error messages are zod's own. Unit-tested against
 * zod on valid, invalid and odd records (fast-parse.test.ts).
 */
import { z } from "zod/mini";

/** Returns the parsed value, or FAIL when zod should decide. */
type Check = (value: unknown) => unknown;
const FAIL: unique symbol = Symbol("fail");

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean } } }>;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  catchall?: unknown;
}

const defOf = (schema: z.ZodMiniType) => schema._zod.def as unknown as Def;
/** Only these def keys mean the plain form of a type (no coercion, formats, defaults…). */
const onlyKeys = (def: Def, allowed: string[]) => Object.keys(def).every((k) => allowed.includes(k) || (def as unknown as Record<string, unknown>)[k] === undefined);

function delegate(schema: z.ZodMiniType): Check {
  return (value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : FAIL;
  };
}

/** A predicate for the checks a string or number carries, or null if any is not understood. */
function checksOf(def: Def): ((v: number | string) => boolean) | null {
  const tests: Array<(v: number | string) => boolean> = [];
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    const { minimum, maximum, value, inclusive } = d;
    // zod counts code points, and k UTF-16 units hold at least ceil(k / 2) of them: past that
    // many units a string surely is long enough, and at most `maximum` units surely is not too
    // long; in between, zod decides.
    if (d.check === "min_length" && typeof minimum === "number") {
      const units = Math.max(minimum, 2 * minimum - 1);
      tests.push((v) => (v as string).length >= units);
    }
    else if (d.check === "max_length" && typeof maximum === "number") tests.push((v) => (v as string).length <= maximum);
    else if (d.check === "greater_than" && typeof value === "number") tests.push(inclusive ? (v) => (v as number) >= value : (v) => (v as number) > value);
    else if (d.check === "less_than" && typeof value === "number") tests.push(inclusive ? (v) => (v as number) <= value : (v) => (v as number) < value);
    else return null;
  }
  return tests.length ? (v) => tests.every((t) => t(v)) : () => true;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

function compile(schema: z.ZodMiniType): Check {
  const def = defOf(schema);
  switch (def.type) {
    case "string": {
      const ok = onlyKeys(def, ["type", "checks"]) ? checksOf(def) : null;
      if (!ok) return delegate(schema);
      return (v) => (typeof v === "string" && ok(v) ? v : FAIL);
    }
    case "number": {
      const ok = onlyKeys(def, ["type", "checks"]) ? checksOf(def) : null;
      if (!ok) return delegate(schema);
      return (v) => (typeof v === "number" && Number.isFinite(v) && ok(v) ? v : FAIL);
    }
    case "boolean":
      return onlyKeys(def, ["type"]) ? (v) => (typeof v === "boolean" ? v : FAIL) : delegate(schema);
    case "enum": {
      const values = schema._zod.values;
      if (!values || !onlyKeys(def, ["type", "entries"])) return delegate(schema);
      return (v) => (values.has(v as never) ? v : FAIL);
    }
    case "nullable": {
      if (!onlyKeys(def, ["type", "innerType"]) || !def.innerType) return delegate(schema);
      const inner = compile(def.innerType);
      return (v) => (v === null ? null : inner(v));
    }
    case "array": {
      if (!onlyKeys(def, ["type", "element"]) || !def.element) return delegate(schema);
      const element = compile(def.element);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const item = element(v[i]);
          if (item === FAIL || item === undefined) return FAIL;
          out[i] = item;
        }
        return out;
      };
    }
    case "object":
      return compileObject(schema, def);
    default:
      return delegate(schema);
  }
}

function compileObject(schema: z.ZodMiniType, def: Def): Check {
  const shape = def.shape;
  if (!shape || !onlyKeys(def, ["type", "shape"]) || Object.getOwnPropertySymbols(shape).length) return delegate(schema);
  // Parallel arrays and an index loop: this runs for every field of thousands of records.
  const keys: string[] = [];
  const optional: boolean[] = [];
  const checks: Check[] = [];
  for (const key of Object.keys(shape)) {
    // Keys an object inherits would make "present" mean something else to zod (`key in input`).
    if (key in Object.prototype || key === "__proto__") return delegate(schema);
    const field = shape[key];
    const fieldDef = defOf(field);
    const isOptional = fieldDef.type === "optional" && field._zod.optin === "optional" && field._zod.optout === "optional";
    if (isOptional && (!onlyKeys(fieldDef, ["type", "innerType"]) || !fieldDef.innerType)) return delegate(schema);
    if (!isOptional && (field._zod.optin !== undefined || field._zod.optout !== undefined)) return delegate(schema);
    keys.push(key);
    optional.push(isOptional);
    checks.push(compile(isOptional ? fieldDef.innerType! : field));
  }
  const n = keys.length;
  return (v) => {
    if (!isPlainObject(v)) return FAIL;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      // Read as zod reads it (`input[key]`, present if `key in input`). An absent optional key is
      // skipped; a key present as `undefined` is zod's to settle (it keeps the key, unparsed).
      const value = v[key];
      if (value === undefined) {
        if (!optional[i] || key in v) return FAIL;
        continue;
      }
      const parsed = checks[i](value);
      if (parsed === FAIL || parsed === undefined) return FAIL;
      out[key] = parsed;
    }
    return out;
  };
}

/** What `schema.safeParse` returns. */
type Parsed<T> = ReturnType<z.ZodMiniType<T>["safeParse"]>;

const cache = new WeakMap<z.ZodMiniType, Check>();

/** `schema.safeParse`, with valid records of the usual shapes checked without zod's generic walk. */
export function fastParse<S extends z.ZodMiniType>(schema: S, value: unknown): Parsed<z.output<S>> {
  let check = cache.get(schema);
  if (!check) {
    check = compile(schema);
    cache.set(schema, check);
  }
  const data = check(value);
  if (data !== FAIL && data !== undefined) return { success: true, data: data as z.output<S> };
  return schema.safeParse(value);
}
