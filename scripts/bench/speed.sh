#!/usr/bin/env bash
# Instruction counts (valgrind --tool=callgrind, every thread) of `mtlint check`, every
# default rule, for BENCHMARKS.md "Speed (issue 21, session 7)": start-up (an empty file
# and the seed article, with and without language detection) and checking throughput on
# news (the NTREX-128 human references, pt-BR + pt-PT, repeated: no more distinct news
# exists here, so repeated words flatter caches) and on MT output (the Apertium en→gl→pt
# and en→es→pt-BR outputs of the same articles, from NTREX_DIR, default
# ../shared/corpora/ntrex-dev as for scripts/apertium/translate.sh, which makes them;
# repeated). NTREX-128 is CC BY-SA 4.0 (tests/fixtures/ntrex-dev/LICENSE-CC-BY-SA-4.0.md).
# Usage: scripts/bench/speed.sh [MTLINT] [BYTES]   (default target/release/mtlint, 2000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/release/mtlint}")
bytes=${2:-2000000}
work=target/bench-speed
mkdir -p "$work"
ntrex=${NTREX_DIR:-../shared/corpora/ntrex-dev}
python3 - "$work" "$bytes" "$ntrex" <<'PY'
import sys
work, size, ntrex = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def repeat(files, out):
    text = "".join(open(f, encoding="utf-8").read() for f in files).encode()
    data = (text * (size // len(text) + 1))[:size]
    open(f"{work}/{out}", "wb").write(data[: data.rfind(b"\n") + 1])
fixtures = "tests/fixtures/ntrex-dev/"
repeat([fixtures + "ref.pt-BR.txt", fixtures + "ref.pt-PT.txt"], "news.txt")
repeat([f"{ntrex}/mt-apertium-es.pt-BR.txt", f"{ntrex}/mt-apertium-gl.pt.txt"], "mt.txt")
open(f"{work}/empty.txt", "w").close()
PY
# instructions ARGS...: the callgrind total of `mtlint check --no-config --format jsonl ARGS...`.
instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" check --no-config \
        --format jsonl "$@" 2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
seed=tests/fixtures/lavrov-wonsan.pt.txt
echo "| input | instructions |"
echo "| --- | ---: |"
echo "| empty file, --lang pt | $(instructions --lang pt "$work/empty.txt") |"
echo "| empty file, detected | $(instructions "$work/empty.txt") |"
echo "| seed article, --lang pt | $(instructions --lang pt "$seed") |"
echo "| seed article, detected | $(instructions "$seed") |"
echo "| news, $bytes bytes, --lang pt -j 1 | $(instructions --lang pt -j 1 "$work/news.txt") |"
echo "| MT output, $bytes bytes, --lang pt -j 1 | $(instructions --lang pt -j 1 "$work/mt.txt") |"
