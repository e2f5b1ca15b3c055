#!/usr/bin/env python3
"""Builds crates/lexicon/data/en/demonyms.txt: the English adjectives and nouns of nations,
peoples and places ("German", "Korean", "Chinese", "Welsh"), which English capitalises but
which are no names: a target translates them ("alemão"), and a demonym before a
capitalised word ("German Navy") is no given name before a surname.

Made from two sources, neither of them a list of test words:
- the capitalised entries of Debian wamerican (SCOWL, Kevin Atkinson; HPND-style notice,
  copied into the file's header), the candidates;
- the place names of the shipped country and city glossaries (glossaries/pt/countries.toml
  from CLDR via PyPI babel, Unicode License v3, cross-checked with Debian iso-codes,
  LGPL-2.1+; glossaries/pt/cities.toml from Debian libgweather-4-common, GPL-2+), the
  evidence: a candidate is kept when it is a place's stem plus an English demonym ending
  ("Korea" -> "Korean", "Sudan" -> "Sudanese");
- the English-Portuguese FreeDict table (crates/lexicon/data/pt/from-en.tsv, Debian
  dict-freedict-eng-por, GPL-2.0-or-later): a capitalised-only wamerican word with a
  demonym ending that FreeDict translates into a lowercase Portuguese word ending as
  Portuguese demonyms do ("danish" -> "dinamarquês") is one too.

Usage: python3 scripts/compare/english_demonyms.py   (needs wamerican: apt-get install wamerican)
"""
import pathlib
import re
import subprocess
import sys
import tomllib

REPO = pathlib.Path(__file__).resolve().parents[2]
WORDS = pathlib.Path("/usr/share/dict/american-english")
ENDINGS = ["ian", "ean", "an", "ese", "ish", "i", "ic"]
# Portuguese demonym endings (masculine singular), for the FreeDict test.
PT_ENDINGS = ("ano", "ana", "ense", "ês", "eno", "ino", "ico", "ica", "ita", "ão", "eu", "ol", "aco", "ego", "ro", "io", "ta", "uz", "che", "im")


def places():
    names = set()
    for f in ("countries.toml", "cities.toml"):
        data = tomllib.loads((REPO / "glossaries/pt" / f).read_text())
        for term in data.get("term", []):
            if term.get("kind") != "place":
                continue
            for s in term.get("source", []):
                for w in re.split(r"[ -]", s):
                    if len(w) >= 4 and w[:1].isupper():
                        names.add(w)
    return names


def prefix(a, b):
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def near_place(word, names):
    """The word is a place's name, less up to two final letters, plus a demonym ending
    ("Bolivi|a" + "an", "Mexic|o" + "an"), or a place's whole name plus one ("Sudan" +
    "ese", "Iraq" + "i"). A stem of three letters takes only a place ending in "a" ("Cub|a"):
    shorter stems would take given names ("Toni", "Brian")."""
    for e in ENDINGS:
        if not word.endswith(e):
            continue
        stem = word[: -len(e)]
        for p in names:
            if len(stem) >= 4 and ((stem.startswith(p) and len(stem) - len(p) <= 1) or (p.startswith(stem) and len(p) - len(stem) <= 2)):
                return True
            if len(stem) == 3 and p == stem + "a":
                return True
    return False


def by_table(word, table):
    """FreeDict translates the word as a Portuguese demonym, and not by adding a vowel (a
    given name: "Adrian" -> "adriano")."""
    lower = word.lower()
    for t in table.get(lower, []):
        if not t.endswith(PT_ENDINGS):
            continue
        if word.endswith(("ian", "an")) and t[:-1] == lower:
            continue
        return True
    return False


def freedict():
    table = {}
    for line in (REPO / "crates/lexicon/data/pt/from-en.tsv").read_text().splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        en, pt = line.split("\t", 1)
        table[en] = pt.split()
    return table


def main():
    if not WORDS.exists():
        sys.exit("needs Debian wamerican (apt-get install wamerican)")
    version = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "wamerican"], capture_output=True, text=True
    ).stdout.strip()
    entries = WORDS.read_text().split("\n")
    lower = {w for w in entries if w.islower()}
    names = places()
    table = freedict()
    out = set()
    for w in entries:
        if not re.fullmatch(r"[A-Z][a-z]+", w) or w.lower() in lower or w in names:
            continue
        if not any(w.endswith(e) for e in ENDINGS + ["sh", "ch"]):
            continue
        by_place = near_place(w, names) and any(w.endswith(e) for e in ENDINGS)
        if by_place or by_table(w, table):
            out.add(w)
    dest = REPO / "crates/lexicon/data/en/demonyms.txt"
    header = [
        f"# English demonyms (nations, peoples, places): capitalised entries of Debian wamerican {version}",
        "# (SCOWL, Kevin Atkinson) that are a place name of glossaries/pt/countries.toml or",
        "# cities.toml plus a demonym ending, or that the FreeDict English-Portuguese table",
        "# (Debian dict-freedict-eng-por, GPL-2.0-or-later) translates as a Portuguese demonym.",
        "# Built by scripts/compare/english_demonyms.py; one a line, sorted bytewise.",
        "# Licence of the word list: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy,",
        "#   modify, distribute and sell these word lists, the associated scripts, the output created",
        "#   from the scripts, and its documentation for any purpose is hereby granted without fee,",
        "#   provided that the above copyright notice appears in all copies and that both that",
        "#   copyright notice and this permission notice appear in supporting documentation. Kevin",
        "#   Atkinson makes no representations about the suitability of this array for any purpose.",
        "#   It is provided \"as is\" without express or implied warranty.",
        "# Place names: CLDR (Unicode License v3), Debian iso-codes (LGPL-2.1+), libgweather (GPL-2+).",
    ]
    dest.write_text("\n".join(header + sorted(out, key=lambda s: s.encode())) + "\n")
    print(f"wrote {dest} ({len(out)} words)")


if __name__ == "__main__":
    main()
