#!/usr/bin/env bash
# mtlint and translate-toolkit's pofilter side by side (issue 15): both run on a few real
# human pt_BR catalogues (Debian's, from scripts/formats/fetch.sh: tune-half catalogues
# only) and on Apertium's MT of their msgids (scripts/compare/pofilter_mt.py), and
# scripts/compare/pofilter_table.py counts every check of each tool and draws 50 random
# findings of each mtlint rule to read (target/pofilter/sample-*.txt).
#
# Usage: scripts/compare/pofilter.sh [MTLINT]   (default: builds target/release/mtlint)
# Needs: the corpus of scripts/formats/fetch.sh (it also installs translate-toolkit from
# PyPI in target/formats/venv), Debian's apertium, apertium-eng-spa, apertium-es-pt.
# Data: the catalogues are under their packages' licences (GPL-3+ for the GNU tools, see
# fetch.sh); translate-toolkit is GPL-2+; nothing here is committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
corpus="$root/target/formats/corpus"
venv="$root/target/formats/venv"
out="$root/target/pofilter"
[ -d "$corpus" ] || { echo "error: run scripts/formats/fetch.sh first" >&2; exit 2; }
[ -x "$venv/bin/pofilter" ] || "$venv/bin/python" -m pip install -q translate-toolkit==3.20.4
command -v apertium >/dev/null || {
    echo "error: apt-get install apertium apertium-eng-spa apertium-es-pt" >&2
    exit 2
}
bin="${1:-}"
if [ -z "$bin" ]; then
    cargo build --quiet --release --bin mtlint
    bin="$root/target/release/mtlint"
fi
rm -rf "$out" && mkdir -p "$out/human" "$out/mt"
# GNU command-line tools and apt: help texts, options, placeholders (tune half of
# scripts/compare/po_rules.py's split).
for name in wget sed grep tar apt; do
    cp "$corpus/usr_share_locale_pt_BR_LC_MESSAGES_$name.po" "$out/human/$name.po"
    "$venv/bin/python" scripts/compare/pofilter_mt.py "$out/human/$name.po" "$out/mt/$name.po"
done
for kind in human mt; do
    for po in "$out/$kind"/*.po; do
        "$venv/bin/pofilter" --progress=none --language=pt_BR -i "$po" -o "${po%.po}.pofilter"
        "$bin" check --no-config --lang pt --format jsonl "$po" >"${po%.po}.jsonl" || [ $? -eq 1 ]
    done
done
python3 scripts/compare/pofilter_table.py "$out" | tee "$out/report.md"
