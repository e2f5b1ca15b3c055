#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind) of `mtlint check` on the worst inputs of
# issue 20 at 1, 2, 4 and 8 MB, to show linear growth (BENCHMARKS.md, "Hostile input").
# Usage: scripts/bench/hostile.sh [MTLINT]   (default target/release/mtlint)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/mtlint}
work=target/bench-hostile
mkdir -p "$work"
python3 - "$work" <<'PY'
import random, sys
work = sys.argv[1]
line = open("tests/fixtures/ntrex-dev/ref.pt-BR.txt", encoding="utf-8").read().replace("\n", " ")
def fill(unit, n):
    return (unit * (n // len(unit) + 1))[:n]
for mb in (1, 2, 4, 8):
    n = mb << 20
    rng = random.Random(1)
    inputs = {
        "token": "O presidente disse que " + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)) + " ontem.\n",
        "chain": fill("a-", n) + "a\n",
        "chain2": fill("ab-", n) + "ab\n",
        "norte": fill("norte -coreano ", n) + "\n",
        "line": fill(line, n).rsplit(" ", 1)[0] + "\n",
    }
    for name, text in inputs.items():
        with open(f"{work}/{name}-{mb}.txt", "w", encoding="utf-8") as f:
            f.write(text)
PY
printf '| input | 1 MB | 2 MB | 4 MB | 8 MB | 8 MB / 1 MB |\n| --- | --- | --- | --- | --- | --- |\n'
for name in token chain chain2 norte line; do
  row="| $name"
  first=
  for mb in 1 2 4 8; do
    out="$work/callgrind.$name-$mb"
    valgrind --tool=callgrind --callgrind-out-file="$out" \
      "$bin" check --no-config --lang pt -j 1 --format jsonl "$work/$name-$mb.txt" \
      >/dev/null 2>"$work/valgrind.$name-$mb.log" || true
    ir=$(grep -m1 '^summary:' "$out" | awk '{print $2}')
    first=${first:-$ir}
    row="$row | $(python3 -c "print(f'{$ir:,}')")"
  done
  ratio=$(python3 -c "print(f'{$ir / $first:.2f}')")
  echo "$row | $ratio |"
done
