/**
 * First-load JavaScript of the chat page (issue 14: < 250 KB gzipped as features land), counted
 * as a module-capable browser downloads it; the figure with Next's nomodule polyfills is printed
 * beside it for honesty. Cheap: one page fetch, no browser. Bytes do not drift with the
 * machine's load, so the budget is also checked under `npm run bench -- --compare`.
 */
import { reportCheck } from "./compare";
import { firstLoadJs } from "./first-load";
import { report, startApp, startStandIn } from "./harness";

const upstream = await startStandIn({ key: "bench-key" });
const app = await startApp(0, { ZAI_API_KEY: "bench-key", ZAI_BASE_URL: `${upstream.url}/api/paas/v4` });
try {
  const js = await firstLoadJs(app.url);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log("\nFirst-load JavaScript of the chat page (gzipped)");
  reportCheck("first-load JS of the chat page (module browsers, gzipped)", kb(js.gz), "< 250 KB", js.gz < 250 * 1024);
  report("  plus the nomodule polyfills (never downloaded by those)", kb(js.gzWithNomodule), "info", true);
  report("  scripts", `${js.count}`, "info", true);
  for (const [name, present] of Object.entries(js.forbidden)) report(`initial chunks free of ${name}`, present ? "present" : "absent", "absent", !present);
  if (process.env.BENCH_VERBOSE) for (const c of [...js.chunks].sort((a, b) => b.gz - a.gz)) console.log(`${kb(c.gz).padStart(10)}  ${c.nomodule ? "nomodule " : ""}${c.src}`);
} finally {
  await app.stop();
  await upstream.stop();
}
