// After `next build`: the standalone server (.next/standalone/server.js) serves public/ and
// .next/static only from beside itself, and the build does not copy them. Run by `npm run build`,
// `npm start`, `npm test` and the Dockerfile.
import { cpSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export function prepareStandalone(root = fileURLToPath(new URL("..", import.meta.url))) {
  const out = join(root, ".next", "standalone");
  if (!existsSync(join(out, "server.js"))) throw new Error("No standalone server: run `next build` first (output: \"standalone\").");
  rmSync(join(out, ".next", "static"), { recursive: true, force: true });
  cpSync(join(root, ".next", "static"), join(out, ".next", "static"), { recursive: true });
  if (existsSync(join(root, "public"))) {
    rmSync(join(out, "public"), { recursive: true, force: true });
    cpSync(join(root, "public"), join(out, "public"), { recursive: true });
  }
  return join(out, "server.js");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`standalone server ready: ${prepareStandalone()}`);
}
