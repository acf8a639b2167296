/**
 * Image preparation floor (issue 14): the app's real attach flow (lib/media/prepare-image.ts in
 * its worker via the attach input, timed by its `glm:prepare-attachment` measure) against the least the browser
 * can do for the same result: in a Worker, `createImageBitmap` (EXIF orientation, resize options)
 * and `OffscreenCanvas.convertToBlob`, to the same size and JPEG quality. 12 MP and 24 MP
 * EXIF-rotated photos, interleaved round by round; main-thread long tasks counted in the page
 * while each preparation runs.
 */
import type { Page } from "playwright-core";
import { reportCheck, reportRatio, rotate, summarise } from "./compare";
import { launchChromium, startApp } from "./harness";
import { makePhoto } from "./photo";
import { mainThreadTasks, startTrace, stopTrace, type Task } from "./peers/main-thread-trace";
import { formatStages, stageCpu, WORKER_CPU_CATEGORIES } from "./peers/worker-cpu";

// The floor worker: decode + orient + resize in createImageBitmap, one draw, one encode.
const FLOOR_WORKER = `
self.onmessage = async (e) => {
  const { blob, width, height, quality } = e.data;
  const bitmap = await createImageBitmap(blob, { imageOrientation: "from-image", resizeWidth: width, resizeHeight: height, resizeQuality: "high" });
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext("2d").drawImage(bitmap, 0, 0);
  bitmap.close();
  const out = await canvas.convertToBlob({ type: "image/jpeg", quality });
  self.postMessage({ size: out.size });
};`;

interface Run {
  ms: number;
  /** The preparation's window, performance.now() ms. */
  start: number;
  end: number;
  /** Main-thread tasks over 50 ms that overlapped the preparation, and the longest. */
  longTasks: number;
  longest: number;
}

async function setUp(page: Page) {
  await page.evaluate((src) => {
    const w = window as unknown as { __lt: { start: number; duration: number }[]; __floor: Worker };
    w.__lt = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.__lt.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: false });
    w.__floor = new Worker(URL.createObjectURL(new Blob([src], { type: "text/javascript" })));
  }, FLOOR_WORKER);
}

/** Long tasks overlapping [start, end], read once the observer has had a frame to report them. */
async function tasksIn(page: Page, start: number, end: number) {
  return page.evaluate(async ([s, e]) => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const lt = (window as unknown as { __lt: { start: number; duration: number }[] }).__lt;
    const hit = lt.filter((t) => t.start < e && t.start + t.duration > s);
    return { longTasks: hit.length, longest: Math.max(0, ...hit.map((t) => t.duration)) };
  }, [start, end] as const);
}

async function floor(page: Page, handle: string, width: number, height: number, quality: number): Promise<Run> {
  const { start, end } = await page.evaluate(async ([key, w, h, q]) => {
    const win = window as unknown as { __floor: Worker; __photos: Record<string, Blob> };
    const t0 = performance.now();
    await new Promise((resolve) => {
      win.__floor.onmessage = resolve;
      win.__floor.postMessage({ blob: win.__photos[key], width: w, height: h, quality: q });
    });
    return { start: t0, end: performance.now() };
  }, [handle, width, height, quality] as const);
  return { ms: end - start, start, end, ...(await tasksIn(page, start, end)) };
}

/**
 * Hands the attach input the in-page photo as a file picker would: a File, no bytes through
 * script. (Playwright's setInputFiles with a buffer decodes ~8 MB of base64 in the page, and the
 * major GC that collects it, 69 ms in a trace, landed inside the preparation it was measuring.)
 */
