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

cat >"$work/l10n.py" <<'PY'
# The translated strings of Mozilla language packs (.ftl Fluent files and .properties
# files below the folders named on the command line), one a line; strings of fewer than
# five words and repeated strings are dropped.
import html, os, re, sys
def values_ftl(text):
    cur = None
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            if cur is not None:
                yield cur
            cur = None
            continue
        m = re.match(r"^-?[A-Za-z][\w-]*\s*=\s*(.*)$", line)
        a = re.match(r"^\s+\.[\w-]+\s*=\s*(.*)$", line)
        if m or a:
            if cur is not None:
                yield cur
            cur = (m or a).group(1)
        elif line[:1].isspace() and cur is not None and not re.match(r"^\s*[\[*}]", line):
            cur += " " + line.strip()
        elif cur is not None:
            yield cur
            cur = None
    if cur is not None:
        yield cur
def values_properties(text):
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "!")) and "=" in line:
            yield line.split("=", 1)[1]
def clean(v):
    # Fluent term references to a brand name read as the brand; a string with any other
    # placeholder (a variable, a selector, printf's %S) is dropped, as its words around the
    # hole would not read as the prose the user sees.
    v = re.sub(r"\{\s*-brand-[\w-]*\s*\}", "Firefox", v)
    v = re.sub(r"\{\s*-vendor-short-name\s*\}", "Mozilla", v)
    if re.search(r"[{}]|%(\d+\$)?[A-Za-z]|#\d|\$\w", v):
        return ""
    v = re.sub(r"<[^>]*>", "", v)                 # markup
    v = html.unescape(v)
    v = v.replace("\\n", " ").replace("\\u00A0", "\u00a0")
    return " ".join(v.split())
seen = set()
for root in sys.argv[1:]:
    for dirpath, _, files in sorted(os.walk(root)):
        for f in sorted(files):
            text = open(os.path.join(dirpath, f), encoding="utf-8", errors="replace").read()
            if f.endswith(".ftl"):
                vals = values_ftl(text)
            elif f.endswith(".properties"):
                vals = values_properties(text)
            else:
                continue
            for v in vals:
                v = clean(v)
                if len(v.split()) >= 5 and v not in seen and not re.search(r"[;|]\s*\S+\s*[;|]", v):
                    seen.add(v)
                    print(v)
PY

cat >"$work/function_words.py" <<'PY'
# Whether a line's words hold more English function words than Portuguese ones: such a
# line is English the translation left, not Portuguese prose (used by mo.py and man.py).
EN = set("the of and to is in for that with this be are on as by it an or from which can you "
         "your will not at if when".split())
PT = set("o a os as de do da dos das e é em no na nos nas um uma para com que por se ao à "
         "pelo pela não mais como ou seu sua".split())


def more_english(words):
    return sum(w in EN for w in words) > sum(w in PT for w in words)
PY

cat >"$work/mo.py" <<'PY'
# The translations (msgstr) of the gettext .mo catalogues named on the command line, one a
# line: markup, accelerator marks (~ and _ before a letter) and entities removed; a string
# with a placeholder (%s, %1, $(ARG1), {0}, $name$) is dropped, as its words around the
# hole would not read as the prose the user sees; strings of fewer than five words,
# repeated strings and strings more English than Portuguese are dropped.
import gettext, html, re, sys
from function_words import more_english
seen = set()
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        cat = gettext.GNUTranslations(f)._catalog
    for key, value in cat.items():
        if not key or not isinstance(value, str):
            continue
        for v in value.split("\x00"):
            if re.search(r"%\w|%\d|\$\(|\{\w*\}|\$\w+\$|[{}]", v):
                continue
            v = re.sub(r"<[^>]*>", "", v)
            v = html.unescape(v).replace("~", "")
            v = re.sub(r"(?<!\w)_(?=\w)", "", v)
            for line in v.split("\n"):
                line = " ".join(line.split())
                words = re.findall(r"[^\W\d_]+", line.lower())
                if (len(line.split()) >= 5 and line not in seen
                        and not more_english(words)):
                    seen.add(line)
                    print(line)
PY

cat >"$work/man.py" <<'PY'
# The paragraphs of the man pages named on the command line, one a line: each page is
# rendered by man(1) without hyphenation or justification on a very wide line, so a
# paragraph comes out as one line; lines of fewer than five words, lines that look like a
# command synopsis or an option list (starting with "-", holding "[" or "|"), and lines with
# more English function words than Portuguese ones are dropped.
import os, re, subprocess, sys
from function_words import more_english
env = dict(os.environ, MANWIDTH="4000", LANG="C.UTF-8", MAN_KEEP_FORMATTING="")
seen = set()
for path in sys.argv[1:]:
    out = subprocess.run(["man", "--nj", "--nh", "-E", "UTF-8", "-l", path], env=env,
                         capture_output=True, text=True, errors="replace").stdout
    out = re.sub(r".\x08", "", out)
    for line in out.splitlines():
        line = " ".join(line.split())
        words = re.findall(r"[^\W\d_]+", line.lower())
        if (len(line.split()) < 5 or line in seen or line.startswith("-")
                or re.search(r"[\[|]", line)
                or more_english(words)):
            continue
        seen.add(line)
        print(line)
PY

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
python3 l10n.py xpi-firefox-esr-pt-br xpi-thunderbird-pt-br >mozilla-pt-BR.txt
python3 l10n.py xpi-firefox-esr-pt-pt xpi-thunderbird-pt-pt >mozilla-pt-PT.txt
blocks x-lilypond-doc-html-pt/usr/share/doc/lilypond/html/Documentation/web-big-page.pt.html >lilypond-pt-BR.txt
blocks $(find x-ubuntu-packaging-guide-html-pt-br -name '*.html' -type f | sort) >ubuntu-pkg-pt-BR.txt
python3 mo.py $(find x-libreoffice-l10n-pt-br -name '*.mo' | sort) >lo-ui-pt-BR.txt
python3 mo.py $(find x-libreoffice-l10n-pt -name '*.mo' | sort) >lo-ui-pt-PT.txt
python3 man.py $(find x-manpages-pt-br/usr/share/man -name '*.gz' | sort) >man-pt-BR.txt

: >found.jsonl
for f in debref-pt-PT lo-ui-pt-BR lo-ui-pt-PT mozilla-pt-BR mozilla-pt-PT lilypond-pt-BR ubuntu-pkg-pt-BR man-pt-BR; do
    lang=pt-BR
    case $f in *pt-PT) lang=pt-PT ;; esac
    echo "== $f.txt: $(wc -l <"$f.txt") lines, $(wc -w <"$f.txt") words, --lang $lang"
    "$mtlint" check --no-config --lang "$lang" --format jsonl "$f.txt" >>found.jsonl || true
done
python3 "$summarise" found.jsonl --most 60
