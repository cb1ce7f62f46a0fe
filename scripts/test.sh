#!/usr/bin/env bash
# Runs every test: unit tests of each crate, then the e2e suite on contracts-node.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The client check's own node listens here, away from a node deploy.sh may have left.
CHECK_PORT=9966
# The metadata server of the wallet check: where the profiles' metadata_uri points.
METADATA_PORT=8787
# The web app as the browser check serves it.
APP_CHECK_PORT=5174

usage() {
  cat <<USAGE
Usage: scripts/test.sh [--help] [--unit-only]

Runs, in order, printing each step's time:
  1. the unit tests of contracts/interfaces and of each contract (${CONTRACTS[*]}) and of
     the web app's helpers (vitest), and a
     check that the fuzz targets in fuzz/ compile, and that a deploy.toml profile with
     bad fields is refused, one line per field;
  2. the ink_e2e suite in e2e/ on substrate-contracts-node (CONTRACTS_NODE points
     ink_e2e at it; the first run builds the contracts in debug and takes minutes);
  3. the client check: a node started for it on port $CHECK_PORT; scripts/deploy.sh must
     refuse an unreachable node and an account without funds before building, then
     deploys to it with --demo; scripts/client-check/check.mjs (@polkadot/api-contract)
     reads each contract, lists a series, submits a purchase and decodes its events;
  4. the wallet check: scripts/metadata.sh writes the tokens' metadata before and after
     the client check (no document written before may change) and serves it on port
     $METADATA_PORT; scripts/client-check/wallet.mjs follows SubWallet's calls with an
     ABI written from OpenBrush's traits and fetches every token's JSON;
  5. the browser check: scripts/app.sh builds the web app (typed client generated from
     the metadata, tsc, vite) for the client check's deployment, served on port
     $APP_CHECK_PORT; scripts/client-check/browser.mjs drives it in Debian's headless Chromium
     (playwright-core) through a collector's journey (buy, see the piece, claim a seat)
     and a seat holder's (vote, finalize, claim the reward), signing through a stand-in
     wallet extension; screenshots of every page land in deployments/browser/.
Runs scripts/setup.sh first when a tool is missing. Fails if the node or Chromium is missing.

  --unit-only   stop after the unit tests (it then says so and the run is not complete)
USAGE
}
unit_only=0
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --unit-only) unit_only=1 ;;
  "") ;;
  *) usage >&2; die "unknown argument '$1'" ;;
esac

started=$SECONDS
ensure_setup
cd "$ROOT"
# The rewards tests (and the e2e crate) enable the registry's `ink-as-dependency`
# feature, which must not reach the registry's own unit tests: rewards runs alone; the
# other crates share one cargo run (Cargo compiles them side by side).
step "unit tests: interfaces, registry, society" cargo test --locked -p interfaces -p registry -p society
step "unit tests: rewards" cargo test --locked -p rewards
# The web app's helpers (amounts, addresses, the society commitment): no build needed.
step "unit tests: web app (vitest)" npm --prefix "$APP_DIR" test --silent
# The fuzz targets are a workspace of their own that nothing else builds: a change to the
# rules' harness must still compile there.
step "fuzz targets compile (cargo check in fuzz/)" cargo check --locked --quiet --manifest-path "$ROOT/fuzz/Cargo.toml"
# config_refuses: deploy.toml's reader must refuse a profile with bad fields, one line
# per field, before any deployment starts.
config_refuses() {
  local bad="$ROOT/target/bad-deploy.toml" out
  mkdir -p "$ROOT/target"
  sed -e 's/^max_bids = 64$/max_bids = 0/' -e 's/^creator_bps = 6000$/creator_bps = 6001/' \
    -e 's/^total_seats = 1000$/total_seats = -1\nsurplus = 1/' -e 's/^approval_bps = 5000$/approval_bps = 4000/' \
    -e 's/^guardian = .*$/guardian = "nobody"/' "$ROOT/deploy.toml" >"$bad"
  if out="$(node "$CLIENT_DIR/config.mjs" --file "$bad" deploy 2>&1)"; then
    die "config.mjs accepted a profile with bad fields"
  fi
  for wanted in "total_seats: -1 is outside" "surplus: unknown field" "max_bids: 0 is outside 1..=256" \
    "approval_bps: 4000 is outside 5000..=9999" 'guardian: must be an SS58 address or "none"'; do
    grep -q "$wanted" <<<"$out" || die "config.mjs did not say '$wanted': $out"
  done
  node "$CLIENT_DIR/config.mjs" deploy >/dev/null || die "config.mjs refused deploy.toml's own [deploy] profile"
  echo "    refused, one line per field: $(tr '\n' ';' <<<"$out")"
}
step "deploy.toml profiles are checked field by field" config_refuses
if [ "$unit_only" -eq 1 ]; then
  echo "e2e suite skipped (--unit-only): this is not a full run"
  exit 0
fi
CONTRACTS_NODE="$(command -v substrate-contracts-node || true)"
[ -n "$CONTRACTS_NODE" ] || die "substrate-contracts-node is missing: run scripts/setup.sh"
export CONTRACTS_NODE
step "e2e suite on $("$CONTRACTS_NODE" --version)" cargo test --locked -p qiankun-e2e -- --test-threads=1

