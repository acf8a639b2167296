/**
 * Diagnostic (issue 9): the main-thread tasks of a `/c/bench-long` start (500 stored messages,
 * desktop viewport, warm: one unmeasured open first), each with its kinds of work and the
 * functions it spent its time in (CPU samples from the trace, mapped through the chunks' source
 * maps). Build with BROWSER_SOURCEMAPS=1 PROFILE_NO_HOISTING=1 for real names. Not a bench.
 *
 *   OPEN_DIR=/work/a,/work/b OPEN_ROUNDS=3 npx tsx e2e/bench/open-tasks.ts
 *
 * OPEN_MIN=<ms> lists tasks over that thread time (default 4); OPEN_TREE=<ms> prints inclusive
 * times (project and library frames) for tasks over that; OPEN_PATH another path. A task's figure
 * is thread time; the samples inside it are wall time (a call that waits, such as
 * `createObjectURL`'s round trip to the browser, counts there but not in thread time).
 */
import { seedConversations } from "../support/idb";
import { chunkSymbols } from "./chunk-symbols";
import { launchChromium, startApp, startStandIn } from "./harness";

interface Ev { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; id?: string; args?: any }
const KEY = "bench-key";

async function main() {
  const dirs = (process.env.OPEN_DIR ?? process.cwd()).split(",");
  const path = process.env.OPEN_PATH ?? "/c/bench-long";
  const rounds = Number(process.env.OPEN_ROUNDS ?? 1);
  const min = Number(process.env.OPEN_MIN ?? 4);
  const upstream = await startStandIn({ key: KEY, tokensPerSecond: 1000 });
  const env = { ZAI_API_KEY: KEY, ZAI_BASE_URL: `${upstream.url}/api/paas/v4`, ZAI_PROTOCOL: "zai" };
  const apps = await Promise.all(dirs.map((d) => startApp(0, env, [], d)));
  const browser = await launchChromium();
  const ready = (p: import("playwright-core").Page) =>
    p.waitForFunction(() => {
      const composer = document.querySelector<HTMLTextAreaElement>('[data-testid="composer"]');
      const last = [...document.querySelectorAll('[data-testid="message-assistant"]')].at(-1);
      return composer && !composer.disabled && last?.textContent?.includes("Answer 499");
    }, undefined, { polling: "raf", timeout: 60_000 });
  try {
    const pages = [];
    for (const a of apps) {
      const p = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await p.goto(a.url);
      await p.getByTestId("composer").filter({ visible: true }).waitFor();
      await p.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === "glm-chat"));
      await seedConversations(p, [{ id: "bench-long", title: "Benchmark conversation", messages: 500, code: true, imageEvery: 5 }]);
      await p.goto(`${a.url}${path}`);
      await ready(p);
      pages.push(p);
    }
    for (let rr = 0; rr < rounds * dirs.length; rr++) {
      const r = Math.floor(rr / dirs.length);
      const di = (rr + r) % dirs.length;
      const dir = dirs[di];
      const app = apps[di];
      const page = pages[di];
      const sym = chunkSymbols(() => dir);
      await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "disabled-by-default-v8.cpu_profiler", "blink", "loading"] });
      await page.goto(`${app.url}${path}`);
      await ready(page);
      const buf = await browser.stopTracing();
      const ev = (JSON.parse(buf.toString()) as { traceEvents: Ev[] }).traceEvents;
      const parse = ev.find((e) => e.name === "ParseHTML" && String(e.args?.beginData?.url ?? "").startsWith(app.url))!;
      const on = ev.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
      const t0 = on.find((e) => e.name === "DocumentLoader::CommitNavigation")?.ts ?? parse.ts;
      const nodes = new Map<number, { parent?: number; cf: any }>();
      const samples: { ts: number; node: number }[] = [];
      const prof = ev.find((e) => e.name === "Profile" && e.pid === parse.pid && e.tid === parse.tid);
      let ts = prof?.args?.data?.startTime ?? 0;
      for (const e of ev.filter((e) => e.name === "ProfileChunk" && e.pid === parse.pid && e.id === prof?.id)) {
        const cp = e.args.data.cpuProfile ?? {};
        for (const n of cp.nodes ?? []) nodes.set(n.id, { parent: n.parent, cf: n.callFrame });
        const deltas: number[] = e.args.data.timeDeltas ?? [];
        (cp.samples ?? []).forEach((id: number, i: number) => { ts += deltas[i] ?? 0; samples.push({ ts, node: id }); });
      }
      samples.sort((a, b) => a.ts - b.ts);
      const frames = new Map<number, { src: string; name: string }>();
      const f = (id: number) => {
        if (!frames.has(id)) { const cf = nodes.get(id)!.cf; frames.set(id, sym(cf.url, cf.lineNumber, cf.columnNumber, cf.functionName)); }
        return frames.get(id)!;
      };
      const all = on.filter((e) => e.ph === "X" && e.name === "RunTask");
      const cpu = all.reduce((s, t) => s + (t.tdur ?? t.dur ?? 0) / 1000, 0);
      console.log(`\n== ${dir} round ${r}: main-thread ${cpu.toFixed(0)} ms in ${all.length} tasks`);
      const whole = new Map<string, number>();
      for (const task of all.filter((t) => (t.tdur ?? t.dur ?? 0) / 1000 >= min)) {
        const inside = samples.filter((s) => s.ts >= task.ts && s.ts <= task.ts + task.dur!);
        const app = new Map<string, number>();
        let prev = task.ts;
        for (const s of inside) {
          const dt = (s.ts - prev) / 1000; prev = s.ts;
          let id: number | undefined = s.node; let label = "";
          while (id !== undefined) { const x = f(id); if (/^(components|lib|app)\//.test(x.src)) { label = `${x.name} ${x.src}`; break; } id = nodes.get(id)!.parent; }
          if (!label) { const cf = nodes.get(s.node)!.cf; const fr = f(s.node); label = /^\((program|garbage collector|idle)\)$/.test(cf.functionName) ? cf.functionName : `[lib] ${fr.src.split("/").slice(0, 3).join("/")}`; }
          app.set(label, (app.get(label) ?? 0) + dt);
          whole.set(label, (whole.get(label) ?? 0) + dt);
        }
        const kinds = new Map<string, number>();
        let end = 0;
        for (const e of on.filter((e) => e.ph === "X" && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!).sort((a, b) => a.ts - b.ts)) {
          if (e.ts < end) continue; end = e.ts + (e.dur ?? 0);
          const u = e.args?.data?.url ? `[${String(e.args.data.url).split("/").pop()}]` : e.args?.data?.functionName ? `[${e.args.data.functionName}]` : "";
          kinds.set(e.name + u, (kinds.get(e.name + u) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
        }
        const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).filter(([, v]) => v >= 0.5).map(([k, v]) => `${v.toFixed(1)} ${k}`).join("; ");
        console.log(`@${((task.ts - t0) / 1000).toFixed(0)} thread ${((task.tdur ?? 0) / 1000).toFixed(1)} ms  kinds: ${top(kinds, 4)}`);
        console.log(`    by app frame: ${top(app, 10)}`);
        if (process.env.OPEN_TREE && (task.tdur ?? 0) > Number(process.env.OPEN_TREE) * 1000) {
          const incl = new Map<string, number>(); let p2 = task.ts;
          for (const s of inside) {
            const dt = (s.ts - p2) / 1000; p2 = s.ts;
            const seen = new Set<string>();
            for (let id: number | undefined = s.node; id !== undefined; id = nodes.get(id)!.parent) {
              const x = f(id); const k = `${x.name || "(top)"} ${x.src}`;
              if (seen.has(k)) continue; seen.add(k);
              incl.set(k, (incl.get(k) ?? 0) + dt);
            }
          }
          console.log(`    inclusive:\n      ${[...incl].sort((a, b) => b[1] - a[1]).filter(([k, v]) => v > 0.7 && !/^\(root\)/.test(k)).slice(0, Number(process.env.OPEN_LINES ?? 60)).map(([k, v]) => `${v.toFixed(1)} ${k}`).join("\n      ")}`);
        }
      }
      if (process.env.OPEN_SUM) console.log(`  whole start by app frame:\n    ${[...whole].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.OPEN_SUM)).map(([k, v]) => `${v.toFixed(1)} ${k}`).join("\n    ")}`);
    }
  } finally {
    await browser.close();
    for (const a of apps) await a.stop();
    await upstream.stop();
  }
}
void main().catch((e) => { console.error(e); process.exit(1); });
