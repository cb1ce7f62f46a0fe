#!/usr/bin/env bash
# The tokens' JSON metadata: writes it from chain state into a folder, or serves a folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  cat <<USAGE
Usage: scripts/metadata.sh write [--out DIR] [--url ws://HOST:PORT] [DEPLOYMENT]
       scripts/metadata.sh serve [--port PORT] [DIR]

write  reads the registry of DEPLOYMENT (default deployments/local.json, written by
       scripts/deploy.sh) and writes the ERC-721-style JSON document of every edition of
       every listed series and of every seat category into DIR (default
       deployments/metadata), at the paths its token URIs name after the registry's
       metadata_uri: series/<series>/<item>-<edition>.json, seats/<category>.json (with
       a badge, seats/<category>.svg). A listing adds a folder; no mint changes one. DIR
       is ready to pin on IPFS (e.g. 'ipfs add -r DIR') under the metadata_uri's name.
serve  serves DIR (default deployments/metadata) at http://127.0.0.1:PORT/ (default
       8787, the dev profiles' metadata_uri) until stopped.
USAGE
}

command="${1:-}"
[ $# -eq 0 ] || shift
case "$command" in
  -h|--help) usage ;;
  write)
    ensure_setup
    out="$ROOT/deployments/metadata"
    args=()
    while [ $# -gt 0 ]; do
      case "$1" in
        --out) [ $# -ge 2 ] || die "--out needs a value"; out="$2"; shift 2 ;;
        --url) [ $# -ge 2 ] || die "--url needs a value"; args+=(--url "$2"); shift 2 ;;
        *) args+=("$1"); shift ;;
      esac
    done
    exec node "$CLIENT_DIR/metadata.mjs" write --out "$out" "${args[@]}" ;;
  serve)
    ensure_setup
    port=8787
    dir="$ROOT/deployments/metadata"
    while [ $# -gt 0 ]; do
      case "$1" in
        --port) [ $# -ge 2 ] || die "--port needs a value"; port="$2"; shift 2 ;;
        *) dir="$1"; shift ;;
      esac
    done
    exec node "$CLIENT_DIR/metadata.mjs" serve "$dir" --port "$port" ;;
  *) usage >&2; die "expected 'write' or 'serve'" ;;
esac
