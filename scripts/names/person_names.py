#!/usr/bin/env python3
"""Writes the given names and surnames of Faker's person providers, one a line, folded.

Usage: person_names.py FAKER_DIR > names.txt

FAKER_DIR is the `faker` package folder (for example from `pip download faker==40.54.0
--no-deps` unzipped). Faker is MIT-licensed (Copyright (c) 2012 Daniele Faraglia); its name
lists come from national name statistics of each locale. Only names in Latin script are
kept, lowercased and NFC-normalised: the forms mtlint folds a word to. Sorted by bytes
(code points), as `build_lexicon` needs. scripts/names/person_names.sh runs it.
"""
import importlib
import sys
import unicodedata
from pathlib import Path

NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female",
                   "first_names_nonbinary", "last_names", "last_names_male",
                   "last_names_female")


def words_of(value):
    if isinstance(value, dict):
        return list(value.keys())
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    return []


def latin(word):
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in word)


def main():
    faker_dir = Path(sys.argv[1]).resolve()
    sys.path.insert(0, str(faker_dir.parent))
    names = set()
    for locale in sorted(p.name for p in (faker_dir / "providers" / "person").iterdir()
                         if p.is_dir() and not p.name.startswith("__")):
        module = importlib.import_module(f"faker.providers.person.{locale}")
        provider = module.Provider
        for attr in NAME_ATTRIBUTES:
            for name in words_of(getattr(provider, attr, ())):
                # "Mac Donald", "Van Dijk": each word of a name is a name word.
                for word in name.replace("-", " ").split():
                    word = unicodedata.normalize("NFC", word.strip(".,")).lower()
                    if len(word) >= 3 and word.isalpha() and latin(word):
                        names.add(word)
    for word in sorted(names):
        print(word)


if __name__ == "__main__":
    main()
