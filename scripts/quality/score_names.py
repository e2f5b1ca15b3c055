#!/usr/bin/env python3
"""Recall and precision of `missing-name` against the damaged-name gold (issue 15).

Usage: score_names.py GOLD --mt gl FINDINGS.jsonl [--mt es FINDINGS.jsonl] [--rule NAME]
                      [--docids FILE] [--heldout FILE]

GOLD is the TSV of names_gold.py (data/heldout/ntrex-names.gold.tsv): one row per name of
a source line, with kept_gl / kept_es (0 = the MT output lost the name: damaged). Each
FINDINGS file is mtlint's `--format jsonl` output on one MT output (gl =
mt-apertium-gl.pt.txt, es = mt-apertium-es.pt-BR.txt), checked either as the whole file
(line numbers are the corpus's) or one document a file named DOCID.txt (line numbers
within the document, as untuned.sh and references.sh write them).

JSONL fields read (all in mtlint's JSON output today):
  rule                 only findings of --rule (default missing-name) are scored
  file                 the checked file: DOCID.txt maps lines through the gold's docids
  start.line           1-based line of the finding
  message              must name the source name ("... \"Theresa May\" ...")
  suggestions[].replacement, term.preferred, name   optional: also searched for the name
A finding is *correct* when one of those strings holds a damaged gold name of its line as
whole words (case-sensitive); each damaged name is counted found once. Findings naming a
gold name the MT kept are false; findings naming no gold name are listed apart for review
(the gold only holds names both references keep verbatim, so some may be right).

A finding's part (tune / heldout) comes from its document: the DOCID of its file name, or
its corpus line in --docids (default ../shared/corpora/ntrex-dev/docids.txt beside the
repository, when there), looked up in --heldout (default data/heldout/ntrex-dev.txt);
"unknown" when neither tells.

Prints, per MT output and part (tune, heldout, all): damaged names, found, recall;
findings, correct, precision; then the damaged names missed and the findings not correct.
"""
import collections
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def has_words(text, phrase):
    return re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text) is not None


def read_gold(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells)))
    return rows


def finding_key(finding, docids):
    """The gold key of a finding's line: (docid, line in the document) when the checked
    file is named after a document, else ("", line in the corpus)."""
    line = finding["start"]["line"]
    name = re.sub(r"\.txt$", "", finding.get("file", "").replace("\\", "/").rsplit("/", 1)[-1])
    return (name, line) if name in docids else ("", line)


def named_texts(finding):
    texts = [finding.get("message", ""), finding.get("name") or ""]
    texts += [s.get("replacement", "") for s in finding.get("suggestions") or []]
    texts.append((finding.get("term") or {}).get("preferred", ""))
    return [t for t in texts if t]


def read_ids(path):
    if not path or not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def part_of(key, line_docids, held):
    doc = key[0] or (line_docids[key[1] - 1] if 0 < key[1] <= len(line_docids) else "")
    if not doc:
        return "unknown"
    return "heldout" if doc in held else "tune"


def score(gold, mt, findings, docids, line_docids, held):
    """Per part: [damaged, found, findings, correct], and the misses and wrong findings."""
    by_line = collections.defaultdict(list)
    for row in gold:
        by_line[("", int(row["line"]))].append(row)
        by_line[(row["docid"], int(row["doc_line"]))].append(row)
    stats = collections.defaultdict(lambda: [0, 0, 0, 0])
    found = set()
    wrong, unknown = [], []
    for f in findings:
        key = finding_key(f, docids)
        rows = by_line.get(key, [])
        line = int(rows[0]["line"]) if rows else f["start"]["line"]  # for the listing
        part = rows[0]["part"] if rows else part_of(key, line_docids, held)
        stats[part][2] += 1
        texts = named_texts(f)
        # Longest names first, so "Theresa May" is credited rather than "May".
        named = sorted((r for r in rows if any(has_words(t, r["name"]) for t in texts)),
                       key=lambda r: -len(r["name"]))
        damaged = [r for r in named if r[f"kept_{mt}"] == "0"]
        fresh = [r for r in damaged if (line, r["name"], r["src_offset"]) not in found]
        if damaged:
            stats[part][3] += 1
            if fresh:
                r = fresh[0]
                found.add((line, r["name"], r["src_offset"]))
        elif named:
            wrong.append((line, f, "names a name the MT kept"))
        else:
            unknown.append((line, f, "names no gold name of its line"))
    misses = []
    for row in gold:
        if row[f"kept_{mt}"] == "0":
            stats[row["part"]][0] += 1
            if (int(row["line"]), row["name"], row["src_offset"]) in found:
                stats[row["part"]][1] += 1
            else:
                misses.append(row)
    return stats, misses, wrong + unknown


def pct(a, b):
    return f"{a / b:.1%}" if b else "-"


def main(argv):
    if len(argv) < 3 or "--mt" not in argv:
        sys.exit(__doc__)
    gold = read_gold(argv[0])
    rule = "missing-name"
    docids_path = os.path.join(REPO, "..", "shared", "corpora", "ntrex-dev", "docids.txt")
    held_path = os.path.join(REPO, "data", "heldout", "ntrex-dev.txt")
    mts = []
    args = argv[1:]
    while args:
        flag = args.pop(0)
        if flag == "--mt" and len(args) >= 2:
            mts.append((args.pop(0), args.pop(0)))
        elif flag == "--rule" and args:
            rule = args.pop(0)
        elif flag == "--docids" and args:
            docids_path = args.pop(0)
        elif flag == "--heldout" and args:
            held_path = args.pop(0)
        else:
            sys.exit(__doc__)
    docids = {row["docid"] for row in gold}
    line_docids = read_ids(docids_path)
    held = set(read_ids(held_path))
    for mt, path in mts:
        if f"kept_{mt}" not in gold[0]:
            sys.exit(f"error: the gold has no kept_{mt} column")
        with open(path, encoding="utf-8") as f:
            findings = [json.loads(l) for l in f if l.strip()]
        findings = [x for x in findings if x.get("rule") == rule]
        stats, misses, wrong = score(gold, mt, findings, docids, line_docids, held)
        print(f"== {mt}: {path}, rule {rule}")
        print("| part | damaged names | found | recall | findings | correct | precision |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        parts = ["tune", "heldout"] + (["unknown"] if "unknown" in stats else [])
        total = [sum(stats[p][k] for p in parts) for k in range(4)]
        for part, (d, n, fs, ok) in [(p, stats[p]) for p in parts] + [("all", total)]:
            print(f"| {part} | {d} | {n} | {pct(n, d)} | {fs} | {ok} | {pct(ok, fs)} |")
        print(f"missed ({len(misses)}):")
        for row in misses:
            print(f"  line {row['line']} ({row['part']}): {row['name']}")
        print(f"not correct ({len(wrong)}):")
        for line, f, why in wrong:
            print(f"  line {line}: {why}: {f.get('message', '')}")


if __name__ == "__main__":
    main(sys.argv[1:])
