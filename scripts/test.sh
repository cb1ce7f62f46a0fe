#!/usr/bin/env bash
# Runs every test: unit tests of each crate, then the e2e suite on contracts-node.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: scripts/test.sh [--help] [--unit-only]

Runs the unit tests of contracts/interfaces and of each contract (${CONTRACTS[*]}),
then the ink_e2e suite in e2e/ on substrate-contracts-node (CONTRACTS_NODE points
ink_e2e at it; the first run builds the contracts and takes minutes). Runs
scripts/setup.sh first when a tool is missing. Fails if the node is missing.

  --unit-only   skip the e2e suite (it then says so and the run is not complete)
USAGE
}
unit_only=0
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --unit-only) unit_only=1 ;;
  "") ;;
  *) usage >&2; die "unknown argument '$1'" ;;
esac

ensure_setup
cd "$ROOT"
# Each crate on its own, so the e2e crate's `ink-as-dependency` feature is not unified
# into the contracts' unit tests.
for crate in interfaces "${CONTRACTS[@]}"; do
  step "unit tests: $crate" cargo test --locked -p "$crate"
done
if [ "$unit_only" -eq 1 ]; then
  echo "e2e suite skipped (--unit-only): this is not a full run"
  exit 0
fi
CONTRACTS_NODE="$(command -v substrate-contracts-node || true)"
[ -n "$CONTRACTS_NODE" ] || die "substrate-contracts-node is missing: run scripts/setup.sh"
export CONTRACTS_NODE
step "e2e suite on $("$CONTRACTS_NODE" --version)" cargo test --locked -p qiankun-e2e -- --test-threads=1
