#!/usr/bin/env python3
"""Findings per 1,000 lines, per corpus and per rule, and a review sheet (issue 16).

Usage: untuned_report.py PART_DIR FINDINGS.jsonl OUT_PREFIX

PART_DIR is WORK/tune or WORK/heldout of corpora.sh (PART_DIR/CORPUS/DOC.txt); FINDINGS
holds mtlint's --format jsonl output for those files. Writes OUT_PREFIX.md (the tables)
and OUT_PREFIX.review.tsv: every finding with its corpus, document, line, column, rule,
the reported text, the message, the first suggestion and the whole line, and an empty
`verdict` column for a person to fill in (real / false / debatable). Prints the tables.
"""
import collections
import json
import os
import sys


def line_counts(part_dir):
    """Documents and lines per corpus, and each file's lines (for the review sheet)."""
    sizes, texts = {}, {}
    for corpus in sorted(os.listdir(part_dir)):
        folder = os.path.join(part_dir, corpus)
        docs = lines = 0
        for name in sorted(os.listdir(folder)):
            path = os.path.realpath(os.path.join(folder, name))
            with open(path, encoding="utf-8") as f:
                texts[path] = f.read().split("\n")
            docs += 1
            lines += len(texts[path]) - 1
        sizes[corpus] = (docs, lines)
    return sizes, texts


def per_k(n, lines):
    return f"{1000 * n / lines:.2f}" if lines else "-"


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    part_dir, findings_path, out = argv
    part_dir = os.path.realpath(part_dir)
    sizes, texts = line_counts(part_dir)
    by_corpus = collections.Counter()
    by_rule = collections.defaultdict(collections.Counter)
    rows = []
    with open(findings_path, encoding="utf-8") as f:
        for raw in f:
            finding = json.loads(raw)
            path = os.path.realpath(finding["file"])
            corpus = os.path.basename(os.path.dirname(path))
            by_corpus[corpus] += 1
            by_rule[finding["rule"]][corpus] += 1
            line_no = finding["start"]["line"]
            text = texts.get(path, [])
            whole = text[line_no - 1] if line_no <= len(text) else ""
            fix = finding["suggestions"][0]["replacement"] if finding["suggestions"] else ""
            rows.append([corpus, os.path.basename(path), str(line_no),
                         str(finding["start"]["column"]), finding["rule"], finding["text"],
                         finding["message"], fix, whole, ""])
    total_lines = sum(l for _, l in sizes.values())
    total = sum(by_corpus.values())
    md = [f"Part: {os.path.basename(part_dir)}, {sum(d for d, _ in sizes.values())} documents, "
          f"{total_lines} lines, {total} findings ({per_k(total, total_lines)} per 1,000 lines)",
          "", "| corpus | documents | lines | findings | per 1,000 lines |",
          "| --- | ---: | ---: | ---: | ---: |"]
    for corpus, (docs, lines) in sizes.items():
        n = by_corpus[corpus]
        md.append(f"| {corpus} | {docs} | {lines} | {n} | {per_k(n, lines)} |")
    md += ["", "| rule | findings | per 1,000 lines | corpora |", "| --- | ---: | ---: | --- |"]
    for rule, counts in sorted(by_rule.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(counts.values())
        where = ", ".join(f"{c} {k}" for c, k in counts.most_common())
        md.append(f"| {rule} | {n} | {per_k(n, total_lines)} | {where} |")
    with open(out + ".md", "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")
    with open(out + ".review.tsv", "w", encoding="utf-8") as f:
        f.write("corpus\tdocument\tline\tcolumn\trule\ttext\tmessage\tfix\tline text\tverdict\n")
        for row in sorted(rows, key=lambda r: (r[4], r[0], r[1], int(r[2]))):
            f.write("\t".join(" ".join(c.split("\t")).replace("\n", "\\n") for c in row) + "\n")
    print("\n".join(md))


if __name__ == "__main__":
    main(sys.argv[1:])
