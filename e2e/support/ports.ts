/** Loopback ports for the e2e run: the stand-in upstream and three app servers (one per mode). */
// E2E_PORT_OFFSET lets two checkouts run their suites at the same time on one machine.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0;

export const STAND_IN = { port: 4010 + offset, url: `http://127.0.0.1:${4010 + offset}`, key: "test-key-SECRET-7f3a9c" };

export const APPS = {
  zai: { port: 3201 + offset, url: `http://127.0.0.1:${3201 + offset}` },
  openai: { port: 3202 + offset, url: `http://127.0.0.1:${3202 + offset}` },
  demo: { port: 3203 + offset, url: `http://127.0.0.1:${3203 + offset}` },
} as const;
