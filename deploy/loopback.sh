#!/usr/bin/env bash
# Two BlazorRegistry instances behind nginx on 127.0.0.1, sharing one PostgreSQL database and one files folder
# (issue #18): what a deployment of several instances is, on one machine, for a try and for the test that drives it
# (BlazorRegistry.Tests/Deployment/TwoInstancesTests.cs).
#   eval "$(deploy/loopback.sh start)"   # prints REGISTRY_DEPLOY_DIR, _URL (nginx), _A, _B (each instance), _PG
#   deploy/loopback.sh kill a "$REGISTRY_DEPLOY_DIR"   # SIGKILL instance a (or b), as a crash would
#   deploy/loopback.sh stop "$REGISTRY_DEPLOY_DIR"
# Installs Debian's nginx and postgresql when missing. The instances run the build in REGISTRY_APP_DLL (default:
# the Release build, built when missing) in Production, and inherit this shell's environment for everything else
# (Registry__FirstAdministrator__Email/__Password, Registry__Smtp__Host, ...). NGINX_PORT picks nginx's port
# (default: a free one); REGISTRY_DEPLOY_POSTGRES, a connection string to a running server, is used instead of a
# throwaway cluster (test.sh's PostgreSQL pass passes its own).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_for() { # url, seconds, what
  local deadline=$((SECONDS + $2))
  until curl -sf -o /dev/null "$1"; do
    [ $SECONDS -lt $deadline ] || { echo "loopback: $3 did not answer at $1 within $2 s" >&2; return 1; }
    sleep 0.2
  done
}

start_instance() { # name port
  local name=$1 port=$2 dir=$REGISTRY_DEPLOY_DIR
  # The content root is the build's folder (its wwwroot); each instance logs to its own file.
  (cd "$(dirname "$APP")" && exec env ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}" \
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Registry__Database__Provider=PostgreSql ConnectionStrings__Registry="$REGISTRY_PG" \
    Registry__DataDirectory="$dir/shared" \
    Registry__ForwardedHeaders__KnownProxies__0=127.0.0.1 \
    dotnet "$APP" >"$dir/$name.log" 2>&1) &
  echo $! >"$dir/$name.pid"
}

