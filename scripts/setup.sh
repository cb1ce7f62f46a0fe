#!/usr/bin/env bash
# Installs what the Qiankun DAO suite needs and is missing; idempotent.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
# chromium runs the browser check headless; fonts-wqy-zenhei draws the app's Chinese.
DEBIAN_PACKAGES=(protobuf-compiler clang libclang-dev zstd jq curl git chromium fonts-wqy-zenhei)

usage() {
  cat <<EOF
Usage: scripts/setup.sh [--help]

Installs only what is missing, printing each step and its duration:
  - Rust $TOOLCHAIN with rust-src, clippy, rustfmt and wasm32-unknown-unknown (rustup)
  - Debian packages: ${DEBIAN_PACKAGES[*]}
  - cargo-contract $CARGO_CONTRACT_VERSION
  - substrate-contracts-node $NODE_VERSION (crate contracts-node)
  - Node.js and npm (Debian's nodejs and npm when absent), then the client check's
    packages (@polkadot/api, @polkadot/api-contract, playwright-core) with npm ci in
    scripts/client-check, and the web app's (dedot, vite, typescript) with npm ci in web/

Environment:
  QIANKUN_PREBUILT_DIR  a directory with cargo-contract-$CARGO_CONTRACT_VERSION.zst and
                        substrate-contracts-node-$NODE_VERSION.zst (zstd-compressed
                        binaries); used instead of building from source (about 1.5 hours
                        on two cores).
EOF
}

case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  "") ;;
  *) usage >&2; echo "setup: unknown argument '$1'" >&2; exit 2 ;;
esac

install_toolchain() {
  command -v rustup >/dev/null 2>&1 || die "rustup is missing; install Rust with rustup first"
  if rustup run "$TOOLCHAIN" rustc --version >/dev/null 2>&1 \
    && rustup component list --toolchain "$TOOLCHAIN" --installed 2>/dev/null | grep -q '^rust-src' \
    && rustup target list --toolchain "$TOOLCHAIN" --installed 2>/dev/null | grep -q '^wasm32-unknown-unknown'; then
    echo "    Rust $TOOLCHAIN already installed"
    return
  fi
  rustup toolchain install "$TOOLCHAIN" --profile minimal \
    --component rust-src,clippy,rustfmt --target wasm32-unknown-unknown \
    || die "rustup could not install Rust $TOOLCHAIN"
}

install_debian_packages() {
  local missing=()
  for package in "${DEBIAN_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "    all present"
    return
  fi
  command -v apt-get >/dev/null 2>&1 || die "missing packages ${missing[*]} and no apt-get"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "    installing ${missing[*]}"
  $sudo apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null \
    || die "apt-get could not install ${missing[*]}"
}

# unpack_prebuilt FILE BINARY VERSION: unpacks a zstd-compressed binary and checks it.
unpack_prebuilt() {
  local file="$1" binary="$2" version="$3"
  mkdir -p "$CARGO_BIN"
  zstd -d -q -f "$file" -o "$CARGO_BIN/$binary" || die "could not unpack $file"
  chmod +x "$CARGO_BIN/$binary"
  have_version "$CARGO_BIN/$binary" "$version" \
    || die "$file does not hold $binary $version"
  echo "    unpacked $binary $version from $file"
}

install_cargo_contract() {
  if have_version cargo-contract "$CARGO_CONTRACT_VERSION"; then
    echo "    cargo-contract $CARGO_CONTRACT_VERSION already installed"
    return
  fi
  local prebuilt="${QIANKUN_PREBUILT_DIR:-}/cargo-contract-$CARGO_CONTRACT_VERSION.zst"
  if [ -n "${QIANKUN_PREBUILT_DIR:-}" ] && [ -f "$prebuilt" ]; then
    unpack_prebuilt "$prebuilt" cargo-contract "$CARGO_CONTRACT_VERSION"
    return
  fi
  echo "    building from source (tens of minutes)"
  (cd / && cargo "+$TOOLCHAIN" install cargo-contract --version "$CARGO_CONTRACT_VERSION" --locked --force) \
    || die "cargo install cargo-contract $CARGO_CONTRACT_VERSION failed"
}

install_node() {
  if have_version substrate-contracts-node "$NODE_VERSION"; then
    echo "    substrate-contracts-node $NODE_VERSION already installed"
    return
  fi
  local prebuilt="${QIANKUN_PREBUILT_DIR:-}/substrate-contracts-node-$NODE_VERSION.zst"
  if [ -n "${QIANKUN_PREBUILT_DIR:-}" ] && [ -f "$prebuilt" ]; then
    unpack_prebuilt "$prebuilt" substrate-contracts-node "$NODE_VERSION"
    return
  fi
  echo "    building from source (about an hour)"
  # The node's runtimes are built in a nested workspace that ignores the crate's
  # Cargo.lock unless WASM_BUILD_WORKSPACE_HINT points at the unpacked crate, and sp-io
  # only builds with Rust $TOOLCHAIN. `cargo install` unpacks the crate under the registry's
  # src directory before its build scripts run, so the hint can name that directory.
  cargo fetch --manifest-path "$ROOT/Cargo.toml" >/dev/null 2>&1 || true
  local index
  index="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/index.crates.io-* 2>/dev/null | head -n 1)"
  [ -n "$index" ] || die "no crates.io index directory under ${CARGO_HOME:-$HOME/.cargo}/registry/src"
  (cd / && WASM_BUILD_TOOLCHAIN="$TOOLCHAIN" \
    WASM_BUILD_WORKSPACE_HINT="$index/contracts-node-$NODE_VERSION" \
    cargo install contracts-node --version "$NODE_VERSION" --locked --force) \
    || die "cargo install contracts-node $NODE_VERSION failed"
  have_version substrate-contracts-node "$NODE_VERSION" \
    || die "substrate-contracts-node $NODE_VERSION is not on PATH after install (add $CARGO_BIN)"
}

install_client() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    DEBIAN_PACKAGES=(nodejs npm)
    install_debian_packages
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 18 ] || die "Node.js $(node --version) is too old; the client check needs 18 or newer"
  if [ -d "$CLIENT_DIR/node_modules/@polkadot/api-contract" ] \
    && [ "$CLIENT_DIR/node_modules/.package-lock.json" -nt "$CLIENT_DIR/package-lock.json" ]; then
    echo "    packages already installed (node $(node --version))"
    return
  fi
  (cd "$CLIENT_DIR" && npm ci --no-audit --no-fund --loglevel=error) \
    || die "npm ci in scripts/client-check failed"
}

install_app() {
  if [ -d "$APP_DIR/node_modules/dedot" ] \
    && [ "$APP_DIR/node_modules/.package-lock.json" -nt "$APP_DIR/package-lock.json" ]; then
    echo "    packages already installed"
    return
  fi
  (cd "$APP_DIR" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci in web/ failed"
}

total=$SECONDS
step "Rust $TOOLCHAIN toolchain" install_toolchain
step "Debian packages" install_debian_packages
step "cargo-contract $CARGO_CONTRACT_VERSION" install_cargo_contract
step "substrate-contracts-node $NODE_VERSION" install_node
step "client check packages (Node.js)" install_client
step "web app packages (Node.js)" install_app
echo "setup complete in $((SECONDS - total))s"
