#!/usr/bin/env bash
# Builds and serves the web app for a deployment.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: scripts/app.sh [--record FILE] [--port N] [--build-only]

Builds the web app in web/ and serves it on http://127.0.0.1:N/ (default $APP_PORT_DEFAULT):
  1. npm ci in web/ when its packages are missing;
  2. the typed client: dedot's typink generates TypeScript for every message from the
     contracts' metadata in target/ink (build them first: scripts/build.sh or deploy.sh);
  3. tsc checks the app against it, and vite writes web/dist;
  4. web/dist/config.json takes the node URL and the contract addresses from the
     deployment record FILE (default deployments/local.json; written by deploy.sh).
Without a record the page asks for the node and the addresses. The page can always be
pointed elsewhere under "Node and contracts".

  --record FILE   the deployment record to serve
  --port N        the port to serve on
  --build-only    build web/dist and write config.json, without serving
USAGE
}
record="$ROOT/deployments/local.json"
port="$APP_PORT_DEFAULT"
serve=1
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --record) record="${2:?--record needs a file}"; shift 2 ;;
    --port) port="${2:?--port needs a number}"; shift 2 ;;
    --build-only) serve=0; shift ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done
command -v npm >/dev/null || die "npm is missing: run scripts/setup.sh"
if [ ! -d "$APP_DIR/node_modules/dedot" ]; then
  (cd "$APP_DIR" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in web/ failed"
fi
(cd "$APP_DIR" && npm run --silent build) || die "the web app did not build"
if [ -f "$record" ]; then
  jq '{url: .url, registry: .registry.address, rewards: .rewards.address, society: .society.address}' "$record" \
    >"$APP_DIR/dist/config.json" || die "$record is not a deployment record"
  echo "    config.json from $record ($(jq -r .url "$record"))"
else
  rm -f "$APP_DIR/dist/config.json"
  echo "    no deployment record at $record: the page will ask for the node and the contracts"
fi
[ "$serve" -eq 1 ] || exit 0
echo "==> the app: http://127.0.0.1:$port/ (Ctrl-C stops it)"
cd "$APP_DIR" && exec node node_modules/vite/bin/vite.js preview --strictPort --port "$port"
