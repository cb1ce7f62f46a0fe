#!/usr/bin/env bash
# Deploys the Qiankun DAO suite: starts a local node if none answers, builds, instantiates,
# and writes deployments/<name>.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

URL="$NODE_URL_DEFAULT"
SURI="//Alice"
OUT="$ROOT/deployments/local.json"
DEMO=0
TOTAL_SEATS="${QIANKUN_TOTAL_SEATS:-1000}"
# creator,rewards,society,operator basis points.
SPLIT="${QIANKUN_SPLIT:-6000,2000,1000,1000}"
# rewards: poll_share_bps,quorum_bps,min_duration,max_duration,listing_duration (blocks;
# the dev node seals a block per transaction, so short polls suit it).
REWARDS_PARAMETERS="${QIANKUN_REWARDS:-1000,2000,2,1000,20}"
# society: candidate_deposit,wrong_side_deduction,max_strikes,period_spend,rotation_period,
# challenge_period,max_lock_duration,max_bids,max_voters,max_payouts,member_limit (amounts
# in the smallest unit, periods in blocks: short ones suit the dev node).
SOCIETY_PARAMETERS="${QIANKUN_SOCIETY:-1000000000000,100000000000,10,10000000000000,10,20,1000,64,64,16,1000}"
MAX_MEMBERS="${QIANKUN_MAX_MEMBERS:-100}"
RULES="${QIANKUN_RULES:-Qiankun DAO society: admit those who build the platform.}"

