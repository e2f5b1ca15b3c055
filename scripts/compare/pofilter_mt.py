#!/usr/bin/env python3
"""Writes a PO catalogue whose msgstr are Apertium's machine translation of the msgids of
a human catalogue (English -> Spanish -> Brazilian Portuguese, Debian's apertium-eng-spa
and apertium-es-pt), for scripts/compare/pofilter.sh. Run with the venv's python
(translate-toolkit reads and writes the PO).

Usage: pofilter_mt.py HUMAN.po MT.po
Each msgid goes to Apertium as one HTML paragraph (`-f html`: Apertium's plain-text
mode moves words across line breaks, so a message's words would land in the next one;
line breaks are written as the two characters backslash-n and restored after); `-u` drops Apertium's marks of unknown words, as a real
MT output has none. Plural entries keep their human msgstr out: only singular entries
are translated, the others are left untranslated and skipped by both checkers.
"""
import html
import re
import subprocess
import sys

from translate.storage import po


def apertium(lines):
    text = "".join(f"<p>{html.escape(l, quote=False)}</p>\n" for l in lines)
    es = subprocess.run(["apertium", "-f", "html", "-u", "eng-spa"], input=text, capture_output=True, text=True, check=True)
    pt = subprocess.run(["apertium", "-f", "html", "-u", "es-pt_BR"], input=es.stdout, capture_output=True, text=True,
                        check=True)
    out = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", pt.stdout, re.S)]
    if len(out) != len(lines):
        sys.exit(f"apertium returned {len(out)} paragraphs for {len(lines)}")
    return out


def main(src, dst):
    store = po.pofile.parsefile(src)
    units = [u for u in store.units if not u.isheader() and u.source and not u.hasplural() and u.istranslated()]
    for u in store.units:
        if not u.isheader() and u not in units:
            u.target = ""
    lines = [u.source.replace("\\", "\\\\").replace("\n", "\\n") for u in units]
    for u, mt in zip(units, apertium(lines)):
        mt = mt.replace("\\n", "\n").replace("\\\\", "\\")
        # A paragraph starts a sentence for Apertium: keep the msgid's lowercase start.
        if u.source[:1].islower() and mt[:1].isupper():
            mt = mt[0].lower() + mt[1:]
        u.target = mt
    store.savefile(dst)


if __name__ == "__main__":
    main(*sys.argv[1:3])
