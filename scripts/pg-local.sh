#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL from Debian's package on loopback, for tests and benchmarks.
# usage: scripts/pg-local.sh start|stop [DIR] [PORT]   — prints the DATABASE_URL on start.
set -euo pipefail
action=${1:?start|stop}
dir=${2:-/tmp/claims-pg}
port=${3:-54329}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL server is not installed (apt-get install postgresql)" >&2; exit 1; }
run() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else bash -c "$*"; fi; }
case "$action" in
  start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      install -d -m 700 "$dir"; [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
      run "$bin/initdb -D $dir/data -U postgres --auth=trust -E UTF8" >/dev/null
    fi
    run "$bin/pg_ctl -D $dir/data -l $dir/log -w -o '-p $port -k $dir -c listen_addresses=127.0.0.1' start" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop) run "$bin/pg_ctl -D $dir/data -m fast -w stop" >/dev/null ;;
  *) echo "usage: $0 start|stop [DIR] [PORT]" >&2; exit 2 ;;
esac
