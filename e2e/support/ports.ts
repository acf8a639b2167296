/**
 * Loopback ports for the e2e run: the stand-in upstream and three app servers (one per mode).
 * E2E_PORT_OFFSET shifts them all, so two checkouts can run their suites side by side.
 */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
const port = (n: number) => n + offset;

export const STAND_IN = { port: port(4010), url: `http://127.0.0.1:${port(4010)}`, key: "test-key-SECRET-7f3a9c" };

/** Answers once every server above and below is up (e2e/support/launch-servers.ts). */
export const SERVERS_READY = { port: port(4011), url: `http://127.0.0.1:${port(4011)}/` };

export const APPS = {
  zai: { port: port(3201), url: `http://127.0.0.1:${port(3201)}` },
  openai: { port: port(3202), url: `http://127.0.0.1:${port(3202)}` },
  demo: { port: port(3203), url: `http://127.0.0.1:${port(3203)}` },
  /** ACCESS_CODES set: private, small limits and budgets, short upstream timeouts (e2e/access.spec.ts). */
  private: { port: port(3206), url: `http://127.0.0.1:${port(3206)}` },
  /** Open, TRUST_PROXY_HOPS=0 and a small chat rate: forged X-Forwarded-For must change nothing. */
  open: { port: port(3207), url: `http://127.0.0.1:${port(3207)}` },
  /** CHAT_MAX_IN_FLIGHT=2: the in-flight cap, reachable without holding hundreds of streams (e2e/hostile-input.spec.ts). */
  caps: { port: port(3208), url: `http://127.0.0.1:${port(3208)}` },
  /** CHAT_BODY_LIMIT_MB=2, SHARE_LIMIT_MB=1: the size limits, reached with files of under a MB (e2e/vision.spec.ts). */
  small: { port: port(3209), url: `http://127.0.0.1:${port(3209)}` },
} as const;
