#!/usr/bin/env bash
# Deploys the Qiankun DAO suite: starts a local node if none answers, builds, instantiates,
# and writes deployments/<name>.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

URL="$NODE_URL_DEFAULT"
SURI="//Alice"
OUT="$ROOT/deployments/local.json"
DEMO=0
CONFIG="$ROOT/deploy.toml"
PROFILE="deploy"

usage() {
  cat <<USAGE
Usage: scripts/deploy.sh [--help] [--demo] [--url ws://HOST:PORT] [--suri SURI] [--out FILE]
                         [--profile NAME] [--config FILE]

The main job. If nothing answers on 127.0.0.1:9944 (and --url is the default), starts
'substrate-contracts-node --dev' in the background (log: deployments/node.log). Checks
that the chain answers, has pallet-contracts and that the deploying account holds funds
(scripts/client-check/probe.mjs). Then builds the contracts (${CONTRACTS[*]}),
instantiates them with the parameters of one profile of deploy.toml, links the registry
to the rewards and society contracts, founds the society with the deploying account as
founder (it receives a D seat), writes
deployments/local.json (code hashes, addresses, parameters) and prints how to open them
in Contracts UI. Runs scripts/setup.sh first when a tool is missing.

Options:
  --demo        after deploying, play the platform's story on the chain and print a
                report (scripts/client-check/demo.mjs): needs a dev chain whose //Alice
                to //Ferdie accounts are funded, and //Alice as the deployer
  --url URL     node to deploy to (default $NODE_URL_DEFAULT); any pallet-contracts chain
  --suri SURI   secret URI of the deploying account, the operator (default //Alice)
  --out FILE    where to write the deployment record (default deployments/local.json)
  --profile NAME  the profile of the configuration to deploy (default deploy; the file
                also holds bench and e2e)
  --config FILE the configuration file (default deploy.toml at the repository's root;
                each field is documented there and checked before anything is built)
USAGE
}

while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --url) [ $# -ge 2 ] || die "--url needs a value"; URL="$2"; shift 2 ;;
    --suri) [ $# -ge 2 ] || die "--suri needs a value"; SURI="$2"; shift 2 ;;
    --out) [ $# -ge 2 ] || die "--out needs a value"; OUT="$2"; shift 2 ;;
    --demo) DEMO=1; shift ;;
    --profile) [ $# -ge 2 ] || die "--profile needs a value"; PROFILE="$2"; shift 2 ;;
    --config) [ $# -ge 2 ] || die "--config needs a value"; CONFIG="$2"; shift 2 ;;
    *) usage >&2; die "unknown argument '$1'" ;;
  esac
done

[ "$DEMO" -eq 0 ] || [ "$SURI" = "//Alice" ] \
  || die "--demo plays the story with the dev accounts and needs --suri //Alice"

ensure_setup
# The profile, every field checked: one line per bad field, before anything else runs.
PARAMETERS="$(node "$CLIENT_DIR/config.mjs" --file "$CONFIG" "$PROFILE" 2>&1)" \
  || { echo "$PARAMETERS" >&2; die "the profile '$PROFILE' of $CONFIG is not valid"; }
# field PATH: one field of the profile, e.g. `field .society.max_bids`.
field() { jq -r "$1" <<<"$PARAMETERS"; }
# struct PATH: a table of the profile as cargo-contract reads a struct argument,
# `{ field: value, ... }` (the registry's `RevenueSplit` and `IssuanceRules`, the
# contracts' `RewardsParameters` and `SocietyParameters`).
struct() { field "$1 | to_entries | map(\"\\(.key): \\(.value)\") | \"{ \" + join(\", \") + \" }\""; }
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

echo "==> instantiate registry (profile $PROFILE: seats $(field .total_seats), split $(struct .split), issuance $(struct .issuance), metadata $(field .metadata_uri))"
registry_address="$(instantiate registry "$(field .total_seats)" "$(struct .split)" "$(struct .issuance)" \
  "\"$(field .metadata_uri)\"")"
registry_code_hash="$(code_hash registry)"

