#!/usr/bin/env python3
"""Makes references shorter on purpose, to measure the `omission` rule's recall (Apertium
does not drop clauses, so its output says nothing of recall), and scores the rule on them.

Cutting (fixed, not tuned): a line of two sentences or more loses its last sentence; a
line of one sentence with a comma loses its longest comma-delimited clause after the
first; other lines are left whole (and not counted).

Usage:
  omission_cut.py REF.txt OUT.txt OUT.lines       writes the cut text and "LINE<TAB>KIND" rows
  omission_cut.py --score DOCIDS OUT.lines CUT.jsonl WHOLE.jsonl
      recall (cut lines with an `omission` finding that the whole line did not have), tune
      and held-out documents (data/heldout/ntrex-dev.txt) apart, by kind of cut
Data: NTREX-128 references (Microsoft, CC BY-SA 4.0), read in place.
"""
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SENTENCE_END = re.compile(r'(?<=[.!?])["”»’]?\s+(?=["“«]?[A-ZÁÉÍÓÚÂÊÔÃÕÇ0-9])')


def sentences(line):
    out, start = [], 0
    for m in SENTENCE_END.finditer(line):
        out.append(line[start:m.start()].strip())
        start = m.end()
    out.append(line[start:].strip())
    return [s for s in out if s]


def cut(line):
    """The line with a sentence or a clause cut, and the kind of cut, or (line, None)."""
    parts = sentences(line)
    if len(parts) >= 2:
        return " ".join(parts[:-1]), "sentence"
    clauses = line.split(", ")
    if len(clauses) >= 2:
        longest = max(range(1, len(clauses)), key=lambda i: len(clauses[i]))
        kept = clauses[:longest] + clauses[longest + 1:]
        text = ", ".join(kept)
        if longest == len(clauses) - 1 and not text.endswith((".", "!", "?")):
            text += line[-1] if line[-1] in ".!?" else ""
        return text, "clause"
    return line, None


def write_cut(ref, out_text, out_lines):
    lines = open(ref, encoding="utf-8").read().split("\n")
    with open(out_text, "w", encoding="utf-8") as t, open(out_lines, "w", encoding="utf-8") as c:
        for n, line in enumerate(lines, 1):
            if n == len(lines) and not line:
                break
            text, kind = cut(line)
            t.write(text + "\n")
            if kind:
                c.write(f"{n}\t{kind}\n")


def omission_lines(path):
    found = set()
    for raw in open(path, encoding="utf-8"):
        if raw.strip():
            f = json.loads(raw)
            if f.get("rule") == "omission":
                found.add(f["start"]["line"])
    return found


def score(docids_path, lines_path, cut_jsonl, whole_jsonl):
    docids = [l.strip() for l in open(docids_path, encoding="utf-8")]
    held = {l.strip() for l in open(os.path.join(REPO, "data", "heldout", "ntrex-dev.txt"), encoding="utf-8")
            if l.strip() and not l.startswith("#")}
    cut_found, whole_found = omission_lines(cut_jsonl), omission_lines(whole_jsonl)
    counts = {}
    for row in open(lines_path, encoding="utf-8"):
        n, kind = row.split()
        n = int(n)
        part = "heldout" if docids[n - 1] in held else "tune"
        c = counts.setdefault((part, kind), [0, 0])
        c[0] += 1
        c[1] += n in cut_found and n not in whole_found
    for (part, kind), (total, hit) in sorted(counts.items()):
        print(f"{part} {kind}: {hit} of {total} cut lines found ({100 * hit / total:.1f}%)")


if __name__ == "__main__":
    if sys.argv[1] == "--score":
        score(*sys.argv[2:6])
    else:
        write_cut(*sys.argv[1:4])
