// The configuration check `npm start` runs before `next start`: the server's own zod schema
// (lib/server/startup-check.ts, loaded through tsx) over the same environment Next will see,
// the shell's variables over the .env files, which Next's own loader (@next/env) reads here too.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { bindHost, startArgs } from "./start-args.mjs";

const codeRoot = fileURLToPath(new URL("..", import.meta.url));

/**
 * The `next start` arguments and the configuration report for a start from `root`. The .env files
 * are loaded first, so HOST (like PORT, which Next reads itself) may come from .env.local, and the
 * open-access warning judges the address the server will really listen on.
 */
export async function prepareStart(root, argv) {
  const nextRequire = createRequire(createRequire(import.meta.url).resolve("next/package.json"));
  nextRequire("@next/env").loadEnvConfig(root, false, { info: () => {}, error: console.error });
  const args = startArgs(argv, process.env);
  return { args, report: await checkBeforeStart(bindHost(args), root) };
}

/** `root` is where next start will run, so a relative DATA_DIR is judged from there. */
async function checkBeforeStart(host, root) {
  let tsImport;
  try {
    ({ tsImport } = await import("tsx/esm/api"));
  } catch {
    // tsx is a devDependency; without it the server's own check at start still refuses.
    return {};
  }
  const { startupReport } = await tsImport(`${codeRoot}lib/server/startup-check.ts`, { parentURL: import.meta.url, tsconfig: `${codeRoot}tsconfig.json` });
  return startupReport(process.env, host, root);
}
