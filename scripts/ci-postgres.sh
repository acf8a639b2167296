#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster (Debian's packages) on a free loopback port and prints its
# URL on stdout, e.g. postgres://postgres@127.0.0.1:41234/glmchat. Logs go to stderr.
#   export TEST_DATABASE_URL="$(scripts/ci-postgres.sh)"
#   scripts/ci-postgres.sh stop /tmp/glm-pg.XXXX     # stops and removes a cluster (path is logged)
set -euo pipefail

log() { echo "ci-postgres: $*" >&2; }

as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

find_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$dir" ] && [ "$(id -u)" = "0" ]; then
    log "installing postgresql from Debian's packages"
    (apt-get install -y -qq postgresql >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null; }) >&2
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  fi
  [ -n "$dir" ] || { log "PostgreSQL is not installed (apt-get install -y postgresql)"; exit 1; }
  echo "$dir"
}

BIN="$(find_bin)"

if [ "${1:-}" = "stop" ]; then
  dir="${2:?usage: ci-postgres.sh stop DIR}"
  as_pg "$BIN/pg_ctl" -D "$dir/data" -m fast stop >&2 || true
  rm -rf "$dir"
  exit 0
fi

PORT="${PGPORT_OVERRIDE:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
DIR="${CI_PG_DIR:-$(mktemp -d /tmp/glm-pg.XXXXXX)}"
mkdir -p "$DIR"
chmod 755 "$DIR"
[ "$(id -u)" = "0" ] && chown postgres: "$DIR"
USER_NAME="$( [ "$(id -u)" = "0" ] && echo postgres || id -un )"

log "initdb in $DIR/data"
as_pg "$BIN/initdb" -D "$DIR/data" -U "$USER_NAME" --auth=trust --encoding=UTF8 --no-locale >/dev/null
# fsync off: a throwaway test cluster trades durability for speed.
as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 30 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >&2
as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" glmchat
log "running on port $PORT; stop with: scripts/ci-postgres.sh stop $DIR"
echo "postgres://$USER_NAME@127.0.0.1:$PORT/glmchat"
