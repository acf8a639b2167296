// The configuration check `npm start` runs before `next start`: the server's own zod schema
// (lib/server/startup-check.ts, loaded through tsx) over the same environment Next will see,
// the shell's variables over the .env files, which Next's own loader (@next/env) reads here too.
import { createRequire } from "node:module";
import { join } from "node:path";

export async function checkBeforeStart(root, host) {
  const nextRequire = createRequire(createRequire(import.meta.url).resolve("next/package.json"));
  nextRequire("@next/env").loadEnvConfig(root, false, { info: () => {}, error: console.error });
  let tsImport;
  try {
    ({ tsImport } = await import("tsx/esm/api"));
  } catch {
    // tsx is a devDependency; without it the server's own check at start still refuses.
    return {};
  }
  const { startupReport } = await tsImport(join(root, "lib", "server", "startup-check.ts"), { parentURL: import.meta.url, tsconfig: join(root, "tsconfig.json") });
  return startupReport(process.env, host);
}
