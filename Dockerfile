# GLM Chat container image: the standalone Next.js server (output: "standalone") on Node 20.
# Build: docker build -t glm-chat .      Run: docker compose up (see compose.yaml and docs/deploy.md).
# The cluster test (npm test) runs the same .next/standalone/server.js behind nginx, since no
# image registry is reachable from CI to build this file there.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# better-sqlite3 compiles when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN BUILD_STANDALONE=1 npx next build && node scripts/standalone.mjs

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    # Inside a container the app must listen on every interface (npm start outside one does not).
    HOST=0.0.0.0 \
    HOSTNAME=0.0.0.0 \
    PORT=3000 \
    # Longer than nginx's upstream keepalive_timeout (deploy/nginx.conf), so nginx closes first.
    KEEP_ALIVE_TIMEOUT=65000 \
    DATA_DIR=/data
RUN groupadd --system --gid 1001 glmchat && useradd --system --uid 1001 --gid glmchat --no-create-home glmchat \
  && mkdir -p /data && chown glmchat:glmchat /data
COPY --from=build --chown=glmchat:glmchat /app/.next/standalone ./
USER glmchat
EXPOSE 3000
VOLUME ["/data"]
# Liveness. Load balancers should route on readiness instead: /api/health?ready=1.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (docker stop) drains: running answers get SHUTDOWN_GRACE_S, then end as interrupted.
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
