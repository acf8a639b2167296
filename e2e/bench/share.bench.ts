/**
 * Sharing: time to first byte of a shared page holding 50 messages and 5 images, share
 * creations per second, and the heavy case of issue 11 (250 messages of tables: one page view,
 * and /api/health latency while four such views run), on SQLite and (when TEST_DATABASE_URL is set, or scripts/ci-postgres.sh
 * can start one) PostgreSQL.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median, report, startApp } from "./harness";

const RUNS = 60;
const CREATIONS = 150;
const CONCURRENCY = 4;
const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url)).toString("base64");

function bigShare() {
  const images = [fixture("shapes.png"), fixture("gui-settings.png")];
  const messages = Array.from({ length: 50 }, (_, i) => ({
    role: i % 2 ? "assistant" : "user",
    content: i % 2
      ? `Answer ${i}: ${"The shapes sit on a white background; the circle is red. ".repeat(12)}\n\n- point one\n- point two`
      : `Question ${i}: where is the ${["circle", "square", "triangle"][i % 3]}?`,
    createdAt: Date.now() + i,
    ...(i % 10 === 0 ? { attachments: [{ asset: i / 10, name: `image-${i / 10}.png` }] } : {}),
  }));
  return { title: "Benchmark: 50 messages, 5 images", messages, assets: [0, 1, 2, 3, 4].map((i) => ({ mimeType: "image/png", data: images[i % 2] })) };
}

const typicalShare = {
  title: "A typical share",
  messages: [
    { role: "user", content: "What is in this picture?", createdAt: 1, attachments: [{ asset: 0 }] },
    { role: "assistant", content: "Four shapes: a red circle, a blue rectangle, an orange square and a green triangle.", createdAt: 2 },
  ],
  assets: [{ mimeType: "image/png", data: fixture("shapes.png") }],
};

/** 250 messages, every answer a 120-row table (~0.8 MB of markdown). */
function heavyShare() {
  const table = ["| n | value | square |", "|---|---|---|", ...Array.from({ length: 120 }, (_, i) => `| ${i} | **v${i}** | ${i * i} |`)].join("\n");
  const messages = Array.from({ length: 250 }, (_, i) => ({
    role: i % 2 ? "assistant" : "user",
    content: i % 2 ? `Answer ${i}\n\n${table}` : `Question ${i}: another table please`,
    createdAt: Date.now() + i,
  }));
  return { title: "Benchmark: 250 messages of tables", messages };
}

async function fullTime(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
  return performance.now() - t0;
}

async function benchHeavy(name: string, base: string) {
  const { id } = await create(base, heavyShare());
  const page = `${base}/s/${id}`;
  for (let i = 0; i < 3; i++) await fullTime(page);
  const views: number[] = [];
  for (let i = 0; i < 20; i++) views.push(await fullTime(`${page}?page=${(i % 4) + 1}`));
  // Health requests issued one after another while four heavy views are in flight, repeatedly.
  const during: number[] = [];
  for (let round = 0; round < 10; round++) {
    const heavy = Promise.all([1, 2, 3, 4].map((p) => fullTime(`${page}?page=${p}`)));
    during.push(await fullTime(`${base}/api/health`));
    await heavy;
  }
  const v = median(views);
  report(`${name}: heavy share (250 messages of tables), one page view (median)`, `${v.toFixed(1)} ms`, "< 500 ms", v < 500);
  const d = median(during);
  report(`${name}: /api/health while 4 heavy views run (median)`, `${d.toFixed(1)} ms`, "< 500 ms", d < 500);
  report(`${name}: /api/health while 4 heavy views run (max)`, `${Math.max(...during).toFixed(1)} ms`, "info", true);
}

async function timeToFirstByte(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url);
  const reader = res.body!.getReader();
  await reader.read();
  const first = performance.now() - t0;
  while (!(await reader.read()).done);
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
  return first;
}

async function create(base: string, body: unknown): Promise<{ id: string }> {
  const res = await fetch(`${base}/api/share`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`create: ${res.status} ${await res.text()}`);
  return res.json();
}

/** Other sessions on this machine run their own servers: take a port nobody holds. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function benchBackend(name: string, env: Record<string, string>) {
  const app = await startApp(await freePort(), { ZAI_API_KEY: "", SHARE_RATE_PER_MINUTE: "1000000", SHARE_RATE_BURST: "1000000", ...env });
  try {
    const { id } = await create(app.url, bigShare());
    const page = `${app.url}/s/${id}`;
    for (let i = 0; i < 5; i++) await timeToFirstByte(page);
    const ttfb: number[] = [];
    for (let i = 0; i < RUNS; i++) ttfb.push(await timeToFirstByte(page));

    const body = JSON.stringify(typicalShare);
    for (let i = 0; i < 5; i++) await create(app.url, typicalShare);
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next++ < CREATIONS) await create(app.url, JSON.parse(body));
      }),
    );
    const perSecond = CREATIONS / ((performance.now() - t0) / 1000);

    const m = median(ttfb);
    report(`${name}: shared page TTFB, 50 messages + 5 images (median)`, `${m.toFixed(1)} ms`, "< 150 ms", m < 150);
    report(`${name}: shared page TTFB, 90th percentile`, `${[...ttfb].sort((a, b) => a - b)[Math.floor(RUNS * 0.9)].toFixed(1)} ms`, "info", true);
    report(`${name}: share creations per second (${CONCURRENCY} concurrent, 9 KB image)`, `${perSecond.toFixed(0)} /s`, "info", true);
    await benchHeavy(name, app.url);
  } finally {
    await app.stop();
  }
}

function postgresUrl(): { url: string; stop?: () => void } | null {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL };
  const run = spawnSync("scripts/ci-postgres.sh", { encoding: "utf8" });
  const url = run.stdout?.trim().split("\n").pop();
  if (run.status !== 0 || !url) return null;
  // The script logs where its throwaway cluster lives so it can be stopped.
  const dir = /stop (\/tmp\/glm-pg\.\S+)/.exec(run.stderr)?.[1];
  return { url, stop: dir ? () => execFileSync("scripts/ci-postgres.sh", ["stop", dir], { stdio: "ignore" }) : undefined };
}

async function main() {
  console.log("\nSharing");
  const dataDir = mkdtempSync(join(tmpdir(), "share-bench-"));
  try {
    await benchBackend("SQLite", { DATA_DIR: dataDir });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const pg = postgresUrl();
  if (!pg) {
    console.log("SKIP  PostgreSQL: set TEST_DATABASE_URL or install postgresql (scripts/ci-postgres.sh)");
    return;
  }
  try {
    await benchBackend("PostgreSQL", { DATABASE_URL: pg.url });
  } finally {
    pg.stop?.();
  }
}

await main();
