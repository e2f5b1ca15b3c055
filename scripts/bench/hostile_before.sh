#!/usr/bin/env bash
# Runs today's tests/hostile.rs and tests/glossary_check.rs against the code before
# issue 20's fixes (419e48a, the parent of the first hardening commit), to show that each
# test fails without its fix. Figures and the tests that pass there: BENCHMARKS.md,
# "Hostile tests against the code before the fixes".
# Usage: scripts/bench/hostile_before.sh [WORKTREE]   (default: target/hostile-before)
# Builds a worktree of the old commit (about 7 minutes on 2 cores) and prints one line per test.
set -euo pipefail
cd "$(dirname "$0")/../.."
wt="${1:-target/hostile-before}"
[ -d "$wt" ] || git worktree add --detach "$wt" 419e48adce32da5dc59c5307cae56e16d6e4e56b
cp tests/hostile.rs tests/glossary_check.rs "$wt/tests/"
mkdir -p "$wt/tests/fixtures/glossary-check"
cp -r tests/fixtures/glossary-check/. "$wt/tests/fixtures/glossary-check/"
cd "$wt"
export CARGO_INCREMENTAL=0 CARGO_PROFILE_DEV_DEBUG=line-tables-only
for t in hostile glossary_check; do
  cargo test --test "$t" --no-run
  cargo test --test "$t" -- --test-threads 2 2>&1 | grep -E '^test |^test result' || true
done