# deploy_refuses URL SURI REASON: deploy.sh must stop before building anything, with a
# one-line reason containing REASON.
deploy_refuses() {
  local out
  if out="$("$ROOT/scripts/deploy.sh" --url "$1" --suri "$2" --out "$ROOT/deployments/refused.json" 2>&1)"; then
    die "deploy.sh deployed to $1 as $2; expected a refusal: $3"
  fi
  grep -q "$3" <<<"$(tail -1 <<<"$out")" || die "deploy.sh failed without '$3': $(tail -1 <<<"$out")"
  ! grep -q '^==> build' <<<"$out" || die "deploy.sh built before refusing $1 as $2"
  echo "    refused before building: $(tail -1 <<<"$out")"
}

# client_check: deploys to a node of its own and runs check.mjs against it; first, a
# deployment to no node and one by an account without funds must be refused.
client_check() {
  ! node_answers "$CHECK_PORT" || die "port $CHECK_PORT is taken: stop what listens there"
  start_node "$ROOT/deployments/client-check-node.log" "$CHECK_PORT"
  trap 'kill "$NODE_PID" 2>/dev/null || true' EXIT
  deploy_refuses "ws://127.0.0.1:1" //Alice "no node answers"
  deploy_refuses "ws://127.0.0.1:$CHECK_PORT" //Nobody "holds nothing"
  local record="$ROOT/deployments/client-check.json" log="$ROOT/deployments/client-check-deploy.log"
  "$ROOT/scripts/deploy.sh" --demo --url "ws://127.0.0.1:$CHECK_PORT" --out "$record" >"$log" 2>&1 \
    || { show_failure "$log"; die "deploying the demo for the client check failed"; }
  grep -q '^demo finished$' "$log" || die "the demo did not finish: see $log"
  echo "    deployed and played the demo: $(grep -c '^[0-9]*\. ' "$log") chapters (report: $log)"
  "$ROOT/scripts/metadata.sh" write --out "$ROOT/deployments/metadata-demo" "$record"
  node "$CLIENT_DIR/check.mjs" "$record"
}
step "client check (@polkadot/api-contract)" client_check

# wallet_check: the metadata written after the client check keeps every document written
# before it (a listing adds a folder, a mint changes none); served where the profile's
# metadata_uri points, every token is read as SubWallet reads it.
wallet_check() {
  local record="$ROOT/deployments/client-check.json" before="$ROOT/deployments/metadata-demo"
  local after="$ROOT/deployments/metadata" file kept=0
  "$ROOT/scripts/metadata.sh" write --out "$after" "$record"
  while IFS= read -r file; do
    cmp -s "$before/$file" "$after/$file" || die "the document $file changed after a listing and a sale"
    kept=$((kept + 1))
  done < <(cd "$before" && find . -type f | sort)
  [ "$(find "$after" -type f | wc -l)" -gt "$kept" ] || die "the client check's listing added no document"
  echo "    all $kept documents written before the client check's listing and sale are unchanged"
  ! curl -s -o /dev/null "http://127.0.0.1:$METADATA_PORT/" || die "port $METADATA_PORT is taken: stop what listens there"
  "$ROOT/scripts/metadata.sh" serve --port "$METADATA_PORT" "$after" >"$ROOT/deployments/metadata-server.log" 2>&1 &
  METADATA_PID=$!
  trap 'kill "$METADATA_PID" "$NODE_PID" 2>/dev/null || true' EXIT
  wait_for_url "http://127.0.0.1:$METADATA_PORT/seats/A1.json" "$METADATA_PID" "$ROOT/deployments/metadata-server.log" \
    "the metadata server"
  local escape
  # deployments/client-check.json lies one level above the served folder.
  for escape in "/../client-check.json" "/%2e%2e/client-check.json" "/..%2fclient-check.json" "/%E0%A4%A.json"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --path-as-is "http://127.0.0.1:$METADATA_PORT$escape")" = 404 ] \
      || die "the metadata server answered $escape"
  done
  echo "    the metadata server refuses paths outside its folder"
  node "$CLIENT_DIR/wallet.mjs" "$record"
}
step "wallet check (SubWallet's calls, OpenBrush's wire format, token metadata)" wallet_check

# browser_check: builds the web app for the client check's deployment, serves it, and
# drives it in headless Chromium through a collector's, a seat holder's and a society
# member's journeys (the metadata server of the wallet check still serves the tokens'
# documents).
browser_check() {
  local record="$ROOT/deployments/client-check.json" results="$ROOT/deployments/browser"
  command -v chromium >/dev/null || die "Chromium is missing: run scripts/setup.sh (Debian's chromium)"
  ! curl -s -o /dev/null "http://127.0.0.1:$APP_CHECK_PORT/" || die "port $APP_CHECK_PORT is taken: stop what listens there"
  "$ROOT/scripts/app.sh" --build-only --record "$record"
  (cd "$APP_DIR" && exec node node_modules/vite/bin/vite.js preview --strictPort --port "$APP_CHECK_PORT") \
    >"$ROOT/deployments/app-server.log" 2>&1 &
  APP_PID=$!
  trap 'kill "$APP_PID" "$METADATA_PID" "$NODE_PID" 2>/dev/null || true' EXIT
  wait_for_url "http://127.0.0.1:$APP_CHECK_PORT/config.json" "$APP_PID" "$ROOT/deployments/app-server.log" "the app server"
  rm -rf "$results"
  node "$CLIENT_DIR/browser.mjs" "$record" "http://127.0.0.1:$APP_CHECK_PORT/" "$results"
}
step "browser check (the web app in headless Chromium)" browser_check
echo "all tests passed in $((SECONDS - started))s"
