#!/usr/bin/env bash
# Issue #21's board-search target: the review board's search by name or number p95 <= 20 ms on the demo database's
# 125,000 applications. Builds Release, seeds the demo database once (shared with bench/run.sh, kept in bench/data/),
# then times the board's whole question (tab counts and page) for 100 searches of five kinds taken from the data,
# three times each, with COUNT(*) as the floor. About a minute once seeded.
set -euo pipefail
cd "$(dirname "$0")/.."
SPECIALISTS=100000
DATA="$PWD/bench/data/register-$SPECIALISTS"
APP="$PWD/BlazorRegistry.App/bin/Release/net10.0/BlazorRegistry.App.dll"
dotnet build BlazorRegistry.App -c Release -nologo -v quiet
if [ ! -f "$DATA/registry.db" ]; then
  echo "Seeding $SPECIALISTS specialists into $DATA (about 90 s)..."
  (cd BlazorRegistry.App && dotnet "$APP" seed-demo --specialists "$SPECIALISTS" --Registry:DataDirectory="$DATA" | tail -1)
fi
(cd BlazorRegistry.App && ASPNETCORE_ENVIRONMENT=Production dotnet "$APP" bench-board-search --Registry:DataDirectory="$DATA" --Logging:LogLevel:Default=Warning)
