#!/usr/bin/env bash
# Register search benchmark (issue #6): server time of a name search with a filter on a register of
# 100,000 entries. Builds Release, fills a database once with the demo-data command (kept in
# bench/data/, about 3 minutes the first time), starts the app on 127.0.0.1 in Production, sends
# REQUESTS searches one after another, and reports p50/p95/p99 of the Server-Timing the app reports.
# Usage: bench/register-search.sh [SPECIALISTS=100000] [REQUESTS=400]
set -euo pipefail
cd "$(dirname "$0")/.."
SPECIALISTS=${1:-100000}
REQUESTS=${2:-400}
PORT=${PORT:-5190}
DATA="$PWD/bench/data/register-$SPECIALISTS"
APP="$PWD/BlazorRegistry.App/bin/Release/net10.0/BlazorRegistry.App.dll"

dotnet build BlazorRegistry.App -c Release -nologo -v quiet
if [ ! -f "$DATA/registry.db" ]; then
  echo "Seeding $SPECIALISTS specialists into $DATA ..."
  (cd BlazorRegistry.App && dotnet "$APP" seed-demo --specialists "$SPECIALISTS" --Registry:DataDirectory="$DATA" | tail -1)
fi

(cd BlazorRegistry.App && ASPNETCORE_ENVIRONMENT=Production dotnet "$APP" --urls "http://127.0.0.1:$PORT" \
  --Registry:DataDirectory="$DATA" --Registry:Benchmark:Enabled=true --Logging:LogLevel:Default=Warning) > /tmp/register-bench-app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break; sleep 0.5; done

names=(нурлан айгул серик асел ерлан мурат анна иванов сейткали оспанова касым дана алексей жанар)
regions=(10 11 15 19 23 27 31 33 35 39 43 47 55 59 61 62 63 71 75 79)
urlencode() { python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$1"; }
# Warm-up: the first requests pay for JIT and SQLite's page cache.
for i in $(seq 1 30); do curl -s -o /dev/null "http://127.0.0.1:$PORT/register?q=$(urlencode "${names[$((i % ${#names[@]}))]}")&region=71"; done

out=$(mktemp)
for i in $(seq 1 "$REQUESTS"); do
  q=$(urlencode "${names[$((RANDOM % ${#names[@]}))]}")
  r=${regions[$((RANDOM % ${#regions[@]}))]}
  # n= is ignored by the page but makes every address new: this measures the search, not the page cache.
  curl -s -o /dev/null -D - "http://127.0.0.1:$PORT/register?q=$q&region=$r&n=$i" | tr -d '\r' | awk -F'dur=' '/^[Ss]erver-[Tt]iming/ {print $2}' >> "$out"
done
python3 - "$out" "$SPECIALISTS" <<'PY'
import sys, statistics
values = sorted(float(v) for v in open(sys.argv[1]) if v.strip())
def p(q): return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]
print(f"| figure | value |\n|---|---|")
print(f"| register entries | {int(sys.argv[2]):,} |")
print(f"| requests | {len(values)} |")
print(f"| name search + region filter, server time p50 | {p(.50):.1f} ms |")
print(f"| name search + region filter, server time p95 | {p(.95):.1f} ms (target ≤ 20 ms: {'met' if p(.95) <= 20 else 'NOT met'}) |")
print(f"| name search + region filter, server time p99 | {p(.99):.1f} ms |")
PY
