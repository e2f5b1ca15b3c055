#!/usr/bin/env bash
# Untuned clean Portuguese, second set (issue 16, session 8). Every corpus of corpora.sh
# was read in earlier sessions (its held-out third too, at the end of session 7), so this
# set takes text from Debian packages no session has checked, used whole (no tune part),
# and is to be checked once, after the rule work of the session that built it.
#
#   focalinux-pt-BR   focalinux-text (Guia Foca GNU/Linux; GFDL-1.1+), by numbered section
#   handbook-pt-BR    debian-handbook, pt-BR HTML (GPL-2+ or CC-BY-SA-3.0), by page
#   debref-pt-BR      debian-reference-pt-br (GPL-2+), by chapter (the pt-PT one is used)
#   faq-pt            debian-faq-pt (GPL-2+), by HTML page
#   install-pt        installation-guide-amd64, pt HTML (GPL-2+), by page
#   gnome-pt-BR, gnome-pt-PT  gnome-user-docs, help/pt_BR and help/pt (CC-BY-SA-3.0), by page
#
# Writes WORK/corpora/CORPUS/NNNN.txt (one document a file) and checks them against the
# committed lists data/untuned2/CORPUS.txt (--write-list writes them: only for new text).
# With MTLINT, checks every document on its own with every rule (as untuned.sh does) and
# writes WORK/untuned2.jsonl, .md and .review.tsv.
# Usage: scripts/quality/untuned2.sh WORK [MTLINT] [--write-list]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
q=$root/scripts/quality
write=()
args=()
for a in "$@"; do
    if [ "$a" = --write-list ]; then write=(--write-list); else args+=("$a"); fi
done
[ ${#args[@]} -ge 1 ] || { echo "usage: $0 WORK [MTLINT] [--write-list]" >&2; exit 2; }
mkdir -p "${args[0]}"
work=$(realpath "${args[0]}")
mtlint=""
[ ${#args[@]} -ge 2 ] && mtlint=$(realpath "${args[1]}")

cd "$work"
for p in focalinux-text debian-handbook debian-reference-pt-br debian-faq-pt \
    installation-guide-amd64 gnome-user-docs; do
    if [ ! -d "x-$p" ]; then
        ls "${p}"_*.deb >/dev/null 2>&1 || apt-get download "$p" >/dev/null 2>&1
        dpkg -x "${p}"_*.deb "x-$p"
    fi
done
deb() { echo "Debian $1 $(dpkg-deb -f "$1"_*.deb Version) ($2)"; }
blocks() { python3 "$q/blocks.py" --tag "$@"; }
mkdir -p tagged
rm -rf corpora
python3 "$q/untuned2.py" text x-focalinux-text/usr/share/doc/focalinux/text/*/index.txt.gz \
    >tagged/focalinux-pt-BR.tsv
blocks $(find x-debian-handbook/usr/share/doc/debian-handbook/html/pt-BR -maxdepth 1 -name '*.html' | sort) \
    >tagged/handbook-pt-BR.tsv
blocks x-debian-reference-pt-br/usr/share/debian-reference/*.pt-br.html >tagged/debref-pt-BR.tsv
blocks $(find x-debian-faq-pt -name '*.html' | sort) >tagged/faq-pt.tsv
blocks $(find x-installation-guide-amd64/usr/share/doc/installation-guide-amd64/pt -name '*.html' | sort) \
    >tagged/install-pt.tsv
blocks $(find x-gnome-user-docs/usr/share/help/pt_BR -name '*.page' | sort) >tagged/gnome-pt-BR.tsv
blocks $(find x-gnome-user-docs/usr/share/help/pt -name '*.page' | sort) >tagged/gnome-pt-PT.tsv
source_of() {
    case $1 in
        focalinux-pt-BR) deb focalinux-text "GFDL-1.1+, by section" ;;
        handbook-pt-BR) deb debian-handbook "GPL-2+ or CC-BY-SA-3.0, by page" ;;
        debref-pt-BR) deb debian-reference-pt-br "GPL-2+, by chapter" ;;
        faq-pt) deb debian-faq-pt "GPL-2+, by page" ;;
        install-pt) deb installation-guide-amd64 "GPL-2+, by page" ;;
        gnome-pt-*) deb gnome-user-docs "CC-BY-SA-3.0, by page" ;;
    esac
}
printf 'corpus\tdocuments\tlines\twords\n' >sizes.tsv
for t in tagged/*.tsv; do
    c=$(basename "$t" .tsv)
    python3 "$q/untuned2.py" write "$c" "$t" corpora "${write[@]}" --note "$(source_of "$c")" >>sizes.tsv
done
column -t -s $'\t' sizes.tsv
awk -F'\t' 'NR > 1 { l += $3; w += $4 } END { printf "all: %d lines, %d words\n", l, w }' sizes.tsv

[ -n "$mtlint" ] || exit 0
lang_of() {
    case $1 in *-pt-BR) echo pt-BR ;; *-pt-PT) echo pt-PT ;; *) echo pt ;; esac
}
: >"$work/untuned2.jsonl"
for c in corpora/*/; do
    c=${c%/}
    "$mtlint" check --no-config --lang "$(lang_of "$(basename "$c")")" --format jsonl \
        --fail-on never "$c" >>"$work/untuned2.jsonl"
done
python3 "$q/untuned_report.py" "$work/corpora" "$work/untuned2.jsonl" "$work/untuned2"