usage() {
  cat <<USAGE
Usage: scripts/deploy.sh [--help] [--demo] [--url ws://HOST:PORT] [--suri SURI] [--out FILE]

The main job. If nothing answers on 127.0.0.1:9944 (and --url is the default), starts
'substrate-contracts-node --dev' in the background (log: deployments/node.log). Checks
that the chain answers, has pallet-contracts and that the deploying account holds funds
(scripts/client-check/probe.mjs). Then builds the contracts (${CONTRACTS[*]}),
instantiates them, links the registry to the rewards and society contracts, founds the
society with the deploying account as founder (it receives a D seat), writes
deployments/local.json (code hashes, addresses, parameters) and prints how to open them
in Contracts UI. Runs scripts/setup.sh first when a tool is missing.

Options:
  --demo        after deploying, play the platform's story on the chain and print a
                report (scripts/client-check/demo.mjs): needs a dev chain whose //Alice
                to //Ferdie accounts are funded, and //Alice as the deployer
  --url URL     node to deploy to (default $NODE_URL_DEFAULT); any pallet-contracts chain
  --suri SURI   secret URI of the deploying account, the operator (default //Alice)
  --out FILE    where to write the deployment record (default deployments/local.json)

Environment:
  QIANKUN_TOTAL_SEATS   Genesis seats of the registry (default 1000)
  QIANKUN_SPLIT         creator,rewards,society,operator basis points summing to 10000
                        (default 6000,2000,1000,1000)
  QIANKUN_REWARDS       rewards parameters poll_share_bps,quorum_bps,min_duration,
                        max_duration,listing_duration (default 1000,2000,2,1000,20)
  QIANKUN_SOCIETY       society parameters candidate_deposit,wrong_side_deduction,
                        max_strikes,period_spend,rotation_period,challenge_period,
                        max_lock_duration,max_bids,max_voters,max_payouts,member_limit
                        (default $SOCIETY_PARAMETERS)
  QIANKUN_MAX_MEMBERS   the society's max_members at founding (default 100)
  QIANKUN_RULES         the society's rules text, kept as its hash
USAGE
}

while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --url) [ $# -ge 2 ] || die "--url needs a value"; URL="$2"; shift 2 ;;
    --suri) [ $# -ge 2 ] || die "--suri needs a value"; SURI="$2"; shift 2 ;;
    --out) [ $# -ge 2 ] || die "--out needs a value"; OUT="$2"; shift 2 ;;
    --demo) DEMO=1; shift ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done

IFS=, read -r CREATOR_BPS REWARDS_BPS SOCIETY_BPS OPERATOR_BPS <<<"$SPLIT"
[ $((CREATOR_BPS + REWARDS_BPS + SOCIETY_BPS + OPERATOR_BPS)) -eq 10000 ] \
  || die "QIANKUN_SPLIT '$SPLIT' does not sum to 10000"

[ "$DEMO" -eq 0 ] || [ "$SURI" = "//Alice" ] \
  || die "--demo plays the story with the dev accounts and needs --suri //Alice"

ensure_setup
mkdir -p "$ROOT/deployments" "$(dirname "$OUT")"
if [ "$URL" = "$NODE_URL_DEFAULT" ]; then
  if node_answers; then
    echo "==> a node already answers on 127.0.0.1:9944"
  else
    step "start local node" start_node "$ROOT/deployments/node.log"
  fi
fi

# probe: a node answers at $URL, its runtime has pallet-contracts and the deployer can
# pay; checked before the build so that a wrong --url or --suri fails in seconds.
probe() {
  QIANKUN_SURI="$SURI" node "$CLIENT_DIR/probe.mjs" "$URL" 2>"$ROOT/deployments/probe.err" \
    || die "$(tail -1 "$ROOT/deployments/probe.err" | sed 's/^error: //')"
}
step "check the chain at $URL" probe

"$ROOT/scripts/build.sh"

# A fresh salt per run, so the suite can be deployed again on the same chain.
SALT="0x$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"

# cargo-contract's errors are JSON; a backtrace would only bury them.
export RUST_BACKTRACE=0

# failure_reason FILE: one line naming the error in cargo-contract's JSON error output
# (the pallet's error, or the first line of a generic one), and where the rest is.
failure_reason() {
  local line
  line="$(jq -r 'if .module_error then "\(.module_error.pallet).\(.module_error.error)"
    elif .generic_error then (.generic_error.error | split("\n")[0]) else empty end' "$1" 2>/dev/null | head -1)"
  [ -n "$line" ] || line="$(grep -m1 -v '^[[:space:]]*$' "$1" || echo "no error output")"
  echo "$line (details: $1)"
}

# submit WHAT LOG COMMAND...: runs a cargo-contract instantiate or call COMMAND with
# --execute, its JSON output in LOG.out. On failure dies with one line: the error the
# contract returned, from a dry run of the same COMMAND (a revert alone does not name
# it), or else cargo-contract's own reason.
submit() {
  local what="$1" log="$2"; shift 2
  "$@" --execute --skip-confirm --output-json >"$log.out" 2>"$log.err" && return 0
  local refusal
  refusal="$("$@" --output-json 2>/dev/null \
    | jq -r '[.. | objects | select(.ident? == "Err")][0].values[0] | .Tuple.ident? // tostring' 2>/dev/null)"
  [ -z "$refusal" ] || [ "$refusal" = null ] || die "$what: the contract refused with $refusal"
  die "$what failed: $(failure_reason "$log.err")"
}

# instantiate NAME ARGS...: instantiates a built contract with constructor `new`;
# prints its address.
instantiate() {
  local name="$1"; shift
  local log="$ROOT/deployments/$name" address
  submit "instantiating $name" "$log" cargo contract instantiate "$ROOT/target/ink/$name/$name.contract" \
    --constructor new --args "$@" --salt "$SALT" --suri "$SURI" --url "$URL"
  address="$(jq -r '.contract' "$log.out")"
  [ -n "$address" ] && [ "$address" != null ] \
    || die "no contract address in the instantiate output ($log.out)"
  echo "$address"
}

# code_hash NAME: the code hash of a built contract, from its bundle (the instantiate
# output omits it when the code is already on chain).
code_hash() {
  jq -r '.source.hash' "$ROOT/target/ink/$1/$1.contract"
}

# call CONTRACT_ADDRESS BUNDLE MESSAGE ARGS...: submits a message call.
call() {
  local address="$1" bundle="$2" message="$3"; shift 3
  local args=()
  [ $# -eq 0 ] || args=(--args "$@")
  submit "calling $message" "$ROOT/deployments/$message" cargo contract call \
    --contract "$address" --message "$message" "${args[@]}" --suri "$SURI" --url "$URL" "$bundle"
}

echo "==> instantiate registry (seats $TOTAL_SEATS, split $SPLIT)"
registry_address="$(instantiate registry "$TOTAL_SEATS" "$CREATOR_BPS" "$REWARDS_BPS" "$SOCIETY_BPS" "$OPERATOR_BPS")"
registry_code_hash="$(code_hash registry)"

IFS=, read -r POLL_SHARE_BPS QUORUM_BPS MIN_DURATION MAX_DURATION LISTING_DURATION <<<"$REWARDS_PARAMETERS"
echo "==> instantiate rewards (parameters $REWARDS_PARAMETERS)"
rewards_address="$(instantiate rewards "$registry_address" "$POLL_SHARE_BPS" "$QUORUM_BPS" "$MIN_DURATION" "$MAX_DURATION" "$LISTING_DURATION")"
rewards_code_hash="$(code_hash rewards)"

echo "==> link registry → rewards"
call "$registry_address" "$ROOT/target/ink/registry/registry.contract" link_rewards "$rewards_address"

IFS=, read -r DEPOSIT DEDUCTION MAX_STRIKES PERIOD_SPEND ROTATION_PERIOD CHALLENGE_PERIOD \
  MAX_LOCK MAX_BIDS MAX_VOTERS MAX_PAYOUTS MEMBER_LIMIT <<<"$SOCIETY_PARAMETERS"
[ -n "$MEMBER_LIMIT" ] || die "QIANKUN_SOCIETY '$SOCIETY_PARAMETERS' needs 11 values"
society_parameters="{ candidate_deposit: $DEPOSIT, wrong_side_deduction: $DEDUCTION, \
max_strikes: $MAX_STRIKES, period_spend: $PERIOD_SPEND, rotation_period: $ROTATION_PERIOD, \
challenge_period: $CHALLENGE_PERIOD, max_lock_duration: $MAX_LOCK, max_bids: $MAX_BIDS, \
max_voters: $MAX_VOTERS, max_payouts: $MAX_PAYOUTS, member_limit: $MEMBER_LIMIT }"
echo "==> instantiate society (parameters $SOCIETY_PARAMETERS)"
society_address="$(instantiate society "$registry_address" "$society_parameters")"
society_code_hash="$(code_hash society)"

echo "==> link registry → society"
call "$registry_address" "$ROOT/target/ink/registry/registry.contract" link_society "$society_address"

# The deploying account is the registry's operator: ask the registry for its address.
founder="$(cargo contract call --contract "$registry_address" --message operator \
  --suri "$SURI" --url "$URL" --output-json "$ROOT/target/ink/registry/registry.contract" \
  2>/dev/null | jq -r '.data.Tuple.values[0].Literal')"
[ -n "$founder" ] && [ "$founder" != null ] || die "could not read the operator's address"
echo "==> found the society (founder $founder, max_members $MAX_MEMBERS)"
call "$society_address" "$ROOT/target/ink/society/society.contract" found \
  "$founder" "$MAX_MEMBERS" "\"$RULES\""

out="$OUT"
jq -n --arg url "$URL" \
  --arg registry "$registry_address" --arg registry_hash "$registry_code_hash" \
  --arg rewards "$rewards_address" --arg rewards_hash "$rewards_code_hash" \
  --arg society_address "$society_address" --arg society_hash "$society_code_hash" \
  --arg founder "$founder" --argjson max_members "$MAX_MEMBERS" \
  --arg society_parameters "$SOCIETY_PARAMETERS" \
  --argjson seats "$TOTAL_SEATS" --argjson creator "$CREATOR_BPS" --argjson rewards_bps "$REWARDS_BPS" \
  --argjson society "$SOCIETY_BPS" --argjson operator "$OPERATOR_BPS" \
  --argjson poll_share "$POLL_SHARE_BPS" --argjson quorum "$QUORUM_BPS" \
  --argjson min "$MIN_DURATION" --argjson max "$MAX_DURATION" --argjson listing "$LISTING_DURATION" \
  '{url: $url,
    registry: {address: $registry, code_hash: $registry_hash,
               bundle: "target/ink/registry/registry.contract",
               parameters: {total_seats: $seats, creator_bps: $creator, rewards_bps: $rewards_bps,
                            society_bps: $society, operator_bps: $operator},
               links: {rewards: $rewards, society: $society_address}},
    society: {address: $society_address, code_hash: $society_hash,
              bundle: "target/ink/society/society.contract",
              founder: $founder, max_members: $max_members,
              parameters: {registry: $registry, values: $society_parameters,
                           order: "candidate_deposit,wrong_side_deduction,max_strikes,period_spend,rotation_period,challenge_period,max_lock_duration,max_bids,max_voters,max_payouts,member_limit"}},
    rewards: {address: $rewards, code_hash: $rewards_hash,
              bundle: "target/ink/rewards/rewards.contract",
              parameters: {registry: $registry, poll_share_bps: $poll_share, quorum_bps: $quorum,
                           min_duration: $min, max_duration: $max, listing_duration: $listing}}}' >"$out"

cat <<DONE

Deployed to $URL
  registry  $registry_address  (code hash $registry_code_hash)
  society   $society_address  (code hash $society_code_hash)
  rewards   $rewards_address  (code hash $rewards_code_hash)
  linked    registry → rewards, registry → society
  founded   society, founder and head $founder
Written: $out

Open in Contracts UI: choose "ink! v5" in its version selector, connect to $URL,
"Add New Contract" → "Use On-Chain Contract Address", paste an address above and
upload its bundle (target/ink/<contract>/<contract>.contract) for its metadata.
Try it from the shell:
  cargo contract call --contract $registry_address --message PSP34::total_supply \\
    --suri //Alice --url $URL target/ink/registry/registry.contract
DONE

if [ "$DEMO" -eq 1 ]; then
  echo
  echo "==> demo: the platform's story on $URL"
  node "$CLIENT_DIR/demo.mjs" "$out" --url "$URL" || die "the demo failed"
fi
