#!/usr/bin/env python3
"""Writes the translated messages of PO catalogues as TSV rows for mtlint-compare's
measuring example: catalogue, part (tune / heldout), flavour (c / python / any), source,
target, with backslash, tab and newline escaped (\\\\, \\t, \\n). A plural entry gives
two rows: msgid with msgstr[0] (flavour `singular`: its number may be spelled out) and
msgid_plural with each further msgstr.

A catalogue is held out when the SHA-256 of 'mtlint-heldout-v1:debian-po:NAME' is 0
modulo 3 (the rule of scripts/quality/split.py), NAME the file name.

Usage: po_pairs.py CATALOGUE.po... > pairs.tsv   (needs translate-toolkit: the venv of
scripts/formats/fetch.sh, target/formats/venv/bin/python)
"""
import hashlib
import os
import sys

from translate.storage import po


def esc(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def part_of(name):
    digest = hashlib.sha256(f"mtlint-heldout-v1:debian-po:{name}".encode("utf-8")).digest()
    return "heldout" if int.from_bytes(digest, "big") % 3 == 0 else "tune"


def flavour(unit):
    flags = " ".join(unit.getflags() if hasattr(unit, "getflags") else [])
    if "python-format" in flags or "python-brace-format" in flags:
        return "python"
    if "no-c-format" in flags:
        return "none"
    if "c-format" in flags:
        return "c"
    return "any"


def main(paths):
    out = sys.stdout
    for path in paths:
        name = os.path.basename(path)
        part = part_of(name)
        store = po.pofile.parsefile(path)
        for unit in store.units:
            if unit.isheader() or not unit.istranslated() or unit.isfuzzy():
                continue
            kind = flavour(unit)
            if unit.hasplural():
                sources = unit.source.strings
                targets = unit.target.strings
                if targets:
                    out.write("\t".join([name, part, "singular", esc(sources[0]), esc(targets[0])]) + "\n")
                for t in targets[1:]:
                    out.write("\t".join([name, part, kind, esc(sources[-1]), esc(t)]) + "\n")
            else:
                out.write("\t".join([name, part, kind, esc(unit.source), esc(unit.target)]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
