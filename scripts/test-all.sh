#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what the tests drive besides cargo
# (from Debian's packages, the npm registry and PyPI), then runs every test.
# `.ci/run` runs this script plus `cargo fmt --check` and clippy.
#
# Tools are installed under target/ (ignored by git), so a second run reuses them.
# With CI set, a test that needs a tool fails when the tool is missing, never skips.
set -euo pipefail
cd "$(dirname "$0")/.."
export MTLINT_TOOLS="$PWD/target/test-tools"
mkdir -p "$MTLINT_TOOLS"
step() { printf '\n== %s (%s)\n' "$1" "$(date +%T)"; }

# Debian packages the tests use, installed once (as root, as on CI machines).
need_debian() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  step "apt-get install ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The official SARIF validator, for tests/outputs.rs.
sarif_tool="$MTLINT_TOOLS/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$sarif_tool" ]; then
  # npm may come with a nodejs not from Debian (then Debian's npm cannot be installed).
  command -v npm >/dev/null || need_debian nodejs npm
  step "npm install the SARIF Multitool"
  npm install --prefix "$MTLINT_TOOLS/sarif" --no-audit --no-fund --silent \
    @microsoft/sarif-multitool-linux@5.7.0
  # Its postinstall script does only this, and newer npm versions skip install scripts.
  chmod u+x "$sarif_tool"
fi
export SARIF_MULTITOOL="$sarif_tool"

# The bilingual formats' PO corpus (Debian catalogues, Django's wheel), for the
# cross-check of crates/formats against the polib crate; cached under target/formats.
need_debian gettext python3-venv
step "bilingual corpus (scripts/formats/fetch.sh)"
bash scripts/formats/fetch.sh
export MTLINT_PO_CORPUS_DIR="$PWD/target/formats/corpus"

# The review page (--format html) in a real browser: Debian's Chromium driven by
# playwright-core (pinned in tests/browser/package-lock.json, installed into
# tests/browser/node_modules, which git ignores).
need_debian chromium
command -v npm >/dev/null || need_debian nodejs npm
if [ ! -d tests/browser/node_modules/playwright-core ]; then
  step "npm ci playwright-core (tests/browser)"
  npm ci --prefix tests/browser --no-audit --no-fund --silent
fi
step "node --test tests/browser/"
cargo build --bin mtlint
MTLINT_BIN="$PWD/target/debug/mtlint" CHROMIUM=/usr/bin/chromium node --test tests/browser/

# The Python package (crates/python): pip builds it with maturin into a venv under target/
# (the dev profile, which reuses the crates cargo compiled above), then its pytest tests
# compare it with the CLI and run the Dask example on a LocalCluster of two workers.
pyvenv="$PWD/target/pyvenv"
if [ ! -x "$pyvenv/bin/pytest" ] || ! "$pyvenv/bin/python" -c "import maturin, distributed" 2>/dev/null; then
  step "python3 -m venv target/pyvenv: maturin, pytest, dask[distributed]"
  python3 -m venv "$pyvenv"
  "$pyvenv/bin/pip" install -q "maturin>=1.5,<2" pytest "dask[distributed]"
fi
step "pip install ./crates/python (maturin, dev profile)"
PATH="$pyvenv/bin:$PATH" MATURIN_PEP517_ARGS="--profile dev" "$pyvenv/bin/pip" install -q --no-build-isolation \
  --force-reinstall --no-deps ./crates/python
step "pytest crates/python/tests"
MTLINT_BIN="$PWD/target/debug/mtlint" "$pyvenv/bin/python" -m pytest -q -p no:cacheprovider crates/python/tests

step "python3 -m unittest: the measurement scripts (scripts/quality)"
python3 -m unittest discover -s scripts/quality -p 'test_*.py'

step "cargo test --workspace"
cargo test --workspace
