#!/usr/bin/env bash
# mtlint beside typos (issue 21's yardstick), in one run on the same texts: callgrind
# instruction counts (every thread; repeatable) and CPU seconds (user + sys, best of 3 on
# this shared machine), whole process, one thread (`-j 1`, `--threads 1`).
#
# Texts: the first BYTES (whole lines) of each of scripts/bench/corpora.sh's three corpora,
# so the three are of equal size: technical (distinct Portuguese documentation and
# catalogue text), mt (distinct Apertium output) and news (the NTREX references
# REPEATED: no more distinct news exists here). Run scripts/bench/corpora.sh first.
#
# mtlint runs twice: every default rule, and the glossary rules alone (wrong-term and
# wrong-term-in-context, every other rule turned off with --disable; mtlint has no
# glossary-only switch).
#
# Usage: scripts/bench/vs_typos.sh [MTLINT] [BYTES]
#   (default target/release/mtlint, 5000000; TEXTS="technical mt news" picks texts,
#   TOOLS="all glossary typos" picks the runs)
# Needs typos on the PATH (cargo install typos-cli --locked) and valgrind.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/release/mtlint}")
bytes=${2:-5000000}
corpora=target/bench-corpora
work=target/bench-speed
mkdir -p "$work"
command -v typos >/dev/null || { echo "typos is not installed (cargo install typos-cli --locked)" >&2; exit 2; }
for text in ${TEXTS:-technical mt news}; do
    f=$corpora/$text.txt
    [ -s "$f" ] || { echo "$f missing: run scripts/bench/corpora.sh" >&2; exit 2; }
    [ "$(stat -c %s "$f")" -ge "$bytes" ] || { echo "$f is shorter than $bytes bytes" >&2; exit 2; }
    head -c "$bytes" "$f" | python3 -c 'import sys; d = sys.stdin.buffer.read(); sys.stdout.buffer.write(d[: d.rfind(b"\n") + 1])' >"$work/$text.txt"
done
glossary_rules="wrong-term wrong-term-in-context"
others=()
for r in $("$bin" rule | awk 'NF && $1 ~ /^[a-z-]+$/ {print $1}'); do
    case " $glossary_rules " in *" $r "*) ;; *) others+=(--disable "$r") ;; esac
done
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
echo "mtlint $("$bin" --version | awk '{print $2}') ($bin), typos $(typos --version | awk '{print $2}'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(date -u +%FT%TZ)"
echo "| text | bytes | run | instructions | CPU s (best of 3) | MB/s |"
echo "| --- | ---: | --- | ---: | ---: | ---: |"
for text in ${TEXTS:-technical mt news}; do
    f="$work/$text.txt"
    size=$(stat -c %s "$f")
    for tool in ${TOOLS:-all glossary typos}; do
        mtlint=("$bin" check --no-config --lang pt -j 1 --format jsonl --fail-on never)
        case $tool in
            all) cmd=("${mtlint[@]}" "$f") ;;
            glossary) cmd=("${mtlint[@]}" "${others[@]}" "$f") ;;
            typos) cmd=(typos --threads 1 --format brief "$f") ;;
        esac
        # A run of mtlint that fails (a bad flag) must not pass for a fast one (typos
        # exits 2 when it finds typos, mtlint 2 on an error).
        if [ "$tool" != typos ]; then
            "${cmd[@]}" >/dev/null 2>"$work/err.txt" ||
                { echo "failed: ${cmd[*]}: $(head -1 "$work/err.txt")" >&2; exit 2; }
        fi
        n=$(instructions "${cmd[@]}")
        s=$(cpu "${cmd[@]}")
        mbs=$(awk -v b="$size" -v s="$s" 'BEGIN{printf "%.1f", b / 1e6 / s}')
        echo "| $text | $size | $tool | $n | $s | $mbs |"
    done
done
