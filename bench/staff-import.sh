#!/usr/bin/env bash
# Issue #16's import target: an organisation's staff list of 500 rows becomes 500 drafts in under 10 seconds.
# Builds Release, then imports a generated XLSX of 500 and of 2,000 rows (the file limit) into a fresh
# database, through the same service as the /organisation page, and prints the times. About a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build BlazorRegistry.App -c Release -nologo -v quiet
APP="$PWD/BlazorRegistry.App/bin/Release/net10.0/BlazorRegistry.App.dll"
for rows in 500 2000; do
  data=$(mktemp -d)
  (cd BlazorRegistry.App && ASPNETCORE_ENVIRONMENT=Production dotnet "$APP" bench-import --rows "$rows" --Registry:DataDirectory="$data" 2>/dev/null | tail -1)
  rm -rf "$data"
done
