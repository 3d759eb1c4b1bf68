#!/usr/bin/env bash
# Issue #17's statistics target: every staff figure of /statistics computed in under 200 ms on the 100,000-entry
# demo database. Builds Release, seeds the demo database once (shared with bench/run.sh, kept in bench/data/),
# then times the page's whole computation for four filters, with COUNT(*) as the floor. About two minutes once seeded.
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
(cd BlazorRegistry.App && ASPNETCORE_ENVIRONMENT=Production dotnet "$APP" bench-statistics --Registry:DataDirectory="$DATA" --Logging:LogLevel:Default=Warning)
