#!/usr/bin/env python3
"""Writes the word-usage table of mtlint-lexicon (crates/lexicon/data/usage.fst) as TSV.

Source: the `wordfreq` package (PyPI, version pinned by wordfreq.sh), whose word lists
count real usage in news, subtitles, Wikipedia, books, web text and social media. Its code
is Apache-2.0; its data is CC BY-SA 4.0 (attribution: wordfreq by Robyn Speer and the
sources listed in its README), so the table built from it is CC BY-SA 4.0 too.

The table serves only words the Portuguese hunspell lexicon does not know: wordfreq.sh
filters the candidates through it between the two steps.

Usage: wordfreq_usage.py candidates > words.txt
       wordfreq_usage.py table UNKNOWN_WORDS > table.tsv
  `candidates` prints every word the table might hold; `table` prints, for the words of
  UNKNOWN_WORDS (those of the candidates the hunspell lexicon lacks), sorted, one a line:
  word TAB Portuguese Zipf TAB best other language TAB its Zipf (Zipf in tenths: 10 x log10
  of the frequency per billion words, 0 when the word is absent).
"""
import math
import re
import sys
import unicodedata

import wordfreq

# The languages whose usage the table records: the target, then the languages lingua is
# built with in mtlint (the usual sources of MT and pivots). Order = codes in the table.
TARGET = "pt"
OTHERS = ["en", "es", "fr", "it", "de"]
# A word enters the table if Portuguese uses it at all (Zipf >= 1, about one in 100
# million words) or another language uses it often enough to be evidence (Zipf >= 2).
PT_FLOOR = 1.0
OTHER_FLOOR = 2.0
# Only words the tokenizer of mtlint sees as one word: letters and combining marks.
WORD = re.compile(r"^[^\W\d_]+$")


def zipf_lists():
    """Per language: folded word -> Zipf value."""
    out = {}
    for lang in [TARGET] + OTHERS:
        table = {}
        for word, freq in wordfreq.get_frequency_dict(lang, wordlist="large").items():
            word = unicodedata.normalize("NFC", word).lower()
            if not WORD.match(word) or len(word) < 2:
                continue
            z = math.log10(freq * 1e9)
            if z > table.get(word, 0.0):
                table[word] = z
        out[lang] = table
    return out


def candidates(lists):
    words = {w for w, z in lists[TARGET].items() if z >= PT_FLOOR}
    for lang in OTHERS:
        words.update(w for w, z in lists[lang].items() if z >= OTHER_FLOOR)
    return words


def tenths(z):
    return max(0, min(127, round(z * 10)))


def main():
    if len(sys.argv) == 2 and sys.argv[1] == "candidates":
        for word in sorted(candidates(zipf_lists())):
            print(word)
        return
    if len(sys.argv) != 3 or sys.argv[1] != "table":
        sys.exit(__doc__)
    lists = zipf_lists()
    with open(sys.argv[2], encoding="utf-8") as f:
        unknown = sorted({line.strip() for line in f if line.strip()})
    for word in sorted(unknown, key=lambda w: w.encode("utf-8")):
        pt = lists[TARGET].get(word, 0.0)
        best, best_z = 0, 0.0
        for code, lang in enumerate(OTHERS, start=1):
            z = lists[lang].get(word, 0.0)
            if z > best_z:
                best, best_z = code, z
        if best_z < OTHER_FLOOR:
            best, best_z = 0, 0.0
        if pt < PT_FLOOR and best == 0:
            continue
        print(f"{word}\t{tenths(pt)}\t{best}\t{tenths(best_z)}")


if __name__ == "__main__":
    main()
