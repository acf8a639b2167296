import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "components/**/*.test.ts", "components/**/*.test.tsx", "e2e/stand-in/**/*.test.ts", "e2e/support/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
    // Worker threads rather than child processes: each test file still gets its own module graph,
    // at ~17% less CPU for the whole unit run (docs/decisions/test-suite-speed.md, fourth round).
    pool: "threads",
    setupFiles: ["test/setup/separate-broadcast-channels.ts"],
    // Unit tests assert results, never speed: on a loaded 2-core machine a heavy but bounded case
    // (a 1 MB hostile string, every prefix of an 80k answer) can take far longer than vitest's 5 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
