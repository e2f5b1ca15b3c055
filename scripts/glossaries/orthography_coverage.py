#!/usr/bin/env python3
"""Compares the old spellings of two versions of glossaries/pt/orthography.toml.

Usage: orthography_coverage.py BEFORE.toml AFTER.toml
Prints how many (old -> current) pairs of BEFORE the AFTER file still has, how many it
adds, and how often the lost and added old forms occur in real text (wordfreq's Portuguese
usage data, summed frequency per million words), with examples. Needs the PyPI package
wordfreq (pinned in fetch_sources.py); used for the figures in QUALITY.md.
"""
import sys
import tomllib

import wordfreq


def pairs(path):
    with open(path, "rb") as f:
        terms = tomllib.load(f)["term"]
    return {(old, t["use"].lower()) for t in terms for old in t.get("avoid", [])}


def per_million(words):
    return sum(wordfreq.word_frequency(w, "pt", wordlist="large") for w in words) * 1e6


def by_usage(ps):
    return sorted(ps, key=lambda p: -wordfreq.word_frequency(p[0], "pt", wordlist="large"))


def origin_of(old, new):
    return "European (silent c/p)" if len(old) > len(new) else "Brazilian (marks)"


def main(before_path, after_path):
    before, after = pairs(before_path), pairs(after_path)
    kept, lost, added = before & after, before - after, after - before
    print(f"pairs before: {len(before)}; after: {len(after)}")
    print(f"kept: {len(kept)}; lost: {len(lost)}; added: {len(added)}")
    for name, group in (("before", before), ("after", after), ("lost", lost), ("added", added)):
        olds = {o for o, _ in group}
        used = sum(1 for o in olds if wordfreq.word_frequency(o, "pt", wordlist="large") > 0)
        print(f"{name}: {len(olds)} old forms, {used} attested in wordfreq, "
              f"{per_million(olds):.1f} per million words of Portuguese")
    for name, group in (("lost", lost), ("added", added)):
        top = by_usage(group)[:25]
        print(f"most used {name}: " + ", ".join(f"{o} -> {n}" for o, n in top))


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
