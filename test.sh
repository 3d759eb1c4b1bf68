#!/usr/bin/env bash
# Runs every test of BlazorRegistry: Core rules, SQLite data, the app over HTTP, bUnit components,
# Playwright journeys in Debian's Chromium and a two-instance deployment behind nginx; then the Core and Data tests again on PostgreSQL (issue #18).
# Installs what the tests need when it is missing.
# Extra arguments go to the test runner, e.g. ./test.sh --filter-class "*WorkingDayCalendar*".
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian's Chromium drives the browser tests; Debian's aiosmtpd is the real SMTP server the e-mail tests read;
# poppler's pdftotext reads the entry extracts back as a reader (and a screen reader) would.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c "import aiosmtpd" 2>/dev/null || missing+=(python3-aiosmtpd)
[ -x /usr/bin/pdftotext ] || missing+=(poppler-utils)
# The two-instance deployment test (issue #18) runs Debian's nginx and postgresql (deploy/loopback.sh).
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from Debian (about a minute)..."
  # Debian starts a package's service on install (nginx on port 80): the tests start their own, so keep it from starting.
  created_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then as_root sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d'; created_policy=1; fi
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -z "$created_policy" ] || as_root rm -f /usr/sbin/policy-rc.d
fi

rm -rf TestResults
dotnet build BlazorRegistry.sln -c Debug -warnaserror -nologo -v quiet
# --timeout ends a hung run (a browser that never answers) instead of letting it eat CI's time.
status=0
dotnet test --solution BlazorRegistry.sln --no-build \
  --results-directory "$PWD/TestResults" --report-trx --timeout 15m "$@" || status=$?

# The second pass (issue #18): the Core and Data tests again, against PostgreSQL, and the two-instance deployment
# behind nginx (deploy/loopback.sh, a database on the same server), in a throwaway cluster
# (Debian's postgresql, installed when missing; a temporary folder, an unprivileged owner, a free port on
# 127.0.0.1) removed afterwards. Only on a whole run: a filtered run is someone looking at one test.
if [ $# -eq 0 ] && [ "${REGISTRY_SKIP_POSTGRES:-}" != 1 ]; then
  eval "$(scripts/throwaway-postgres.sh start)"
  trap 'scripts/throwaway-postgres.sh stop "$REGISTRY_PG_DIR"' EXIT
  REGISTRY_TEST_POSTGRES="$REGISTRY_PG" dotnet test --project BlazorRegistry.Tests --no-build \
    --results-directory "$PWD/TestResults" --report-trx --report-trx-filename postgresql.trx --timeout 5m \
    --filter-namespace "BlazorRegistry.Tests.Core*" --filter-namespace "BlazorRegistry.Tests.Data*" \
    --filter-namespace "BlazorRegistry.Tests.Deployment*" || status=$?
fi
exit $status
