#!/usr/bin/env bash
# Starts a throwaway Redis (Debian's redis-server) on a free loopback port, without persistence,
# and prints its URL on stdout, e.g. redis://127.0.0.1:41235. Logs go to stderr.
#   export TEST_REDIS_URL="$(scripts/ci-redis.sh)"
#   scripts/ci-redis.sh stop /tmp/glm-redis.XXXX     # stops it and removes its directory
set -euo pipefail

if [ "${1:-}" = "stop" ]; then
  dir="${2:?usage: ci-redis.sh stop DIR}"
  [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null || true
  rm -rf "$dir"
  exit 0
fi

command -v redis-server >/dev/null || { echo "ci-redis: redis-server is not installed (apt-get install -y redis-server)" >&2; exit 1; }
PORT="${REDIS_PORT_OVERRIDE:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
DIR="${CI_REDIS_DIR:-$(mktemp -d /tmp/glm-redis.XXXXXX)}"
mkdir -p "$DIR"
redis-server --port "$PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --dir "$DIR" --pidfile "$DIR/pid" --logfile "$DIR/log" >&2
for _ in $(seq 1 50); do
  redis-cli -p "$PORT" ping >/dev/null 2>&1 && break
  sleep 0.1
done
echo "ci-redis: running on port $PORT; stop with: scripts/ci-redis.sh stop $DIR" >&2
echo "redis://127.0.0.1:$PORT"
