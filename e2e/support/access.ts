/** The private e2e server's configuration, shared by playwright.config.ts and e2e/access.spec.ts. */
import { STAND_IN } from "./ports";

/** One user per test (tests run in parallel; limits and budgets are per user). */
export const USERS = ["flow", "chat", "budget", "rate", "stall", "slow", "signout", "share", "models", "titles", "expired", "lapsed", "phone", "desk1", "desk2", "tab1", "tab2", "late", "budgetzh", "longchat", "spent", "offline", "outmid", "outmid2", "cutfree", "outthink", "outearly", "silent", "statewait", "statewaitzh", "budgetpar", "continuer"] as const;
export type TestUser = (typeof USERS)[number];
export const codeOf = (user: TestUser) => `${user}-code-7c1e`;

export const PRIVATE_ENV = {
  ZAI_API_KEY: STAND_IN.key,
  ZAI_BASE_URL: `${STAND_IN.url}/api/paas/v4`,
  ZAI_PROTOCOL: "zai",
  ACCESS_CODES: USERS.map((u) => `${u}:${codeOf(u)}`).join(","),
  SESSION_SECRET: "e2e-session-secret-0123456789abcdef0123456789",
  // Tests name their client in X-Forwarded-For, as a proxy would, so parallel tests do not share a bucket.
  TRUST_PROXY_HOPS: "1",
  ALLOWED_HOSTS: "127.0.0.1,localhost",
  CHAT_RATE_PER_MINUTE: "3",
  SIGN_IN_ATTEMPTS_PER_MINUTE: "3",
  USER_DAILY_TOKENS: "40",
  UPSTREAM_TIMEOUT_S: "3",
  UPSTREAM_IDLE_TIMEOUT_S: "3",
  BODY_READ_TIMEOUT_S: "3",
  // With a test Redis (scripts/test.mjs starts one), limits and budgets go through it; a fresh
  // prefix per run so a reused Redis holds no spent budget from an earlier run.
  ...(process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL, REDIS_KEY_PREFIX: `e2e-${Date.now()}:` } : {}),
};

export const OPEN_ENV = {
  ZAI_API_KEY: STAND_IN.key,
  ZAI_BASE_URL: `${STAND_IN.url}/api/paas/v4`,
  ZAI_PROTOCOL: "zai",
  TRUST_PROXY_HOPS: "0",
  CHAT_RATE_PER_MINUTE: "3",
};