async function app(page: Page, key: string): Promise<Run> {
  await page.evaluate((k) => {
    const photos = (window as unknown as { __photos: Record<string, Blob> }).__photos;
    const input = document.querySelector<HTMLInputElement>('[data-testid="attach-input"]')!;
    const files = new DataTransfer();
    files.items.add(new File([photos[k]], "photo.jpg", { type: "image/jpeg" }));
    input.files = files.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, key);
  await page.getByTestId("attachment-thumb").first().waitFor();
  const m = await page.evaluate(() => {
    const e = performance.getEntriesByName("glm:prepare-attachment").at(-1)!;
    return { start: e.startTime, end: e.startTime + e.duration };
  });
  const tasks = await tasksIn(page, m.start, m.end);
  await page.getByTestId("attachment-remove").first().click();
  await page.getByTestId("attachment-thumb").waitFor({ state: "detached" });
  return { ms: m.end - m.start, ...m, ...tasks };
}

/** The longest main-thread task overlapping [start, end] (the one that began it counts too). */
function longestOverlapping(tasks: Task[], start: number, end: number) {
  const hit = tasks.filter((t) => t.start < end && t.start + t.wallMs > start);
  return { wallMs: Math.max(0, ...hit.map((t) => t.wallMs)), threadMs: Math.max(0, ...hit.map((t) => t.threadMs)) };
}

async function main() {
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const server = await startApp(3302, { ZAI_API_KEY: "" });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.locator("form[data-hydrated]").waitFor();
    await setUp(page);
    // EXIF-rotated phone photos; all come out portrait at full size (under the 6000-pixel side
    // limit), at 0.92, or 0.82 when the source is over 5 MB, as the app plans. 4032 x 3024 is the
    // commonest 12 MP phone size (iPhone, Pixel) and MCU-aligned, so the app rotates it
    // losslessly; 4000 x 3000 (Samsung's 12 MP) is not (3000 / 16 = 187.5) but is whole luma
    // blocks, so it turns in the DCT domain with chroma shifted half a block (shift.ts). 6000 x
    // 4000 is aligned but over 5 MB: the browser path.
    const sizes: { label: string; w: number; h: number; target?: number }[] = [
      { label: "12 MP", w: 4032, h: 3024, target: 400 },
      { label: "12 MP 4000x3000 (half-MCU edge)", w: 4000, h: 3000, target: 400 },
      { label: "24 MP", w: 6000, h: 4000, target: 800 },
    ];
    console.log(`\nImage preparation: app attach flow vs createImageBitmap + OffscreenCanvas in a Worker, ${rounds} interleaved rounds`);
    for (const s of sizes) {
      const buffer = await makePhoto(page, s.w, s.h);
      await page.evaluate(([key, b64]) => {
        const bin = atob(b64);
        const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
        const w = window as unknown as { __photos: Record<string, Blob> };
        w.__photos ??= {};
        w.__photos[key] = new Blob([bytes], { type: "image/jpeg" });
      }, [s.label, buffer.toString("base64")] as const);
      const quality = buffer.length > 5_000_000 ? 0.82 : 0.92;
      // Warm both paths (codecs, worker start-up) before measuring.
      await floor(page, s.label, s.h, s.w, quality);
      await app(page, s.label);
      await startTrace(browser, page, WORKER_CPU_CATEGORIES);
      const r = await rotate(rounds, { floor: () => floor(page, s.label, s.h, s.w, quality), app: () => app(page, s.label) });
      const sync = await page.evaluate(() => performance.mark("image-floor:sync").startTime);
      const events = await stopTrace(browser);
      const { tasks: trace, toTrace } = mainThreadTasks(events, { "image-floor:sync": sync });
      const windows = (who: "app" | "floor") => r.map((x): [number, number] => [toTrace(x[who].start), toTrace(x[who].end)]);
      const tasks = r.map((x) => longestOverlapping(trace, x.app.start, x.app.end));
      const appMs = summarise(r.map((x) => x.app.ms));
      const floorMs = summarise(r.map((x) => x.floor.ms));
      reportRatio(`${s.label} (${(buffer.length / 1e6).toFixed(1)} MB) prepare time, app / floor`, r.map((x) => x.app.ms / x.floor.ms), 2);
      console.log(`      app ${appMs.median.toFixed(0)} ms (${appMs.min.toFixed(0)}–${appMs.max.toFixed(0)}), floor ${floorMs.median.toFixed(0)} ms (${floorMs.min.toFixed(0)}–${floorMs.max.toFixed(0)})`);
      console.log(`      each round, app / floor ms: ${r.map((x) => `${x.app.ms.toFixed(0)}/${x.floor.ms.toFixed(0)}`).join(", ")}`);
      if (s.target !== undefined) reportCheck(`${s.label}: app prepare time (median)`, `${appMs.median.toFixed(0)} ms`, `< ${s.target} ms`, appMs.median < s.target);
      // The goal is no task over 50 ms at all: the worst round decides, the median shows the usual.
      // Judged on the task's CPU time from a trace, which load does not inflate (a 63 ms "long task"
      // here used 0.1 ms of CPU at load 15 on 2 cores); its wall time is printed beside it.
      const cpu = summarise(tasks.map((t) => t.threadMs));
      const wall = summarise(tasks.map((t) => t.wallMs));
      reportCheck(
        `${s.label}: longest main-thread task during preparation`,
        `${cpu.max.toFixed(0)} ms CPU (median ${cpu.median.toFixed(0)}, ${cpu.min.toFixed(0)}–${cpu.max.toFixed(0)}, ${cpu.rounds} rounds)`,
        "≤ 50 ms",
        cpu.max <= 50,
      );
      const overBudget = Math.max(...r.map((x) => x.app.longTasks));
      console.log(`      its wall time: median ${wall.median.toFixed(0)} ms (${wall.min.toFixed(0)}–${wall.max.toFixed(0)}); Long Tasks API: worst ${Math.max(...r.map((x) => x.app.longest)).toFixed(0)} ms, ${overBudget} over 50 ms in a round`);
      // Where the time goes (thread CPU per preparation, mean of the rounds): which stage to attack.
      console.log(`      app CPU: ${formatStages(stageCpu(events, windows("app")))}`);
      console.log(`      floor CPU: ${formatStages(stageCpu(events, windows("floor")))}`);
      const floorLongest = summarise(r.map((x) => x.floor.longest));
      console.log(`      floor longest main-thread task during preparation: median ${floorLongest.median.toFixed(0)} ms (${floorLongest.min.toFixed(0)}–${floorLongest.max.toFixed(0)})`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
