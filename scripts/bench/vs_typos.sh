#!/usr/bin/env bash
# mtlint beside typos (issue 21's yardstick), in one run on the same texts: callgrind
# instruction counts (every thread; repeatable) and CPU seconds (best of 3 on this shared
# machine), whole process, one thread. Texts: scripts/bench/speed.sh's news and MT
# (NTREX-128 repeated, CC BY-SA 4.0), made at BYTES.
# Usage: scripts/bench/vs_typos.sh [MTLINT] [BYTES]   (default target/release/mtlint, 10000000)
# Needs typos on the PATH (cargo install typos-cli --locked) and valgrind.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/release/mtlint}")
bytes=${2:-10000000}
work=target/bench-speed
command -v typos >/dev/null || { echo "typos is not installed (cargo install typos-cli --locked)" >&2; exit 2; }
# speed.sh writes the texts; its own table is not needed here.
bash scripts/bench/speed.sh "$bin" "$bytes" >/dev/null
instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p' || true
}
cpu() { # best CPU seconds (user + sys) of 3 runs
    local best=""
    for _ in 1 2 3; do
        local t
        /usr/bin/time -f '%U %S' -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
        t=$(tail -1 "$work/time.txt" | awk '{print $1 + $2}')
        if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$t; fi
    done
    echo "$best"
}
echo "typos $(typos --version), $(nproc) cores, $(date -u +%FT%TZ)"
echo "| text | bytes | tool | instructions | CPU s (best of 3) | MB/s |"
echo "| --- | ---: | --- | ---: | ---: | ---: |"
for text in news mt; do
    f="$work/$text.txt"
    size=$(stat -c %s "$f")
    for tool in mtlint typos; do
        if [ "$tool" = mtlint ]; then
            cmd=("$bin" check --no-config --lang pt -j 1 --format jsonl --fail-on never "$f")
        else
            cmd=(typos --threads 1 --format brief "$f")
        fi
        n=$(instructions "${cmd[@]}")
        s=$(cpu "${cmd[@]}")
        mbs=$(awk -v b="$size" -v s="$s" 'BEGIN{printf "%.1f", b / 1e6 / s}')
        echo "| $text | $size | $tool | $n | $s | $mbs |"
    done
done
