#!/usr/bin/env bash
# Issue #21, target 1's curve: the register search nobody made before (every request a page-cache miss), one request
# at a time, on registers of 10,000, 100,000 and 1,000,000 specialists, each beside the trivial page (the sign-in
# page) of the same process. Seeds each database once with the demo-data command (kept in bench/data/register-N; the
# 1,000,000 one is about 14 GB and takes about an hour on 2 cores), starts the app on 127.0.0.1 in Production per
# size, and times with wrk (one connection, 10 s each) from the app's Server-Timing. Prints a Markdown table.
# Usage: bench/register-curve.sh [SIZES="10000 100000 1000000"]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=${1:-"10000 100000 1000000"}
PORT=${PORT:-5196}
BASE="http://127.0.0.1:$PORT"
APP="$ROOT/BlazorRegistry.App/bin/Release/net10.0/BlazorRegistry.App.dll"
RESULTS=$(mktemp -d)
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null || { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
dotnet build BlazorRegistry.App -c Release -nologo -v quiet

# The same searches as bench/run.sh's (14 given names of the demo data × 20 regions), each made new by a parameter
# the page ignores.
python3 - "$RESULTS" <<'PY'
import sys, random, urllib.parse
random.seed(21)
names = ["нурлан", "айгул", "серик", "асел", "ерлан", "мурат", "анна", "иванов", "сейткали", "оспанова", "касым", "дана", "алексей", "жанар"]
regions = ["10","11","15","19","23","27","31","33","35","39","43","47","55","59","61","62","63","71","75","79"]
# A file per wrk run: wrk starts each run at its file's first line, and a repeated address would be a cache hit.
for name, first in (("warm", 0), ("search", 1000000)):
    with open(f"{sys.argv[1]}/{name}.txt", "w") as f:
        for n in range(first, first + 100000):
            f.write(f"/register?q={urllib.parse.quote(random.choice(names))}&region={random.choice(regions)}&n={n}\n")
with open(sys.argv[1] + "/trivial.txt", "w") as f:
    f.write("/account/sign-in\n")
PY

pid=""
stop_app() { [ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; pid=""; }
trap stop_app EXIT
for size in $SIZES; do
  data="$ROOT/bench/data/register-$size"
  if [ ! -f "$data/registry.db" ]; then
    echo "Seeding $size specialists into $data ..." >&2
    (cd BlazorRegistry.App && dotnet "$APP" seed-demo --specialists "$size" --Registry:DataDirectory="$data" | tail -1) >&2
  fi
  (cd BlazorRegistry.App && ASPNETCORE_ENVIRONMENT=Production dotnet "$APP" --urls "$BASE" --Registry:DataDirectory="$data" \
    --Registry:Benchmark:Enabled=true --Logging:LogLevel:Default=Warning) > "$RESULTS/app-$size.log" 2>&1 &
  pid=$!
  # The first start on an older database migrates it (a million entries: a minute or two).
  for _ in $(seq 1 3000); do curl -sf "$BASE/health" >/dev/null && break; sleep 0.1; done
  curl -sf "$BASE/health" >/dev/null || { echo "The app did not start on $data:" >&2; tail -20 "$RESULTS/app-$size.log" >&2; exit 1; }
  entries=$(sqlite3 -readonly "$data/registry.db" "select count(*) from RegisterEntries")
  mb=$(( $(stat -c %s "$data/registry.db") / 1048576 ))
  # Warm-up, uncached too: .NET compiles the search's hot methods again, optimised, over the first tens of seconds
  # (bench/run.sh says more), and the file's pages come into the OS cache.
  wrk -t1 -c8 -d30s -s bench/search.lua "$BASE" -- "$RESULTS/warm.txt" /dev/null >/dev/null
  wrk -t1 -c1 -d10s -s bench/search.lua "$BASE" -- "$RESULTS/search.txt" "$RESULTS/search-$size.dur" >/dev/null
  wrk -t1 -c1 -d3s -s bench/search.lua "$BASE" -- "$RESULTS/trivial.txt" /dev/null >/dev/null
  wrk -t1 -c1 -d10s -s bench/search.lua "$BASE" -- "$RESULTS/trivial.txt" "$RESULTS/trivial-$size.dur" >/dev/null
  echo "$size $entries $mb" >> "$RESULTS/sizes"
  stop_app
done

python3 - "$RESULTS" <<'PY'
import sys
r = sys.argv[1]
def durations(name):
    values = []
    for line in open(f"{r}/{name}.dur"):
        line = line.strip()
        if line.startswith("status "): sys.exit(f"{name}: HTTP {line[7:]}")
        if line == "cache hit": sys.exit(f"{name}: a page-cache hit; every request must be a miss")
        if line and not line.startswith("cache"): values.append(float(line))
    return sorted(values)
def p(v, q): return v[min(len(v) - 1, int(round(q * (len(v) - 1))))]
rows = [l.split() for l in open(f"{r}/sizes")]
p95 = {size: p(durations(f"search-{size}"), .95) for size, _, _ in rows}
print("| specialists | register entries | database | searches | search p50 / p95 (server time) | trivial page p95 | p95 against trivial | p95 against 100,000 |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|")
for size, entries, mb in rows:
    s, t = durations(f"search-{size}"), durations(f"trivial-{size}")
    against = f"{p95[size] / p95['100000']:.2f}×" if "100000" in p95 else "—"
    print(f"| {int(size):,} | {int(entries):,} | {int(mb):,} MiB | {len(s):,} | {p(s,.5):.1f} / {p(s,.95):.1f} ms | {p(t,.95):.1f} ms | {p(s,.95)/p(t,.95):.1f}× | {against} |")
if "100000" in p95 and "1000000" in p95:
    ratio = p95["1000000"] / p95["100000"]
    print(f"\np95 at 1,000,000 is {ratio:.2f}× the p95 at 100,000 (target ≤ 2×: {'met' if ratio <= 2 else 'NOT met'}).")
PY
