#!/usr/bin/env bash
# Every rule on more real, clean, human Portuguese that mtlint was not tuned on (session 4):
# about 440,000 words in eight files, pt-BR and pt-PT, none of them used before (unseen.sh,
# fortunes.sh and the NTREX references are the earlier corpora). Each file is checked with
# its own --lang. A finding is either a real error of the text or a false positive.
#
# Sources (Debian packages, downloaded here, not committed), with their licences:
#   - Debian Reference 2.100 (Osamu Aoki), Portuguese translation: debian-reference-pt
#     (GPL-2+), European spelling. (debian-reference-pt-br holds the same pt-PT text with a
#     few words changed, so it is left out: it would count the same sentences twice.)
#   - Firefox ESR 153 and Thunderbird 153 language packs, pt-BR and pt-PT:
#     firefox-esr-l10n-pt-br/-pt-pt, thunderbird-l10n-pt-br/-pt-pt (Mozilla's
#     translations, MPL-2.0): the strings of their Fluent (.ftl) and .properties files.
#   - The LilyPond 2.24 web manual in Portuguese (lilypond-doc-html-pt, GFDL-1.3+),
#     Brazilian spelling ("arquivo"): checked with --lang pt-BR.
#   - The Ubuntu Packaging Guide 1.0.4 in pt-BR (ubuntu-packaging-guide-html-pt-br,
#     CC-BY-SA-3.0).
#   - The LibreOffice 7.4 user interface, pt-BR and pt-PT: the gettext catalogues of
#     libreoffice-l10n-pt-br and libreoffice-l10n-pt (MPL-2.0; not the help, which
#     unseen.sh uses).
#   - The Brazilian Portuguese man pages of manpages-pt-br 4.18.1 (GPL-3+).
# HTML is cut into its blocks of text as in unseen.sh (same blocks.py: no <pre>, <code>,
# <kbd>; lines of fewer than five words, repeated lines and lines more English than
# Portuguese dropped). Language-pack strings keep brand names (the term reference
# { -brand-short-name } reads "Firefox"); a string with any other placeholder ({ $n },
# %S, #1) is dropped, so no hole is left in a sentence. Man pages are rendered by man(1)
# on a very wide line without hyphenation, one paragraph a line; synopsis and option lines
# (starting with "-", holding "[" or "|") are dropped. Catalogue strings lose their
# accelerator marks (~, _) and markup, and a string with a placeholder is dropped.
# Usage: scripts/quality/unseen2.sh [path/to/mtlint] [folder to keep the texts and findings]
# (needs apt-get download, dpkg, unzip, man, python3)
# Findings of the session-4 review are in QUALITY.md, "Unseen text (session 4)".
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/quality/common.sh "$@"

cd "$work"
for p in debian-reference-pt libreoffice-l10n-pt-br libreoffice-l10n-pt firefox-esr-l10n-pt-br \
    firefox-esr-l10n-pt-pt thunderbird-l10n-pt-br thunderbird-l10n-pt-pt \
    lilypond-doc-html-pt ubuntu-packaging-guide-html-pt-br manpages-pt-br; do
    apt-get download "$p" >/dev/null 2>&1
    rm -rf "x-$p"
    dpkg -x "${p}"_*.deb "x-$p"
done
for v in pt-br pt-pt; do
    for app in firefox-esr thunderbird; do
        rm -rf "xpi-$app-$v" && mkdir "xpi-$app-$v"
        unzip -q -d "xpi-$app-$v" "$(find "x-$app-l10n-$v" -name '*.xpi')"
    done
done

blocks x-debian-reference-pt/usr/share/debian-reference/*.pt.html >debref-pt-PT.txt
python3 "$quality/l10n.py" xpi-firefox-esr-pt-br xpi-thunderbird-pt-br >mozilla-pt-BR.txt
python3 "$quality/l10n.py" xpi-firefox-esr-pt-pt xpi-thunderbird-pt-pt >mozilla-pt-PT.txt
blocks x-lilypond-doc-html-pt/usr/share/doc/lilypond/html/Documentation/web-big-page.pt.html >lilypond-pt-BR.txt
blocks $(find x-ubuntu-packaging-guide-html-pt-br -name '*.html' -type f | sort) >ubuntu-pkg-pt-BR.txt
python3 "$quality/mo.py" $(find x-libreoffice-l10n-pt-br -name '*.mo' | sort) >lo-ui-pt-BR.txt
python3 "$quality/mo.py" $(find x-libreoffice-l10n-pt -name '*.mo' | sort) >lo-ui-pt-PT.txt
python3 "$quality/man.py" $(find x-manpages-pt-br/usr/share/man -name '*.gz' | sort) >man-pt-BR.txt

: >found.jsonl
for f in debref-pt-PT lo-ui-pt-BR lo-ui-pt-PT mozilla-pt-BR mozilla-pt-PT lilypond-pt-BR ubuntu-pkg-pt-BR man-pt-BR; do
    lang=pt-BR
    case $f in *pt-PT) lang=pt-PT ;; esac
    echo "== $f.txt: $(wc -l <"$f.txt") lines, $(wc -w <"$f.txt") words, --lang $lang"
    "$mtlint" check --no-config --lang "$lang" --format jsonl "$f.txt" >>found.jsonl || true
done
python3 "$summarise" found.jsonl --most 60
