#!/usr/bin/env python3
"""Findings of `mtlint check --format jsonl` per rule: how many, and the distinct texts with
their fixes, most frequent first. Shared by the scripts of scripts/quality/.

Usage: summarise.py FINDINGS.jsonl [--most N]   (N: distinct texts shown per rule; all by default)
"""
import collections
import json
import sys


def main(argv):
    if not argv or argv[0].startswith("-"):
        sys.exit(__doc__)
    most = int(argv[argv.index("--most") + 1]) if "--most" in argv else None
    by_rule = collections.defaultdict(collections.Counter)
    for line in open(argv[0], encoding="utf-8"):
        f = json.loads(line)
        fix = "/".join(s["replacement"] for s in f["suggestions"])
        by_rule[f["rule"]][f["text"] + (f" → {fix}" if fix else "")] += 1
    for rule, found in sorted(by_rule.items()):
        print(f"{rule}: {sum(found.values())} findings, {len(found)} distinct")
        shown = found.most_common(most)
        more = len(found) - len(shown)
        print("   " + "; ".join(f"{k} ×{n}" if n > 1 else k for k, n in shown)
              + (f"; ... and {more} more" if more else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
