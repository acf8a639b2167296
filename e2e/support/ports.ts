/** Loopback ports for the e2e run: the stand-in upstream and three app servers (one per mode). */
export const STAND_IN = { port: 4010, url: "http://127.0.0.1:4010", key: "test-key-SECRET-7f3a9c" };

export const APPS = {
  zai: { port: 3201, url: "http://127.0.0.1:3201" },
  openai: { port: 3202, url: "http://127.0.0.1:3202" },
  demo: { port: 3203, url: "http://127.0.0.1:3203" },
} as const;
