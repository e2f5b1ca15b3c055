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

# `script` (a pseudo-terminal) and `stty`, for tests/width.rs: human output on a terminal.
need_debian bsdutils coreutils

# strace, for tests/threads.rs: the threads a run starts, counted by their clone calls.
need_debian strace

# The official SARIF validator, for tests/outputs.rs.
sarif_tool="$MTLINT_TOOLS/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$sarif_tool" ]; then
  # A Node.js that bundles npm (as NodeSource's does) conflicts with Debian's npm package.
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

# The language server in a real editor: Debian's Neovim (0.7) headless runs
# tests/editors/nvim.lua against `mtlint server` (a copy of the seed, since the quick fix
# edits the buffer). Its cache (LSP log, shipped glossary copies) stays under target/.
need_debian neovim
step "nvim --headless: tests/editors/nvim.lua"
nvim_dir="$MTLINT_TOOLS/nvim"
rm -rf "$nvim_dir" && mkdir -p "$nvim_dir"
cp tests/fixtures/lavrov-wonsan.pt.txt "$nvim_dir/lavrov-wonsan.pt.txt"
MTLINT_BIN="$PWD/target/debug/mtlint" MTLINT_FILE="$nvim_dir/lavrov-wonsan.pt.txt" \
  XDG_CACHE_HOME="$nvim_dir/cache" XDG_STATE_HOME="$nvim_dir/state" \
  timeout 180 nvim --headless --clean -i NONE -c 'luafile tests/editors/nvim.lua'

# The same in Emacs with eglot (Debian's emacs-nox and elpa-eglot): tests/editors/eglot.el.
need_debian emacs-nox elpa-eglot
step "emacs --batch with eglot: tests/editors/eglot.el"
emacs_dir="$MTLINT_TOOLS/emacs"
rm -rf "$emacs_dir" && mkdir -p "$emacs_dir"
cp tests/fixtures/lavrov-wonsan.pt.txt "$emacs_dir/lavrov-wonsan.pt.txt"
MTLINT_BIN="$PWD/target/debug/mtlint" MTLINT_FILE="$emacs_dir/lavrov-wonsan.pt.txt" \
  XDG_CACHE_HOME="$emacs_dir/cache" HOME="$emacs_dir" \
  timeout 180 emacs --batch -Q -l tests/editors/eglot.el

# The VS Code extension (editors/vscode): its test with stand-ins for VS Code (which
# cannot run here), then the .vsix built by @vscode/vsce (pinned in its package-lock.json),
# checked to hold the extension and the language client it needs.
if [ ! -d editors/vscode/node_modules/@vscode/vsce ]; then
  step "npm ci (editors/vscode)"
  npm ci --prefix editors/vscode --no-audit --no-fund --silent
fi
step "VS Code extension: node --test, vsce package"
node --test editors/vscode/test/
(cd editors/vscode && npx vsce package --allow-missing-repository --skip-license \
  --out "$MTLINT_TOOLS/mtlint.vsix" >/dev/null)
vsix_files="$(python3 -m zipfile -l "$MTLINT_TOOLS/mtlint.vsix")"
for f in extension/extension.js extension/package.json \
  extension/node_modules/vscode-languageclient/node.js; do
  grep -q "$f" <<<"$vsix_files" || { echo "mtlint.vsix lacks $f" >&2; exit 1; }
done

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

# vendor/lingua's one patch answers as lingua does, on every code point (vendor/README.md).
step "vendor/lingua: CharSet against the original (scripts/vendor/check_lingua_charset.py)"
python3 scripts/vendor/check_lingua_charset.py
step "vendor/lingua: the language mapping has no ASCII character (scripts/vendor/check_lingua_mapping.py)"
python3 scripts/vendor/check_lingua_mapping.py

# PyPI tools: check-jsonschema (the GitHub Action and workflow schemas, vendored in the
# package: no network at check time) and pre-commit, in one venv.
py="$MTLINT_TOOLS/py"
if [ ! -x "$py/bin/pre-commit" ] || [ ! -x "$py/bin/check-jsonschema" ]; then
  need_debian python3-venv git
  step "pip install pre-commit check-jsonschema"
  python3 -m venv "$py"
  "$py/bin/pip" install --quiet --disable-pip-version-check pre-commit==4.7.0 check-jsonschema==0.39.0
fi

step "action.yml and the README's workflow against the GitHub schemas"
"$py/bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml
workflow="$MTLINT_TOOLS/readme-workflow.yml"
# The first YAML block of the README's "GitHub Actions" section.
awk '/^### GitHub Actions/{s=1} s&&/^```yaml/{f=1;next} f&&/^```/{exit} f' README.md >"$workflow"
grep -q 'uses: mtlint/mtlint@v1' "$workflow"
"$py/bin/check-jsonschema" --builtin-schema vendor.github-workflows "$workflow"
# The schema check can fail: an action without `runs` is rejected.
printf 'name: broken\ndescription: no runs\n' >"$MTLINT_TOOLS/broken-action.yml"
if "$py/bin/check-jsonschema" --builtin-schema vendor.github-actions "$MTLINT_TOOLS/broken-action.yml" >/dev/null 2>&1; then
  echo "check-jsonschema accepted an action without runs" >&2
  exit 1
fi

step "action.yml's mtlint steps, run as the runner would (scripts/test-action.py)"
"$py/bin/python" scripts/test-action.py target/debug

step "pre-commit hook (scripts/test-pre-commit.sh)"
PRE_COMMIT="$py/bin/pre-commit" bash scripts/test-pre-commit.sh

step "cargo test --workspace"
cargo test --workspace
