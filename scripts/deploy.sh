#!/usr/bin/env bash
# Deploys the Qiankun DAO suite: starts a local node if none answers, builds, instantiates,
# and writes deployments/<name>.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

URL="$NODE_URL_DEFAULT"
SURI="//Alice"
TOTAL_SEATS="${QIANKUN_TOTAL_SEATS:-1000}"
# creator,rewards,society,operator basis points; rewards and society stay 0 until the
# registry is linked to those contracts.
SPLIT="${QIANKUN_SPLIT:-8000,0,0,2000}"

usage() {
  cat <<USAGE
Usage: scripts/deploy.sh [--help] [--url ws://HOST:PORT] [--suri SURI]

The main job. If nothing answers on 127.0.0.1:9944 (and --url is the default), starts
'substrate-contracts-node --dev' in the background (log: deployments/node.log). Then
builds the contracts (${CONTRACTS[*]}), instantiates them, writes
deployments/local.json (code hashes, addresses, parameters) and prints how to open
them in Contracts UI. Runs scripts/setup.sh first when a tool is missing.

Options:
  --url URL     node to deploy to (default $NODE_URL_DEFAULT); any pallet-contracts chain
  --suri SURI   secret URI of the deploying account, the operator (default //Alice)

Environment:
  QIANKUN_TOTAL_SEATS   Genesis seats of the registry (default 1000)
  QIANKUN_SPLIT         creator,rewards,society,operator basis points summing to 10000
                        (default 8000,0,0,2000)
USAGE
}

while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --url) [ $# -ge 2 ] || die "--url needs a value"; URL="$2"; shift 2 ;;
    --suri) [ $# -ge 2 ] || die "--suri needs a value"; SURI="$2"; shift 2 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done

IFS=, read -r CREATOR_BPS REWARDS_BPS SOCIETY_BPS OPERATOR_BPS <<<"$SPLIT"
[ $((CREATOR_BPS + REWARDS_BPS + SOCIETY_BPS + OPERATOR_BPS)) -eq 10000 ] \
  || die "QIANKUN_SPLIT '$SPLIT' does not sum to 10000"

ensure_setup
mkdir -p "$ROOT/deployments"
if [ "$URL" = "$NODE_URL_DEFAULT" ]; then
  if node_answers; then
    echo "==> a node already answers on 127.0.0.1:9944"
  else
    step "start local node" start_node "$ROOT/deployments/node.log"
  fi
fi

"$ROOT/scripts/build.sh"

# instantiate NAME ARGS...: instantiates a built contract; prints its JSON result.
instantiate() {
  local name="$1"; shift
  local out
  out="$(cargo contract instantiate "$ROOT/target/ink/$name/$name.contract" \
    --constructor new --args "$@" --suri "$SURI" --url "$URL" \
    --execute --skip-confirm --output-json 2>"$ROOT/deployments/$name.err")" \
    || { cat "$ROOT/deployments/$name.err" >&2; die "instantiating $name failed"; }
  echo "$out"
}

echo "==> instantiate registry (seats $TOTAL_SEATS, split $SPLIT)"
registry_json="$(instantiate registry "$TOTAL_SEATS" "$CREATOR_BPS" "$REWARDS_BPS" "$SOCIETY_BPS" "$OPERATOR_BPS")"
registry_address="$(jq -r '.contract' <<<"$registry_json")"
registry_code_hash="$(jq -r '.code_hash' <<<"$registry_json")"
[ -n "$registry_address" ] && [ "$registry_address" != null ] \
  || die "no contract address in the instantiate output: $registry_json"

out="$ROOT/deployments/local.json"
jq -n --arg url "$URL" --arg address "$registry_address" --arg code_hash "$registry_code_hash" \
  --argjson seats "$TOTAL_SEATS" --argjson creator "$CREATOR_BPS" --argjson rewards "$REWARDS_BPS" \
  --argjson society "$SOCIETY_BPS" --argjson operator "$OPERATOR_BPS" \
  '{url: $url,
    registry: {address: $address, code_hash: $code_hash,
               bundle: "target/ink/registry/registry.contract",
               parameters: {total_seats: $seats, creator_bps: $creator, rewards_bps: $rewards,
                            society_bps: $society, operator_bps: $operator}}}' >"$out"

cat <<DONE

Deployed to $URL
  registry  $registry_address  (code hash $registry_code_hash)
Written: deployments/local.json

Open in Contracts UI: choose "ink! v5" in its version selector, connect to $URL,
"Add New Contract" → "Use On-Chain Contract Address", paste the address above and
upload target/ink/registry/registry.contract for its metadata.
Try it from the shell:
  cargo contract call --contract $registry_address --message PSP34::total_supply \\
    --suri //Alice --url $URL target/ink/registry/registry.contract
DONE
