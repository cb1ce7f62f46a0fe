#!/usr/bin/env bash
# Measures the suite: deploys release builds to a fresh local node (or to --url), then
# prints, for every message, ref_time, proof_size and the storage deposit from a dry run
# at a small and a large state with their ratio; the bounded messages at their caps; the
# optimized Wasm sizes; and the node's limits. See the README's "Performance" section.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<'USAGE'
Usage: scripts/bench.sh [--json FILE] [--url ws://HOST:PORT]

  --json FILE   also write the figures to FILE as JSON
  --url URL     measure on this node (a dev chain with //Alice funded) instead of a
                fresh substrate-contracts-node --dev started on port 9977

Takes about 15 minutes: it builds, deploys, and grows the state to 1,000 token holders
and seats, a full society and 100 polls.
USAGE
}

JSON=""
URL=""
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --json) [ $# -ge 2 ] || die "--json needs a file"; JSON="$(realpath -m "$2")"; shift 2 ;;
    --url) [ $# -ge 2 ] || die "--url needs a value"; URL="$2"; shift 2 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done

BENCH_PORT=9977
ensure_setup
mkdir -p "$ROOT/deployments"
if [ -z "$URL" ]; then
  ! node_answers "$BENCH_PORT" || die "port $BENCH_PORT is taken: stop what listens there"
  start_node "$ROOT/deployments/bench-node.log" "$BENCH_PORT"
  trap 'kill "$NODE_PID" 2>/dev/null || true' EXIT
  URL="ws://127.0.0.1:$BENCH_PORT"
fi

# The bench deployment: the [bench] profile of deploy.toml.
record="$ROOT/deployments/bench.json"
"$ROOT/scripts/deploy.sh" --profile bench --url "$URL" --out "$record" >"$ROOT/deployments/bench-deploy.log" 2>&1 \
  || { show_failure "$ROOT/deployments/bench-deploy.log"; die "deploying for the bench failed"; }
echo "==> deployed release builds to $URL; measuring (progress on stderr)"
node "$CLIENT_DIR/bench.mjs" "$record" ${JSON:+--json "$JSON"}
