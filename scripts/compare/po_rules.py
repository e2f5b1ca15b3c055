#!/usr/bin/env python3
"""Counts the findings of the source-aware rules of issue 15 (session 7: `untranslated`
with the source, `omission`, `term-mismatch`) on real human PO catalogues (Debian's
pt_BR catalogues of scripts/formats/fetch.sh), per 1,000 messages, tune and held-out
catalogues apart (po_pairs.py's rule: SHA-256 of 'mtlint-heldout-v1:debian-po:NAME' = 0
mod 3), and lists the tune findings.

Usage: po_rules.py [--list] [--untuned] MTLINT PO...   (runs `MTLINT check --format jsonl --lang pt` on
each). With --untuned every catalogue counts as one untuned part (the set of
scripts/formats/fetch_untuned.sh or fetch_untuned2.sh, measured once after the rule work)
and nothing is listed unless --list asks (a set that was measured once is tuned from then
on and may be listed). Session 9 added number-mismatch, placeholder-mismatch and
missing-name to the counted rules.
The catalogues are under each package's licence (see fetch.sh); nothing is committed.
"""
import hashlib
import json
import os
import subprocess
import sys

SOURCE_MARKS = ("is copied from the source", "is its source unchanged")


def part_of(name):
    digest = hashlib.sha256(f"mtlint-heldout-v1:debian-po:{name}".encode("utf-8")).digest()
    return "heldout" if int.from_bytes(digest, "big") % 3 == 0 else "tune"


def kind(f):
    if f.get("rule") == "untranslated":
        return "untranslated (source)" if any(m in f.get("message", "") for m in SOURCE_MARKS) else None
    return f["rule"] if f.get("rule") in RULES[1:] else None


RULES = ("untranslated (source)", "omission", "term-mismatch", "number-mismatch",
         "placeholder-mismatch", "missing-name")


def messages(path):
    """Translated messages: msgstr entries that are not empty, header excluded."""
    count, entry_id = 0, None
    text = open(path, encoding="utf-8", errors="replace").read()
    for block in text.split("\n\n"):
        if "msgid \"\"\nmsgstr \"\"" in block and "Content-Type" in block:
            continue
        for line in block.split("\n"):
            if line.startswith("msgstr") and not line.endswith(' ""'):
                count += 1
            elif line.startswith("msgstr") and line.endswith(' ""') and '\n"' in block.split(line, 1)[1][:2]:
                count += 1
    return count


def main(argv):
    listing = "--list" in argv
    argv = [a for a in argv if a != "--list"]
    untuned = argv[:1] == ["--untuned"]
    argv = argv[1:] if untuned else argv
    mtlint, files = argv[0], argv[1:]
    totals = {"tune": 0, "heldout": 0, "untuned": 0}
    counts = {}
    listed = []
    for path in files:
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
        part = "untuned" if untuned else part_of(name)
        totals[part] += messages(path)
        out = subprocess.run([mtlint, "check", "--no-config", "--lang", "pt", "--format", "jsonl", path],
                             capture_output=True, text=True)
        for raw in out.stdout.splitlines():
            f = json.loads(raw)
            k = kind(f)
            if k is None:
                continue
            counts.setdefault((part, k), 0)
            counts[(part, k)] += 1
            if part == "tune" or listing:
                line = lines[f["start"]["line"] - 1] if f.get("start") else ""
                listed.append(f"{name}:{f['start']['line']}\t{k}\t{f.get('text', '')!r}\tin {line.strip()!r}\t"
                              f"source {f.get('source', '')[:300]!r}\t{f['message']}")
    parts = ("untuned",) if untuned else ("tune", "heldout")
    print("messages (approx.): " + ", ".join(f"{p} {totals[p]}" for p in parts))
    for k in RULES:
        row = []
        for p in parts:
            n = counts.get((p, k), 0)
            row.append(f"{p} {n} ({1000 * n / max(totals[p], 1):.2f}/1000)")
        print(f"{k}: " + ", ".join(row))
    print()
    print("\n".join(listed))


if __name__ == "__main__":
    main(sys.argv[1:])
