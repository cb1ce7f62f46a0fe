#!/usr/bin/env bash
# Helpers shared by the scripts in this directory; sourced, never run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# The versions every script works with, stated once (ink! itself is pinned in Cargo.toml
# and Cargo.lock): Rust, as rust-toolchain.toml pins it; cargo-contract;
# substrate-contracts-node.
TOOLCHAIN="1.86"
CARGO_CONTRACT_VERSION="5.0.3"
NODE_VERSION="0.42.0"
# Contracts build with the pinned toolchain wherever cargo-contract copies them.
export RUSTUP_TOOLCHAIN="$TOOLCHAIN"
NODE_URL_DEFAULT="ws://127.0.0.1:9944"
CONTRACTS=(registry society rewards)
# Where release builds are made (scripts/build.sh, and e2e/lib.rs's `release_build`):
# apart from target/ink/<contract>, which ink_e2e's debug builds use.
RELEASE_TARGET_DIR="$ROOT/target/contracts"
# The Node.js client check and demo (@polkadot/api-contract).
CLIENT_DIR="$ROOT/scripts/client-check"
# The web app (scripts/app.sh), and the port it is served on unless told otherwise.
APP_DIR="$ROOT/web"
APP_PORT_DEFAULT=5173

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

# step NAME COMMAND...: runs one step, printing its name and how long it took.
step() {
  local name="$1"; shift
  local start=$SECONDS
  echo "==> $name"
  "$@"
  echo "    done in $((SECONDS - start))s"
}

# have_version BINARY VERSION: whether BINARY is on PATH and reports VERSION.
have_version() {
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q "$2"
}

# ensure_setup: runs scripts/setup.sh when a tool the scripts need is missing.
ensure_setup() {
  if ! have_version cargo-contract "$CARGO_CONTRACT_VERSION" \
    || ! have_version substrate-contracts-node "$NODE_VERSION" \
    || ! command -v jq >/dev/null || ! rustup run "$TOOLCHAIN" rustc --version >/dev/null 2>&1 \
    || [ ! -d "$CLIENT_DIR/node_modules/playwright-core" ] || [ ! -d "$APP_DIR/node_modules/dedot" ] \
    || ! command -v chromium >/dev/null; then
    echo "==> tools missing: running scripts/setup.sh"
    "$ROOT/scripts/setup.sh"
  fi
}

# show_failure LOG: prints the lines of LOG that name an error, its last 20 lines and the
# free disk space (a full disk makes cargo fail with a bare backtrace).
show_failure() {
  {
    echo "---- errors in $1:"
    grep -n -i -m 20 -E 'error|no space left' "$1" || echo "(no line names an error)"
    echo "---- last lines of $1:"
    tail -20 "$1"
    echo "---- free disk:"
    df -h "$ROOT" | tail -1
  } >&2
}

# node_answers [PORT]: whether a node answers JSON-RPC on 127.0.0.1:PORT (default 9944).
node_answers() {
  curl -s -m 2 -H 'Content-Type: application/json' \
    -d '{"id":1,"jsonrpc":"2.0","method":"system_health","params":[]}' \
    "http://127.0.0.1:${1:-9944}" 2>/dev/null | grep -q '"result"'
}

# start_node LOG [PORT]: starts substrate-contracts-node --dev (a fresh temporary chain)
# in the background on 127.0.0.1:PORT (default 9944), waits until it answers and sets
# NODE_PID.
start_node() {
  local log="$1" port="${2:-9944}"
  command -v substrate-contracts-node >/dev/null || die "substrate-contracts-node missing: run scripts/setup.sh"
  mkdir -p "$(dirname "$log")"
  echo "    starting substrate-contracts-node --dev on port $port (log: $log)"
  nohup substrate-contracts-node --dev --tmp --rpc-port "$port" >"$log" 2>&1 &
  NODE_PID=$!
  local waited=0
  until node_answers "$port"; do
    kill -0 "$NODE_PID" 2>/dev/null || die "the node exited; see $log"
    sleep 1
    waited=$((waited + 1))
    [ "$waited" -lt 60 ] || die "the node did not answer within 60s; see $log"
  done
  echo "    node answers on 127.0.0.1:$port"
}

# wasm_size NAME: the optimized Wasm size of a built contract, in bytes.
wasm_size() {
  stat -c %s "$ROOT/target/ink/$1/$1.wasm"
}

# wait_for_url URL PID LOG WHAT: waits up to 30 s until URL answers, failing with LOG's
# content if the server PID (WHAT, in words) stops first.
wait_for_url() {
  local url="$1" pid="$2" log="$3" what="$4" waited=0
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; die "$what stopped"; }
    [ "$waited" -lt 30 ] || die "$what did not answer in 30 s"
    sleep 1; waited=$((waited + 1))
  done
}
