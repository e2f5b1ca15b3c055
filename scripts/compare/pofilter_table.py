#!/usr/bin/env python3
"""Counts, per check, what pofilter and mtlint find in target/pofilter/{human,mt}
(written by scripts/compare/pofilter.sh), and writes 50 random findings of each mtlint
rule of each part (fixed seed) to OUT/sample-PART-RULE.txt for reading.

Usage: pofilter_table.py OUT
mtlint's `untranslated` is split as in po_rules.py: findings the source adds ("is copied
from the source", "is its source unchanged") and the target-only part's.
"""
import glob
import json
import os
import random
import re
import sys

SOURCE_MARKS = ("is copied from the source", "is its source unchanged")
SAMPLE = 50


def units(path):
    text = open(path, encoding="utf-8").read()
    return sum(1 for b in text.split("\n\n") if re.search(r'^msgstr(\[0\])? "(?!")', b, re.M)
               or re.search(r'^msgstr(\[0\])? ""\n"', b, re.M)) - 1


def pofilter_counts(path):
    counts = {}
    for m in re.finditer(r"^# \(pofilter\) ([a-z_]+):", open(path, encoding="utf-8").read(), re.M):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return counts


def rule_of(f):
    if f["rule"] == "untranslated":
        source = any(m in f.get("message", "") for m in SOURCE_MARKS)
        return "untranslated (source)" if source else "untranslated (target only)"
    return f["rule"]


def main(out):
    rng = random.Random(15)
    table = {}
    messages = {}
    for part in ("human", "mt"):
        findings = {}
        messages[part] = 0
        for po in sorted(glob.glob(os.path.join(out, part, "*.po"))):
            name = os.path.basename(po)
            messages[part] += units(po)
            for check, n in pofilter_counts(po[:-3] + ".pofilter").items():
                key = ("pofilter", check)
                table.setdefault(key, {}).setdefault(part, 0)
                table[key][part] += n
            lines = open(po, encoding="utf-8").read().split("\n")
            for raw in open(po[:-3] + ".jsonl", encoding="utf-8"):
                f = json.loads(raw)
                rule = rule_of(f)
                key = ("mtlint", rule)
                table.setdefault(key, {}).setdefault(part, 0)
                table[key][part] += 1
                line = lines[f["start"]["line"] - 1].strip()
                src = (f.get("source") or "").replace("\n", "\\n")[:240]
                findings.setdefault(rule, []).append(
                    f"{name}:{f['start']['line']}\t{f.get('text', '')!r}\tin {line!r}\n\tsource {src!r}\n\t{f['message']}")
        for rule, found in findings.items():
            sample = found if len(found) <= SAMPLE else rng.sample(found, SAMPLE)
            slug = re.sub(r"[^a-z-]+", "-", rule).strip("-")
            with open(os.path.join(out, f"sample-{part}-{slug}.txt"), "w", encoding="utf-8") as w:
                w.write(f"# {len(sample)} of {len(found)} findings of {rule} on {part}\n")
                w.write("\n".join(f"{i + 1}. {s}" for i, s in enumerate(sample)) + "\n")
    print(f"messages: human {messages['human']}, mt {messages['mt']}\n")
    print("| tool | check | human | per 1,000 | Apertium MT | per 1,000 |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for (tool, check), by in sorted(table.items()):
        h, m = by.get("human", 0), by.get("mt", 0)
        print(f"| {tool} | {check} | {h} | {1000 * h / messages['human']:.1f} | {m} | {1000 * m / messages['mt']:.1f} |")


if __name__ == "__main__":
    main(sys.argv[1])
