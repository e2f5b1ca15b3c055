#!/usr/bin/env python3
"""Counts findings (JSON lines with start.line = corpus line) per part, tune and held-out
(data/heldout/ntrex-dev.txt), per 1,000 lines, and lists the tune ones.

Usage: split.py DOCIDS FINDINGS.jsonl...
"""
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main(argv):
    docids = [l.strip() for l in open(argv[0], encoding="utf-8")]
    held = {l.strip() for l in open(os.path.join(REPO, "data", "heldout", "ntrex-dev.txt"), encoding="utf-8")
            if l.strip() and not l.startswith("#")}
    lines = {"tune": sum(d not in held for d in docids), "heldout": sum(d in held for d in docids)}
    for path in argv[1:]:
        counts = {"tune": 0, "heldout": 0}
        listed = []
        with open(path, encoding="utf-8") as f:
            for raw in f:
                if not raw.strip():
                    continue
                finding = json.loads(raw)
                n = finding["start"]["line"]
                part = "heldout" if docids[n - 1] in held else "tune"
                counts[part] += 1
                if part == "tune":
                    listed.append(f"  line {n}: {finding.get('message', '')}")
        summary = ", ".join(f"{p} {counts[p]} on {lines[p]} lines ({1000 * counts[p] / lines[p]:.1f}/1000)"
                            for p in ("tune", "heldout"))
        print(f"{os.path.basename(path)}: {summary}")
        if listed:
            print("\n".join(listed))


if __name__ == "__main__":
    main(sys.argv[1:])
