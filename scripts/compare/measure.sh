#!/usr/bin/env bash
# Measures every piece of mtlint-compare (crates/compare) on real data before any rule
# uses it (issue 15), and writes the figures of QUALITY.md's "Source-aware comparison,
# before rules" to target/compare/summary.txt:
#   - names: scripts/compare/names.sh (gold data/heldout/ntrex-names.gold.tsv);
#   - numbers, copy, length: findings on NTREX-128's human references (false by
#     construction) and Apertium MT outputs, tune and held-out documents apart;
#   - placeholders: Debian's pt_BR catalogues (scripts/formats/fetch.sh, msgunfmt'd), tune
#     and held-out catalogues apart (po_pairs.py), and Apertium MT (en->gl->pt,
#     en->es->pt_BR) of the msgids of wget, wget-gnulib, grep, sed and tar.
#
# Usage: scripts/compare/measure.sh [CORPUS]   (default ../shared/corpora/ntrex-dev)
# Needs: python3; apertium with apertium-en-gl apertium-pt-gl apertium-eng-spa
# apertium-es-pt (Debian) for the placeholder MT; scripts/formats/fetch.sh's venv.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:-$repo/../shared/corpora/ntrex-dev}"
out="$repo/target/compare"
mkdir -p "$out"
bash "$repo/scripts/compare/names.sh" "$corpus" >/dev/null
bin="$repo/target/release/examples/measure"
for check in numbers copy length; do
    for pair in gl:mt-apertium-gl.pt.txt es:mt-apertium-es.pt-BR.txt br:ref.pt-BR.txt pt:ref.pt-PT.txt; do
        "$bin" "$check" "$corpus" "$corpus/${pair#*:}" >"$out/$check-${pair%%:*}.jsonl"
    done
done
[ -d "$repo/target/formats/corpus" ] || bash "$repo/scripts/formats/fetch.sh" >/dev/null
"$repo/target/formats/venv/bin/python" "$repo/scripts/compare/po_pairs.py" "$repo"/target/formats/corpus/*.po >"$out/po-pairs.tsv"
"$bin" placeholders "$out/po-pairs.tsv" - >"$out/ph-human.tsv"
grep -P '^usr_share_locale_pt_BR_LC_MESSAGES_(wget|wget-gnulib|grep|sed|tar)\.po\t' "$out/po-pairs.tsv" >"$out/po-mt-pairs.tsv"
cut -f4 "$out/po-mt-pairs.tsv" >"$out/po-mt-src.txt"
apertium -u en-gl <"$out/po-mt-src.txt" | apertium -u gl-pt >"$out/po-mt-gl.txt"
apertium -u eng-spa <"$out/po-mt-src.txt" | apertium -u es-pt_BR >"$out/po-mt-es.txt"
"$bin" placeholders "$out/po-mt-pairs.tsv" - >"$out/ph-mt-human.tsv"
for mt in gl es; do
    "$bin" placeholders "$out/po-mt-pairs.tsv" "$out/po-mt-$mt.txt" >"$out/ph-mt-$mt.tsv"
done
{
    grep -E '^(###|==|\| (tune|heldout|all) |names)' "$out/names-report.txt"
    for check in numbers copy length; do
        echo "### $check"
        python3 "$repo/scripts/compare/split.py" "$corpus/docids.txt" "$out/$check"-{br,pt,gl,es}.jsonl | grep -v '^  line'
    done
    echo "### placeholders (human pt_BR catalogues)"
    echo "messages: tune $(awk -F'\t' '$2=="tune"' "$out/po-pairs.tsv" | wc -l), heldout $(awk -F'\t' '$2=="heldout"' "$out/po-pairs.tsv" | wc -l)"
    echo "findings: tune $(awk -F'\t' '$1=="tune"' "$out/ph-human.tsv" | wc -l), heldout $(awk -F'\t' '$1=="heldout"' "$out/ph-human.tsv" | wc -l)"
    echo "### placeholders (Apertium MT of $(wc -l <"$out/po-mt-pairs.tsv") msgids; human: $(wc -l <"$out/ph-mt-human.tsv"))"
    for mt in gl es; do
        echo "$mt: $(wc -l <"$out/ph-mt-$mt.tsv") findings"
        cut -f4 "$out/ph-mt-$mt.tsv" | awk '{print "  " $1, $2}' | sort | uniq -c | sort -rn
    done
} >"$out/summary.txt"
cat "$out/summary.txt"
