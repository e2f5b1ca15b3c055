#!/usr/bin/env python3
"""Counts the findings of the source-aware rules of issue 15 (session 7) on NTREX-128:
`untranslated` with the source (its findings that name the source: "is copied from the
source", "is its source unchanged"), `omission` and `term-mismatch`, per output file,
tune and held-out documents apart (data/heldout/ntrex-dev.txt), per 1,000 lines, and
lists the tune findings for review. The held-out figures are printed only with
--heldout, and listed only with --list-heldout: both after the rule work.

Usage: source_rules.py DOCIDS [--heldout] [--list-heldout] NAME=FINDINGS.jsonl...
  FINDINGS.jsonl: `mtlint check --format jsonl --source src.en.txt TARGET`, whose
  start.line is the corpus line.
Data: NTREX-128 (Microsoft, CC BY-SA 4.0).
"""
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE_MARKS = ("is copied from the source", "is its source unchanged")


def kind(finding):
    """The measured rule a finding belongs to, or None."""
    rule = finding.get("rule")
    if rule == "untranslated":
        message = finding.get("message", "")
        return "untranslated (source)" if any(m in message for m in SOURCE_MARKS) else None
    return rule if rule in ("omission", "term-mismatch") else None


def main(argv):
    list_heldout = "--list-heldout" in argv
    heldout = list_heldout or "--heldout" in argv
    argv = [a for a in argv if a not in ("--list-heldout", "--heldout")]
    docids = [l.strip() for l in open(argv[0], encoding="utf-8")]
    held = {l.strip() for l in open(os.path.join(REPO, "data", "heldout", "ntrex-dev.txt"), encoding="utf-8")
            if l.strip() and not l.startswith("#")}
    lines = {"tune": sum(d not in held for d in docids), "heldout": sum(d in held for d in docids)}
    print(f"lines: tune {lines['tune']}, held-out {lines['heldout']}")
    print("| file | rule | tune | per 1,000 | held-out | per 1,000 |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    listed = []
    for arg in argv[1:]:
        name, path = arg.split("=", 1)
        counts = {}
        for raw in open(path, encoding="utf-8"):
            if not raw.strip():
                continue
            finding = json.loads(raw)
            k = kind(finding)
            if k is None:
                continue
            n = finding["start"]["line"]
            part = "heldout" if docids[n - 1] in held else "tune"
            counts.setdefault(k, {"tune": 0, "heldout": 0})[part] += 1
            if part == "tune" or list_heldout:
                listed.append(f"{name}\t{part}\t{k}\tline {n}\t{finding.get('message', '')}")
        for k in ("untranslated (source)", "omission", "term-mismatch"):
            c = counts.get(k, {"tune": 0, "heldout": 0})
            per = {p: 1000 * c[p] / lines[p] for p in c}
            shown = f"{c['heldout']} | {per['heldout']:.1f}" if heldout else "- | -"
            print(f"| {name} | {k} | {c['tune']} | {per['tune']:.1f} | {shown} |")
    print()
    print("\n".join(listed))


if __name__ == "__main__":
    main(sys.argv[1:])
