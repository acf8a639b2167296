/** Helpers for the share specs: the backends to run against and a small API client. */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { APPS } from "./ports";

/** The app server backed by PostgreSQL, started only when TEST_DATABASE_URL is set. */
const pgPort = 3204 + Number(process.env.E2E_PORT_OFFSET ?? 0);
export const SHARE_PG_APP = { port: pgPort, url: `http://127.0.0.1:${pgPort}` } as const;

export const SHARE_BACKENDS: Array<{ name: string; url: string }> = [
  { name: "sqlite", url: APPS.zai.url },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "postgres", url: SHARE_PG_APP.url }] : []),
];

export const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

/** A fresh client address per test, so the per-client rate limit never couples tests. */
export const randomClient = () => `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

export interface ShareMessageInput {
  role: "user" | "assistant" | "system";
  content: string;
  reasoning?: string;
  reasoningMs?: number;
  model?: string;
  createdAt: number;
  attachments?: Array<{ asset: number; name?: string }>;
}

export interface ShareBody {
  title: string;
  messages: ShareMessageInput[];
  assets?: Array<{ mimeType: string; data: string }>;
  includeReasoning?: boolean;
  expiresInDays?: number;
  createdAt?: number;
}

export const T0 = Date.UTC(2025, 2, 14, 9, 30);

/** A small conversation: a question with the shapes image, an answer with reasoning. */
export function sampleShare(title = "Shapes in a picture", extra: Partial<ShareBody> = {}): ShareBody {
  return {
    title,
    messages: [
      { role: "user", content: "Where is the red circle?", createdAt: T0, attachments: [{ asset: 0, name: "shapes.png" }] },
      { role: "assistant", content: "The red circle is on the left.\n\nIt spans x 100 to 300.", reasoning: "I look for a red round shape.", reasoningMs: 3200, model: "glm-4.5v", createdAt: T0 + 4000 },
    ],
    assets: [{ mimeType: "image/png", data: fixture("shapes.png").toString("base64") }],
    ...extra,
  };
}

export function shareApi(base: string, client = randomClient()) {
  const headers = (more: Record<string, string> = {}) => ({ "content-type": "application/json", "x-forwarded-for": client, ...more });
  return {
    create: (body: unknown) => fetch(`${base}/api/share`, { method: "POST", headers: headers(), body: JSON.stringify(body) }),
    async createOk(body: unknown): Promise<{ id: string; url: string; deleteToken: string; expiresAt: number | null }> {
      const res = await this.create(body);
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
      return res.json();
    },
    get: (id: string) => fetch(`${base}/api/share/${id}`),
    update: (id: string, token: string, body: unknown) =>
      fetch(`${base}/api/share/${id}`, { method: "PUT", headers: headers({ authorization: `Bearer ${token}` }), body: JSON.stringify(body) }),
    remove: (id: string, token?: string) =>
      fetch(`${base}/api/share/${id}`, { method: "DELETE", headers: token ? { authorization: `Bearer ${token}` } : {} }),
    removeWithBody: (id: string, token: string) =>
      fetch(`${base}/api/share/${id}`, { method: "DELETE", headers: { "content-type": "application/json" }, body: JSON.stringify({ token }) }),
    page: (id: string) => fetch(`${base}/s/${id}`),
    asset: (id: string, n: number, init: RequestInit = {}) => fetch(`${base}/s/${id}/assets/${n}`, init),
  };
}
