#!/usr/bin/env bash
# A PostgreSQL cluster for tests and the loopback deployment (issue #18): Debian's postgresql (15), installed when
# missing, initialised in a temporary folder owned by an unprivileged user, listening on 127.0.0.1 on a free port.
#   eval "$(scripts/throwaway-postgres.sh start)"   # sets REGISTRY_PG_DIR and REGISTRY_PG (a connection string)
#   scripts/throwaway-postgres.sh stop "$REGISTRY_PG_DIR"
#   scripts/throwaway-postgres.sh start DIR; ... stop DIR --keep   # a cluster kept in DIR between runs
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "throwaway-postgres: installing postgresql from Debian..." >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
# PostgreSQL refuses to run as root: the cluster belongs to the package's user (or to whoever runs this).
if [ "$(id -u)" -eq 0 ]; then owner=postgres; run() { runuser -u postgres -- "$@"; }; else owner=$(id -un); run() { "$@"; }; fi

case "${1:-}" in
  start)
    # A folder given (bench/run.sh keeps its seeded cluster between runs) is reused when it holds a cluster already.
    if [ -n "${2:-}" ]; then dir=$2; mkdir -p "$dir"; else dir=$(mktemp -d /tmp/registry-pg.XXXXXX); fi
    chown "$owner" "$dir"; chmod 700 "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    [ -f "$dir/data/PG_VERSION" ] || run "$bin/initdb" -D "$dir/data" -U registry -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # fsync off: a throwaway cluster trades durability for speed. REGISTRY_PG_DURABLE=1 keeps PostgreSQL's defaults
    # (bench/run.sh: a fair comparison with SQLite, which syncs its WAL at checkpoints).
    speed="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${REGISTRY_PG_DURABLE:-}" != 1 ] || speed=""
    run "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $speed -c max_connections=200" start >/dev/null
    echo "export REGISTRY_PG_DIR=$dir"
    echo "export REGISTRY_PG='Host=127.0.0.1;Port=$port;Username=registry;Database=postgres;Include Error Detail=true'"
    ;;
  stop)
    dir=${2:?the folder start printed}
    if [ "${3:-}" = --keep ]; then
      run "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    else
      run "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
      rm -rf "$dir"
    fi
    ;;
  *) echo "usage: $0 start [DIR] | stop DIR [--keep]" >&2; exit 2 ;;
esac
