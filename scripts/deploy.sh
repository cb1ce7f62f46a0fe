#!/usr/bin/env bash
# Deploys the Qiankun DAO suite: starts a local node if none answers, builds, instantiates,
# and writes deployments/<name>.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

URL="$NODE_URL_DEFAULT"
SURI="//Alice"
TOTAL_SEATS="${QIANKUN_TOTAL_SEATS:-1000}"
# creator,rewards,society,operator basis points; the society share stays 0 until the
# society contract exists and is linked.
SPLIT="${QIANKUN_SPLIT:-6000,2000,0,2000}"
# rewards: poll_share_bps,quorum_bps,min_duration,max_duration,listing_duration (blocks;
# the dev node seals a block per transaction, so short polls suit it).
REWARDS_PARAMETERS="${QIANKUN_REWARDS:-1000,2000,2,1000,20}"

usage() {
  cat <<USAGE
Usage: scripts/deploy.sh [--help] [--url ws://HOST:PORT] [--suri SURI]

The main job. If nothing answers on 127.0.0.1:9944 (and --url is the default), starts
'substrate-contracts-node --dev' in the background (log: deployments/node.log). Then
builds the contracts (${CONTRACTS[*]}), instantiates them, links the registry to the
rewards contract, writes
deployments/local.json (code hashes, addresses, parameters) and prints how to open
them in Contracts UI. Runs scripts/setup.sh first when a tool is missing.

Options:
  --url URL     node to deploy to (default $NODE_URL_DEFAULT); any pallet-contracts chain
  --suri SURI   secret URI of the deploying account, the operator (default //Alice)

Environment:
  QIANKUN_TOTAL_SEATS   Genesis seats of the registry (default 1000)
  QIANKUN_SPLIT         creator,rewards,society,operator basis points summing to 10000
                        (default 6000,2000,0,2000)
  QIANKUN_REWARDS       rewards parameters poll_share_bps,quorum_bps,min_duration,
                        max_duration,listing_duration (default 1000,2000,2,1000,20)
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

# call CONTRACT_ADDRESS BUNDLE MESSAGE ARGS...: submits a message call.
call() {
  local address="$1" bundle="$2" message="$3"; shift 3
  local args=()
  [ $# -eq 0 ] || args=(--args "$@")
  cargo contract call --contract "$address" --message "$message" "${args[@]}" \
    --suri "$SURI" --url "$URL" --execute --skip-confirm --output-json "$bundle" \
    >"$ROOT/deployments/$message.out" 2>&1 \
    || { tail -20 "$ROOT/deployments/$message.out" >&2; die "calling $message failed"; }
}

echo "==> instantiate registry (seats $TOTAL_SEATS, split $SPLIT)"
registry_json="$(instantiate registry "$TOTAL_SEATS" "$CREATOR_BPS" "$REWARDS_BPS" "$SOCIETY_BPS" "$OPERATOR_BPS")"
registry_address="$(jq -r '.contract' <<<"$registry_json")"
registry_code_hash="$(jq -r '.code_hash' <<<"$registry_json")"
[ -n "$registry_address" ] && [ "$registry_address" != null ] \
  || die "no contract address in the instantiate output: $registry_json"

IFS=, read -r POLL_SHARE_BPS QUORUM_BPS MIN_DURATION MAX_DURATION LISTING_DURATION <<<"$REWARDS_PARAMETERS"
echo "==> instantiate rewards (parameters $REWARDS_PARAMETERS)"
rewards_json="$(instantiate rewards "$registry_address" "$POLL_SHARE_BPS" "$QUORUM_BPS" "$MIN_DURATION" "$MAX_DURATION" "$LISTING_DURATION")"
rewards_address="$(jq -r '.contract' <<<"$rewards_json")"
rewards_code_hash="$(jq -r '.code_hash' <<<"$rewards_json")"
[ -n "$rewards_address" ] && [ "$rewards_address" != null ] \
  || die "no contract address in the instantiate output: $rewards_json"

echo "==> link registry → rewards"
call "$registry_address" "$ROOT/target/ink/registry/registry.contract" link_rewards "$rewards_address"

out="$ROOT/deployments/local.json"
jq -n --arg url "$URL" \
  --arg registry "$registry_address" --arg registry_hash "$registry_code_hash" \
  --arg rewards "$rewards_address" --arg rewards_hash "$rewards_code_hash" \
  --argjson seats "$TOTAL_SEATS" --argjson creator "$CREATOR_BPS" --argjson rewards_bps "$REWARDS_BPS" \
  --argjson society "$SOCIETY_BPS" --argjson operator "$OPERATOR_BPS" \
  --argjson poll_share "$POLL_SHARE_BPS" --argjson quorum "$QUORUM_BPS" \
  --argjson min "$MIN_DURATION" --argjson max "$MAX_DURATION" --argjson listing "$LISTING_DURATION" \
  '{url: $url,
    registry: {address: $registry, code_hash: $registry_hash,
               bundle: "target/ink/registry/registry.contract",
               parameters: {total_seats: $seats, creator_bps: $creator, rewards_bps: $rewards_bps,
                            society_bps: $society, operator_bps: $operator},
               links: {rewards: $rewards}},
    rewards: {address: $rewards, code_hash: $rewards_hash,
              bundle: "target/ink/rewards/rewards.contract",
              parameters: {registry: $registry, poll_share_bps: $poll_share, quorum_bps: $quorum,
                           min_duration: $min, max_duration: $max, listing_duration: $listing}}}' >"$out"

cat <<DONE

Deployed to $URL
  registry  $registry_address  (code hash $registry_code_hash)
  rewards   $rewards_address  (code hash $rewards_code_hash)
  linked    registry → rewards
Written: deployments/local.json

Open in Contracts UI: choose "ink! v5" in its version selector, connect to $URL,
"Add New Contract" → "Use On-Chain Contract Address", paste an address above and
upload its bundle (target/ink/<contract>/<contract>.contract) for its metadata.
Try it from the shell:
  cargo contract call --contract $registry_address --message PSP34::total_supply \\
    --suri //Alice --url $URL target/ink/registry/registry.contract
DONE
