/**
 * Where a phone's long tasks come from (issue 14, Lighthouse TBT). A diagnostic, not a pass/fail
 * bench: a cold start of the page at a phone's viewport, traced with CPU samples; for each main-
 * thread task over 12.5 ms (50 ms under Lighthouse's 4x CPU slowdown) the kinds of work in it and
 * the functions (innermost app frame, self time) it spent its time in. Build with
 * BROWSER_SOURCEMAPS=1 for real names (PROFILE_NO_HOISTING=1 too for per-module costs).
 *
 *   LH_DIR=/tmp/base,$PWD LH_RUNS=3 LH_QUIET=1 npx tsx e2e/bench/lh-profile.ts
 *
 * "thread-time TBT" sums (thread time x 4 - 50) over tasks, like Lighthouse's simulated TBT but
 * from CPU time, which load on a shared machine inflates less than wall time. LH_TREE=<ms> prints
 * inclusive times for tasks longer than that; LH_MODULES=<n> the costliest module evaluations.
 */
import { writeFileSync } from "node:fs";
import { chunkSymbols } from "./chunk-symbols";
import { launchChromium, startApp } from "./harness";

interface Ev { name: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; id?: string; args?: any }

async function main() {
  const dirs = (process.env.LH_DIR ?? process.cwd()).split(",");
  const results = new Map<string, number[]>();
  const path = process.env.LH_PATH ?? "/";
  const rounds = Number(process.env.LH_RUNS ?? 1);
  const apps = await Promise.all(dirs.map((d) => startApp(0, { ZAI_API_KEY: "" }, [], d)));
  let dir = dirs[0]; let app = apps[0];
  const browser = await launchChromium();
  let sym = chunkSymbols(() => dir);

  try {
    for (const a of apps) await fetch(`${a.url}${path}`).then((r) => r.text());
    for (let rr = 0; rr < rounds * dirs.length; rr++) {
      const r = Math.floor(rr / dirs.length); const di = (rr + r) % dirs.length; dir = dirs[di]; app = apps[di];
      sym = chunkSymbols(() => dir);
      const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      const page = await ctx.newPage();
      await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "disabled-by-default-v8.cpu_profiler", "blink", "loading"] });
      await page.goto(`${app.url}${path}`);
      await page.getByTestId("composer").filter({ visible: true }).waitFor();
      await page.waitForTimeout(Number(process.env.LH_WAIT ?? 5000));
      const buf = await browser.stopTracing();
      await ctx.close();
      if (process.env.LH_DUMP) writeFileSync(`${process.env.LH_DUMP}-${r}.trace.json`, buf);
      const ev = (JSON.parse(buf.toString()) as { traceEvents: Ev[] }).traceEvents;
      // The page's renderer: the one that parsed the app's HTML (not Chromium's own WebUI renderers).
      const parse = ev.find((e) => e.name === "ParseHTML" && String(e.args?.beginData?.url ?? "").startsWith(app.url))!;
      const mainT = { pid: parse.pid, tid: parse.tid };
      const on = ev.filter((e) => e.pid === mainT.pid && e.tid === mainT.tid);
      const nav = ev.find((e) => e.name === "navigationStart" && e.pid === mainT.pid);
      const t0 = nav?.ts ?? on.find((e) => e.name === "DocumentLoader::CommitNavigation")?.ts ?? on[0].ts;
      // CPU samples
      const nodes = new Map<number, { parent?: number; cf: any }>();
      const samples: { ts: number; node: number }[] = [];
      const prof = ev.find((e) => e.name === "Profile" && e.pid === mainT.pid);
      let ts = prof?.args?.data?.startTime ?? 0;
      for (const e of ev.filter((e) => e.name === "ProfileChunk" && e.pid === mainT.pid && e.id === prof?.id)) {
        const cp = e.args.data.cpuProfile ?? {};
        for (const n of cp.nodes ?? []) nodes.set(n.id, { parent: n.parent, cf: n.callFrame });
        const deltas: number[] = e.args.data.timeDeltas ?? [];
        (cp.samples ?? []).forEach((id: number, i: number) => { ts += deltas[i] ?? 0; samples.push({ ts, node: id }); });
      }
      samples.sort((a, b) => a.ts - b.ts);
      const frames = new Map<number, { src: string; name: string }>();
      const f = (id: number) => { if (!frames.has(id)) { const cf = nodes.get(id)!.cf; frames.set(id, sym(cf.url, cf.lineNumber, cf.columnNumber, cf.functionName)); } return frames.get(id)!; };
      const tasks = on.filter((e) => e.ph === "X" && e.name === "RunTask" && (e.dur ?? 0) > 12000);
      let tbt = 0; let ttbt = 0; let cpu = 0; const quiet = process.env.LH_QUIET;
      for (const t of on.filter((e) => e.ph === "X" && e.name === "RunTask")) {
        const td = (t.tdur ?? t.dur ?? 0) / 1000; cpu += td;
        const x = on.filter((e) => e.ph === "X" && e.name === "Layout" && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)).length ? 2 : 4;
        if (td * x > 50) ttbt += td * x - 50;
      }
      console.log(`\n== round ${r}: ${samples.length} samples`);
      for (const task of tasks) {
        tbt += Math.max(0, (task.dur! / 1000) * 4 - 50);
        if (quiet) continue;
        const inside = samples.filter((s) => s.ts >= task.ts && s.ts <= task.ts + task.dur!);
        const self = new Map<string, number>(); const app = new Map<string, number>();
        let prev = task.ts;
        for (const s of inside) {
          const dt = (s.ts - prev) / 1000; prev = s.ts;
          const fr = f(s.node);
          const k = `${fr.name} ${fr.src.replace(/^node_modules\//, "")}`;
          self.set(k, (self.get(k) ?? 0) + dt);
          // innermost project frame
          let id: number | undefined = s.node; let label = "";
          while (id !== undefined) { const x = f(id); if (/^(components|lib|app)\//.test(x.src)) { label = `${x.name} ${x.src}`; break; } id = nodes.get(id)!.parent; }
          if (!label) { const cf = nodes.get(s.node)!.cf; label = cf.functionName === "(program)" || cf.functionName === "(garbage collector)" || cf.functionName === "(idle)" ? cf.functionName : `[lib] ${fr.src.split("/").slice(0, 3).join("/")}`; }
          app.set(label, (app.get(label) ?? 0) + dt);
        }
        // Kinds of trace work inside
        const kinds = new Map<string, number>();
        let end = 0;
        for (const e of on.filter((e) => e.ph === "X" && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!).sort((a, b) => a.ts - b.ts)) {
          if (e.ts < end) continue; end = e.ts + (e.dur ?? 0);
          const u = e.args?.data?.url ? `[${String(e.args.data.url).split("/").pop()}]` : "";
          kinds.set(e.name + u, (kinds.get(e.name + u) ?? 0) + (e.dur ?? 0) / 1000);
        }
        const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).filter(([, v]) => v >= 0.8).map(([k, v]) => `${v.toFixed(1)} ${k}`).join("; ");
        console.log(`@${((task.ts - t0) / 1000).toFixed(0)} ${(task.dur! / 1000).toFixed(1)}ms  kinds: ${top(kinds, 4)}`);
        console.log(`    by app frame: ${top(app, 8)}`);
        console.log(`    self: ${top(self, 6)}`);
        if (process.env.LH_TREE && task.dur! > Number(process.env.LH_TREE) * 1000) {
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
          console.log(`    inclusive:\n      ${[...incl].sort((a, b) => b[1] - a[1]).filter(([k, v]) => v > 2 && !/^\(root\)/.test(k)).slice(0, 45).map(([k, v]) => `${v.toFixed(1)} ${k}`).join("\n      ")}`);
        }
      }
      if (process.env.LH_MODULES) {
        // Module evaluation cost: time under each module's top-level code, minus nested module tops.
        const mod = new Map<string, number>(); let p3 = samples[0]?.ts ?? 0;
        for (const s of samples) {
          const dt = (s.ts - p3) / 1000; p3 = s.ts;
          let child: number | undefined; let key = "";
          for (let id: number | undefined = s.node; id !== undefined; child = id, id = nodes.get(id)!.parent) {
            const x = f(id);
            if (x.name === "instantiateModule") { key = child === undefined ? "(instantiateModule self: compile)" : f(child).src; break; }
          }
          if (key) mod.set(key, (mod.get(key) ?? 0) + dt);
        }
        console.log(`module evaluation (innermost module factory, incl. its calls):\n  ${[...mod].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.LH_MODULES)).map(([k, v]) => `${v.toFixed(1)} ${k}`).join("\n  ")}`);
      }
      results.set(dir, [...(results.get(dir) ?? []), ttbt]);
      console.log(`${dir} naive TBT (wall x4-50): ${tbt.toFixed(0)}; by thread time: ${ttbt.toFixed(0)}; main-thread CPU ${cpu.toFixed(0)} ms; tasks>12.5ms thread: ${on.filter((e) => e.ph === "X" && e.name === "RunTask" && (e.tdur ?? 0) > 12500).map((e) => `${((e.tdur ?? 0) / 1000).toFixed(0)}@${((e.ts - t0) / 1000).toFixed(0)}`).join(" ")}`);
    }
    for (const [d, v] of results) console.log(`${d}: thread-time TBT ${v.map((x) => x.toFixed(0)).join(" ")}; median ${[...v].sort((a, b) => a - b)[v.length >> 1].toFixed(0)}`);
  } finally {
    await browser.close();
    for (const a of apps) await a.stop();
  }
}
void main().catch((e) => { console.error(e); process.exit(1); });