echo "==> instantiate rewards ($(field '.rewards | to_entries | map("\(.key) \(.value)") | join(", ")'))"
guardian="$(field .guardian)"
if [ "$guardian" = none ]; then guardian_arg=None; else guardian_arg="Some($guardian)"; fi
echo "    governance $(struct .governance), guardian $guardian"
rewards_address="$(instantiate rewards "$registry_address" "$(struct .rewards)" "$(struct .governance)" \
  "$guardian_arg")"
rewards_code_hash="$(code_hash rewards)"

echo "==> link registry → rewards"
call "$registry_address" "$ROOT/target/ink/registry/registry.contract" link_rewards "$rewards_address"

society_parameters="$(struct .society)"
echo "==> instantiate society ($society_parameters)"
society_address="$(instantiate society "$registry_address" "$society_parameters")"
society_code_hash="$(code_hash society)"

echo "==> link registry → society"
call "$registry_address" "$ROOT/target/ink/registry/registry.contract" link_society "$society_address"

# The deploying account is the registry's operator: ask the registry for its address.
founder="$(cargo contract call --contract "$registry_address" --message operator \
  --suri "$SURI" --url "$URL" --output-json "$ROOT/target/ink/registry/registry.contract" \
  2>/dev/null | jq -r '.data.Tuple.values[0].Literal')"
[ -n "$founder" ] && [ "$founder" != null ] || die "could not read the operator's address"
echo "==> found the society (founder $founder, max_members $(field .max_members))"
call "$society_address" "$ROOT/target/ink/society/society.contract" found \
  "$founder" "$(field .max_members)" "\"$(field .rules)\""

out="$OUT"
jq -n --arg url "$URL" --arg profile "$PROFILE" --argjson p "$PARAMETERS" \
  --arg registry "$registry_address" --arg registry_hash "$registry_code_hash" \
  --arg rewards "$rewards_address" --arg rewards_hash "$rewards_code_hash" \
  --arg society_address "$society_address" --arg society_hash "$society_code_hash" \
  --arg founder "$founder" \
  '{url: $url, profile: $profile,
    registry: {address: $registry, code_hash: $registry_hash,
               bundle: "target/ink/registry/registry.contract",
               parameters: {total_seats: $p.total_seats, split: $p.split, issuance: $p.issuance,
                           metadata_uri: $p.metadata_uri},
               links: {rewards: $rewards, society: $society_address}},
    society: {address: $society_address, code_hash: $society_hash,
              bundle: "target/ink/society/society.contract",
              founder: $founder, max_members: $p.max_members, rules: $p.rules,
              parameters: ({registry: $registry} + $p.society)},
    rewards: {address: $rewards, code_hash: $rewards_hash,
              bundle: "target/ink/rewards/rewards.contract",
              parameters: ({registry: $registry} + $p.rewards),
              governance: $p.governance, guardian: $p.guardian}}' >"$out"

cat <<DONE

Deployed to $URL
  registry  $registry_address  (code hash $registry_code_hash)
  society   $society_address  (code hash $society_code_hash)
  rewards   $rewards_address  (code hash $rewards_code_hash)
  linked    registry → rewards, registry → society
  founded   society, founder and head $founder
Written: $out

The web app (collectors, creators, seat holders, the society; 中文 / English):
  scripts/app.sh --record $out   then open http://127.0.0.1:$APP_PORT_DEFAULT/
and sign with a wallet extension (polkadot{.js}, SubWallet, Talisman) or, on a dev
chain, a dev account.
Open in Contracts UI: choose "ink! v5" in its version selector, connect to $URL,
"Add New Contract" → "Use On-Chain Contract Address", paste an address above and
upload its bundle (target/ink/<contract>/<contract>.contract) for its metadata.
Wallets: each token's JSON metadata lives under the registry's metadata_uri,
$(field .metadata_uri); write it from the chain and serve it with
  scripts/metadata.sh write --out deployments/metadata $out && scripts/metadata.sh serve
Try it from the shell:
  cargo contract call --contract $registry_address --message PSP34::total_supply \\
    --suri //Alice --url $URL target/ink/registry/registry.contract
DONE

if [ "$DEMO" -eq 1 ]; then
  echo
  echo "==> demo: the platform's story on $URL"
  node "$CLIENT_DIR/demo.mjs" "$out" --url "$URL" || die "the demo failed"
fi