case "${1:-}" in
  start)
    if [ ! -x /usr/sbin/nginx ]; then
      echo "loopback: installing nginx from Debian..." >&2
      # Debian starts a package's service on install; this nginx is started by us, on our ports, so keep it from starting.
      created_policy=""
      if [ ! -e /usr/sbin/policy-rc.d ]; then as_root sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d'; created_policy=1; fi
      as_root apt-get update -qq >&2
      as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
      [ -z "$created_policy" ] || as_root rm -f /usr/sbin/policy-rc.d
    fi
    APP=${REGISTRY_APP_DLL:-$ROOT/BlazorRegistry.App/bin/Release/net10.0/BlazorRegistry.App.dll}
    [ -f "$APP" ] || dotnet build "$ROOT/BlazorRegistry.App" -c Release -nologo -v quiet >&2
    REGISTRY_DEPLOY_DIR=$(mktemp -d /tmp/registry-deploy.XXXXXX)
    # A start that fails half-way leaves nothing running.
    trap '[ $? -eq 0 ] || "$0" stop "$REGISTRY_DEPLOY_DIR"' EXIT
    mkdir -p "$REGISTRY_DEPLOY_DIR/shared" "$REGISTRY_DEPLOY_DIR/nginx"
    if [ -n "${REGISTRY_DEPLOY_POSTGRES:-}" ]; then
      # A server already running (test.sh's): a database of our own on it, created by `migrate`.
      REGISTRY_PG=${REGISTRY_DEPLOY_POSTGRES/Database=postgres/Database=registry_deploy_$(basename "$REGISTRY_DEPLOY_DIR" | tr -dc 'a-zA-Z0-9' | tr 'A-Z' 'a-z')}
    else
      eval "$("$ROOT/scripts/throwaway-postgres.sh" start)"
      echo "$REGISTRY_PG_DIR" >"$REGISTRY_DEPLOY_DIR/pg-dir"
      REGISTRY_PG=${REGISTRY_PG/Database=postgres/Database=registry}
    fi
    port_a=$(free_port); port_b=$(free_port); port_nginx=${NGINX_PORT:-$(free_port)}
    # Migrations once, before the instances (two instances starting together would wait for each other anyway).
    (cd "$(dirname "$APP")" && env ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}" \
      Registry__Database__Provider=PostgreSql ConnectionStrings__Registry="$REGISTRY_PG" \
      Registry__DataDirectory="$REGISTRY_DEPLOY_DIR/shared" dotnet "$APP" migrate >"$REGISTRY_DEPLOY_DIR/migrate.log" 2>&1) \
      || { cat "$REGISTRY_DEPLOY_DIR/migrate.log" >&2; exit 1; }
    start_instance a "$port_a"
    start_instance b "$port_b"
    # nginx as this user, everything it writes inside the deployment's folder.
    n=$REGISTRY_DEPLOY_DIR/nginx
    {
      echo "worker_processes 1; daemon on; pid $n/nginx.pid; error_log $n/error.log warn;"
      [ "$(id -u)" -ne 0 ] || echo "user root;"
      echo "events { worker_connections 1024; }"
      echo "http { access_log $n/access.log; client_body_temp_path $n/body; proxy_temp_path $n/proxy;"
      echo "  fastcgi_temp_path $n/fastcgi; uwsgi_temp_path $n/uwsgi; scgi_temp_path $n/scgi;"
      sed -e "s/@A_RE@/127\\\\.0\\\\.0\\\\.1:$port_a/g" -e "s/@B_RE@/127\\\\.0\\\\.0\\\\.1:$port_b/g" \
        -e "s/@A@/127.0.0.1:$port_a/g" -e "s/@B@/127.0.0.1:$port_b/g" -e "s/@LISTEN@/127.0.0.1:$port_nginx/g" "$ROOT/deploy/registry-nginx.conf"
      echo "}"
    } >"$n/nginx.conf"
    wait_for "http://127.0.0.1:$port_a/health/live" 120 "instance a" || { cat "$REGISTRY_DEPLOY_DIR/a.log" >&2; exit 1; }
    wait_for "http://127.0.0.1:$port_b/health/live" 120 "instance b" || { cat "$REGISTRY_DEPLOY_DIR/b.log" >&2; exit 1; }
    /usr/sbin/nginx -p "$n" -c "$n/nginx.conf" -e "$n/error.log"
    wait_for "http://127.0.0.1:$port_nginx/health/live" 20 nginx
    cat >"$REGISTRY_DEPLOY_DIR/env" <<ENV
export REGISTRY_DEPLOY_DIR=$REGISTRY_DEPLOY_DIR
export REGISTRY_DEPLOY_URL=http://127.0.0.1:$port_nginx
export REGISTRY_DEPLOY_A=http://127.0.0.1:$port_a
export REGISTRY_DEPLOY_B=http://127.0.0.1:$port_b
export REGISTRY_DEPLOY_PG='$REGISTRY_PG'
ENV
    cat "$REGISTRY_DEPLOY_DIR/env"
    ;;
  kill)
    name=${2:?a or b}; dir=${3:?the folder start printed}
    pid=$(cat "$dir/$name.pid")
    pkill -KILL -P "$pid" 2>/dev/null || true
    kill -KILL "$pid" 2>/dev/null || true
    ;;
  stop)
    dir=${2:?the folder start printed}
    # Only a folder start made: never remove anything else.
    case "$dir" in /tmp/registry-deploy.*) ;; *) echo "loopback: $dir is not a deployment folder" >&2; exit 2 ;; esac
    [ ! -f "$dir/nginx/nginx.pid" ] || kill "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null || true
    pids=()
    for name in a b; do
      [ -f "$dir/$name.pid" ] && pids+=("$(cat "$dir/$name.pid")")
    done
    [ ${#pids[@]} -eq 0 ] || kill "${pids[@]}" 2>/dev/null || true
    # Wait for them to go (their ports with them); after 10 s, SIGKILL.
    for _ in $(seq 50); do
      alive=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
      [ $alive -eq 1 ] || break; sleep 0.2
    done
    [ ${#pids[@]} -eq 0 ] || kill -KILL "${pids[@]}" 2>/dev/null || true
    [ ! -f "$dir/pg-dir" ] || "$ROOT/scripts/throwaway-postgres.sh" stop "$(cat "$dir/pg-dir")"
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start | kill a|b DIR | stop DIR" >&2; exit 2 ;;
esac
