/**
 * The cluster under test: two standalone instances sharing PostgreSQL and Redis behind Debian's
 * nginx (deploy/nginx.conf), with the stand-in upstream. Private by access codes, as a team runs it.
 */
import { CLUSTER_PORTS } from "./api";
import { missingPackages, startApp, startNginx, startPostgres, startRedis, type AppInstance, type Service } from "./services";
import { startStandIn, upstreamEnv } from "./stand-in";

export const RATE_PER_MINUTE = 20;
export const LOAD_USERS = 10;
export const code = (user: string) => `${user}-code-5f2e9a`;
const users = ["alice", "rater", "kim", ...Array.from({ length: LOAD_USERS }, (_, i) => `load${i}`)];

export interface Cluster {
  nginx: Service;
  apps: AppInstance[];
  standIn: Awaited<ReturnType<typeof startStandIn>>;
  redis: Service;
  byUpstream(addr: string | undefined): AppInstance;
  stop(): Promise<void>;
}

export async function startCluster(): Promise<Cluster> {
  const missing = missingPackages();
  if (missing.length) {
    throw new Error(`The cluster test needs Debian's ${missing.join(", ")}: apt-get install -y ${missing.join(" ")} (.ci/run installs them).`);
  }
  const started: Array<{ stop(): Promise<void> }> = [];
  const stopAll = async () => {
    for (const s of started.reverse()) await s.stop().catch(() => {});
  };
  try {
    const standIn = await startStandIn(CLUSTER_PORTS.standIn);
    started.push(standIn);
    const pg = startPostgres(CLUSTER_PORTS.postgres);
    started.push(pg);
    const redis = await startRedis(CLUSTER_PORTS.redis);
    started.push(redis);
    const env = {
      ...upstreamEnv(standIn.url),
      DATABASE_URL: pg.url,
      REDIS_URL: redis.url,
      ACCESS_CODES: users.map((u) => `${u}:${code(u)}`).join(","),
      SESSION_SECRET: "cluster-test-secret-0123456789abcdef0123456789",
      CHAT_RATE_PER_MINUTE: String(RATE_PER_MINUTE),
      SIGN_IN_ATTEMPTS_PER_MINUTE: "1000",
      TRUST_PROXY_HOPS: "1",
    };
    // One after the other: both run the share store's migration at start (it takes a lock).
    const a = await startApp("A", CLUSTER_PORTS.appA, env);
    started.push(a);
    const b = await startApp("B", CLUSTER_PORTS.appB, env);
    started.push(b);
    const apps = [a, b];
    // Which instance served a request: tests kill that one.
    const nginx = await startNginx(CLUSTER_PORTS.nginx, apps.map((x) => `127.0.0.1:${x.port}`), "add_header X-Upstream $upstream_addr always;");
    started.push(nginx);
    return {
      nginx,
      apps,
      standIn,
      redis,
      byUpstream(addr) {
        const found = apps.find((x) => addr?.endsWith(`:${x.port}`));
        if (!found) throw new Error(`no instance behind upstream address ${addr}`);
        return found;
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
