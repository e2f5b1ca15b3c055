#!/usr/bin/env python3
"""Converts a FreeDict dictd database (index + uncompressed dict) to a TSV of
single-word English headwords and their single-word Portuguese translations.

Usage: freedict_to_tsv.py INDEX DICT VERSION > out.tsv

Each output line is "english<TAB>pt pt pt", lowercase, NFC. Only one-word headwords of
letters and one-word translations are kept: the rule looks up one name part at a time and
compares it with one word of the text. Feminine and plural forms of each translation are
added ("filho" gives "filha", "filhos", "filhas") because the text agrees the translated
word with its sentence, not with the dictionary.
"""
import re
import sys
import unicodedata

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
WORD = re.compile(r"^[^\W\d_]+$")


def b64(s):
    n = 0
    for c in s:
        n = n * 64 + B64.index(c)
    return n


def fold(s):
    return unicodedata.normalize("NFC", s).strip().lower()


def inflections(word):
    if word.endswith("o"):
        return [word, word[:-1] + "a", word + "s", word[:-1] + "as"]
    if word.endswith("a"):
        return [word, word + "s"]
    return [word]


def translations(body):
    """The translation lines of one entry (after its headword line)."""
    out = []
    for line in body.split("\n")[1:]:
        line = re.sub(r"^\s*\d+\.\s*", "", line)
        for part in line.split(","):
            part = fold(part)
            if WORD.match(part):
                out.extend(inflections(part))
    return out


def main():
    index_path, dict_path, version = sys.argv[1:4]
    data = open(dict_path, "rb").read()
    table = {}
    for line in open(index_path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 3 or fields[0].startswith("00-database"):
            continue
        head = fold(fields[0])
        if not WORD.match(head):
            continue
        body = data[b64(fields[1]) : b64(fields[1]) + b64(fields[2])].decode("utf-8")
        words = [w for w in translations(body) if w != head]
        if words:
            seen = table.setdefault(head, [])
            seen.extend(w for w in words if w not in seen)
    print(f"# English words and common Portuguese translations, from Debian's {version}")
    print("# (FreeDict English-Portuguese 0.3, Copyright 1999-2017 FreeDict contributors,")
    print("# GNU GPL version 2 or later). Built by scripts/names/build_translations.sh.")
    print("# Format: english<TAB>space-separated Portuguese words, lowercase NFC.")
    for head in sorted(table):
        print(head + "\t" + " ".join(table[head]))


if __name__ == "__main__":
    main()
