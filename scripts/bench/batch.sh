#!/usr/bin/env bash
# Many-files benchmark: `mtlint check` on 1,000 article-sized files built from the NTREX
# human references (scripts/bench/make_batch.py), with 1 and 2 threads (`--jobs`), end to
# end (process start, shipped glossaries, folder walk, reading, checking, report).
# Prints the machine, the hyperfine results, throughput and the speed-up.
#
# usage: scripts/bench/batch.sh [FILES] [RUNS]     (needs hyperfine and python3)
# env:   NTREX=path/to/ntrex-dev (default ../shared/corpora/ntrex-dev)
set -euo pipefail
cd "$(dirname "$0")/../.."

files=${1:-1000}
runs=${2:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
bin=target/release/mtlint
python3 scripts/bench/make_batch.py "$work/corpus" --files "$files" \
    ${NTREX:+--ntrex "$NTREX"}
bytes=$(cat "$work"/corpus/*.txt | wc -c)

echo "## machine"
echo "nproc: $(nproc)"
lscpu | head -15
echo "load before: $(uptime)"
echo

# --lang pt: a pipeline knows its language; detection would be measured too otherwise.
# The report (a few findings: the references are clean text) goes to /dev/null.
hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/result.json" \
    --command-name "jobs=1" "$bin check --lang pt --jobs 1 $work/corpus" \
    --command-name "jobs=2" "$bin check --lang pt --jobs 2 $work/corpus" \
    --ignore-failure
echo "load after: $(uptime)"
echo

python3 - "$work/result.json" "$bytes" "$files" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
size, files = int(sys.argv[2]), int(sys.argv[3])
print(f"corpus: {files} files, {size / 1e6:.2f} MB")
print("| threads | median | mean ± σ | min | MB/s (median) | files/s (median) |")
print("| --- | --- | --- | --- | --- | --- |")
for r in results:
    med = r["median"]
    print(f"| {r['command'].split('=')[1]} | {med * 1e3:.0f} ms | {r['mean'] * 1e3:.0f} ± "
          f"{r['stddev'] * 1e3:.0f} ms | {r['min'] * 1e3:.0f} ms | {size / med / 1e6:.1f} | "
          f"{files / med:.0f} |")
one, two = results
print(f"speed-up 1 → 2 threads: {one['median'] / two['median']:.2f}x (median), "
      f"{one['mean'] / two['mean']:.2f}x (mean), {one['min'] / two['min']:.2f}x (min)")
EOF
