#!/usr/bin/env bash
# Builds every contract in release mode and prints its optimized Wasm size.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: scripts/build.sh [--help]

Runs 'cargo contract build --release' for each contract (${CONTRACTS[*]}) and prints
the optimized .wasm size of each. It builds in $RELEASE_TARGET_DIR, where the e2e
suite's upgrade tests build the same release (so one build serves both), and copies
the artifacts (.contract, .wasm, .json) to target/ink/<contract>/.
USAGE
}
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  "") ;;
  *) usage >&2; die "unknown argument '$1'" ;;
esac

have_version cargo-contract "$CARGO_CONTRACT_VERSION" \
  || die "cargo-contract $CARGO_CONTRACT_VERSION missing: run scripts/setup.sh"
build_one() {
  CARGO_TARGET_DIR="$RELEASE_TARGET_DIR" cargo contract build --release --quiet \
    --manifest-path "$ROOT/contracts/$1/Cargo.toml" \
    >"$ROOT/target/build-$1.log" 2>&1 || { show_failure "$ROOT/target/build-$1.log"; die "build of $1 failed"; }
  mkdir -p "$ROOT/target/ink/$1"
  cp "$RELEASE_TARGET_DIR/ink/$1/$1".{contract,wasm,json} "$ROOT/target/ink/$1/"
}
mkdir -p "$ROOT/target"
for contract in "${CONTRACTS[@]}"; do
  step "build $contract" build_one "$contract"
done
echo
printf '%-10s %12s\n' contract "wasm bytes"
for contract in "${CONTRACTS[@]}"; do
  printf '%-10s %12s\n' "$contract" "$(wasm_size "$contract")"
done
