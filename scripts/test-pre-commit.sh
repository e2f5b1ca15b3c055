#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml the way a user meets it: pre-commit (from PyPI) builds the
# hook from a clone of this repository at HEAD (`language: rust`), then
#   1. `pre-commit try-repo` on a file with an error fails and names the finding;
#   2. in a project that uses the hook, a commit with an error is blocked;
#   3. a commit of a clean Portuguese file goes through;
#   4. a commit of an English README goes through (skipped: no glossary covers English).
# Needs: git, cargo, PRE_COMMIT (the pre-commit program; scripts/test-all.sh installs it).
# The hook's build reuses target/test-tools/pre-commit-target, so a second run only
# rebuilds what changed.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
pre_commit="${PRE_COMMIT:?set PRE_COMMIT to the pre-commit program}"
tools="${MTLINT_TOOLS:-$repo/target/test-tools}"
export PRE_COMMIT_HOME="$tools/pre-commit-home"
export CARGO_TARGET_DIR="$tools/pre-commit-target"
# pre-commit builds the hook with `cargo install` (the release profile: thin LTO, 9 min on
# the shared 2-core machine from scratch). The test is about the hook's wiring, not the
# binary's speed: a cheaper release profile for this build only.
export CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

git clone --quiet "$repo" "$work/mtlint"
rev="$(git -C "$work/mtlint" rev-parse HEAD)"

project="$work/project"
git init --quiet "$project"
cd "$project"
git config user.email test@example.com
git config user.name test
git config commit.gpgsign false
# A line of the seed article: "Coréia" is the pre-agreement spelling (an error).
printf 'A Coréia do Norte anunciou novos testes.\n' >bad.pt.txt
printf 'A Coreia do Norte anunciou novos testes.\n' >good.pt.txt
cat >README.md <<'EOF'
# Example project

This repository holds the Portuguese translations of our articles.
Run the checks before you commit.
EOF

echo "== pre-commit try-repo (builds the hook at $rev)"
if "$pre_commit" try-repo "$work/mtlint" mtlint --ref "$rev" --files bad.pt.txt >"$work/try.log" 2>&1; then
  cat "$work/try.log"; fail "try-repo let an error through"
fi
grep -q "Coréia" "$work/try.log" || { cat "$work/try.log"; fail "try-repo did not report Coréia"; }

cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $work/mtlint
    rev: $rev
    hooks:
      - id: mtlint
EOF
"$pre_commit" install >/dev/null
git add .pre-commit-config.yaml
git commit --quiet --no-verify -m "pre-commit configuration"

echo "== a commit with an error is blocked"
git add bad.pt.txt
if git commit --quiet -m bad >"$work/bad.log" 2>&1; then
  cat "$work/bad.log"; fail "the commit with an error went through"
fi
grep -q "Coréia" "$work/bad.log" || { cat "$work/bad.log"; fail "no finding shown"; }
git reset --quiet bad.pt.txt

echo "== a clean commit goes through"
git add good.pt.txt
git commit --quiet -m good >"$work/good.log" 2>&1 || { cat "$work/good.log"; fail "clean commit blocked"; }

echo "== an English README goes through (a language no glossary covers is skipped with a note)"
git add README.md
git commit --quiet -m readme >"$work/readme.log" 2>&1 || { cat "$work/readme.log"; fail "the English README was blocked"; }
echo "pre-commit hook: all cases behave as expected"
