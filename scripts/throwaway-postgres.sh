#!/usr/bin/env bash
# A PostgreSQL cluster for tests and the loopback deployment (issue #18): Debian's postgresql (15), installed when
# missing, initialised in a temporary folder owned by an unprivileged user, listening on 127.0.0.1 on a free port.
#   eval "$(scripts/throwaway-postgres.sh start)"   # sets REGISTRY_PG_DIR and REGISTRY_PG (a connection string)
#   scripts/throwaway-postgres.sh stop "$REGISTRY_PG_DIR"
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
    dir=$(mktemp -d /tmp/registry-pg.XXXXXX)
    chown "$owner" "$dir"; chmod 700 "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    run "$bin/initdb" -D "$dir/data" -U registry -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # fsync off and a small WAL: a throwaway cluster trades durability for speed.
    run "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    echo "export REGISTRY_PG_DIR=$dir"
    echo "export REGISTRY_PG='Host=127.0.0.1;Port=$port;Username=registry;Database=postgres;Include Error Detail=true'"
    ;;
  stop)
    dir=${2:?the folder start printed}
    run "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
