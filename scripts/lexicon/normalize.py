#!/usr/bin/env python3
"""Reads unmunch output on stdin, writes the lexicon's words on stdout, sorted by bytes.

Each line is "word[/flags][<tab>morphology]". A word is folded the way mtlint's tokenizer
folds text (NFC, lowercase) and split where the tokenizer splits (anything that is not a
letter, digit or combining mark: hyphens, apostrophes, full stops), so every part is
something a look-up can ask for.
"""
import re
import sys
import unicodedata

SPLIT = re.compile(r"[^\w]|_|\d", re.UNICODE)


def parts(line):
    word = re.split(r"[/\t ]", line.strip(), maxsplit=1)[0]
    word = unicodedata.normalize("NFC", word).lower()
    for part in SPLIT.split(word):
        if part and not part.isdigit():
            yield part


def main():
    words = set()
    for line in sys.stdin:
        words.update(parts(line))
    for word in sorted(words, key=lambda w: w.encode("utf-8")):
        sys.stdout.write(word + "\n")


if __name__ == "__main__":
    main()
