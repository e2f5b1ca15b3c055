#!/usr/bin/env python3
"""Measures the name rules on NTREX-128 (../shared/corpora/ntrex-dev, CC BY-SA 4.0).

1. For each document, builds a glossary of its names from the human reference: runs of
   capitalised English words of the source line that the translator kept verbatim in the
   reference line (pt-BR), e.g. "Donald Trump", "Michigan", "BBC".
2. Runs mtlint with only that glossary on each Apertium MT output. A name of the glossary
   that occurs in a source line is *damaged* in the MT line when the MT line does not
   contain it verbatim. A `name-near-miss` finding is correct when the entry it names is
   damaged in that line; recall is the share of damaged names that some finding names.
3. Runs mtlint with the same glossaries on the human references (pt-BR and pt-PT) and with
   the shipped glossaries alone: every name-rule finding there is false.

Usage: scripts/names/ntrex_quality.py [--corpus DIR] [--mtlint BIN] [--misses N]
(build the binary first: cargo build --release). Prints a Markdown report.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

NAME_RULES = ("name-near-miss", "translated-name-part", "inconsistent-name")
CAP_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*)*")
WORD = re.compile(r"\w+")


def lines_of(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def contains_words(line, phrase):
    """Whether `phrase` occurs in `line` as whole words, case-sensitive."""
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", line) is not None


def sub_runs(words):
    """Contiguous sub-runs of a run of words, longest first."""
    n = len(words)
    for size in range(n, 0, -1):
        for start in range(0, n - size + 1):
            yield words[start : start + size]


def names_of_line(src, ref):
    """Names of the source line kept verbatim in the reference line."""
    found = []
    for m in CAP_RUN.finditer(src):
        words = [w.strip(".'’-") for w in re.split(r" ", m.group(0))]
        words = [w for w in words if w]
        for run in sub_runs(words):
            phrase = " ".join(run)
            if len(phrase) < 3 or not WORD.search(phrase):
                continue
            if contains_words(ref, phrase) and not any(contains_words(f, phrase) for f in found):
                found.append(phrase)
    return found


def toml_string(s):
    return json.dumps(s, ensure_ascii=False)


def write_glossary(path, doc, names):
    with open(path, "w", encoding="utf-8") as f:
        f.write("[glossary]\n")
        f.write(f"name = {toml_string('NTREX names of ' + doc)}\n")
        f.write('lang = "pt"\nsource-lang = "en"\n')
        f.write('license = "CC BY-SA 4.0 (derived from NTREX-128)"\n\n')
        for name in names:
            f.write(f"[[term]]\nuse = {toml_string(name)}\nkind = \"person\"\n\n")


def run_mtlint(binary, text_path, glossary_path):
    args = [binary, "check", "--lang", "pt", "--format", "json", text_path]
    if glossary_path:
        args[2:2] = ["--no-default-glossaries", "--glossary", glossary_path]
    out = subprocess.run(args, capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"mtlint failed on {text_path}: {out.stderr.strip()}")
    return [f for f in json.loads(out.stdout)["findings"] if f["rule"] in NAME_RULES]


def main():
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(repo, "..", "shared", "corpora", "ntrex-dev"))
    ap.add_argument("--mtlint", default=os.path.join(repo, "target", "release", "mtlint"))
    ap.add_argument("--misses", type=int, default=25)
    args = ap.parse_args()
    c = args.corpus
    src = lines_of(os.path.join(c, "src.en.txt"))
    ref_br = lines_of(os.path.join(c, "ref.pt-BR.txt"))
    ref_pt = lines_of(os.path.join(c, "ref.pt-PT.txt"))
    docids = lines_of(os.path.join(c, "docids.txt"))
    mts = {
        "Apertium en→gl→pt": lines_of(os.path.join(c, "mt-apertium-gl.pt.txt")),
        "Apertium en→es→pt-BR": lines_of(os.path.join(c, "mt-apertium-es.pt-BR.txt")),
    }
    docs = collections.OrderedDict()
    for i, d in enumerate(docids):
        docs.setdefault(d, []).append(i)

    work = tempfile.mkdtemp(prefix="mtlint-ntrex-")
    line_names = {i: names_of_line(src[i], ref_br[i]) for i in range(len(src))}
    glossaries = {}
    for d, idx in docs.items():
        names = []
        for i in idx:
            names.extend(n for n in line_names[i] if n not in names)
        path = os.path.join(work, f"{d}.toml")
        write_glossary(path, d, names)
        glossaries[d] = path
    total_names = sum(len(set(sum((line_names[i] for i in idx), []))) for idx in docs.values())

    def check_corpus(lines, use_doc_glossary, tag):
        """Findings per global line index."""
        per_line = collections.defaultdict(list)
        for d, idx in docs.items():
            path = os.path.join(work, f"{tag}-{d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines[i] for i in idx) + "\n")
            glossary = glossaries[d] if use_doc_glossary else None
            for finding in run_mtlint(args.mtlint, path, glossary):
                per_line[idx[finding["start"]["line"] - 1]].append(finding)
        return per_line

    print("## Name rules on NTREX-128 (measured by scripts/names/ntrex_quality.py)\n")
    print(f"{len(docs)} documents, {len(src)} lines; per-document glossaries hold {total_names} names "
          "(names kept verbatim by the pt-BR translator).\n")
    print("| MT output | damaged names | rule | findings | correct | precision | recall |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: |")
    miss_lists = {}
    wrong_lists = {}
    right_lists = {}
    for label, mt in mts.items():
        found = check_corpus(mt, True, "mt")
        damaged = [(i, n) for i in range(len(src)) for n in line_names[i] if not contains_words(mt[i], n)]
        damaged_set = set(damaged)

        def correct(i, f):
            """The finding names a damaged name of its line: the entry itself, or the word of
            it that the finding suggests, present in the source line and absent from MT."""
            if (i, f["term"]["preferred"]) in damaged_set:
                return True
            part = f["suggestions"][0]["replacement"] if f["suggestions"] else ""
            return bool(part) and contains_words(src[i], part) and not contains_words(mt[i], part)

        hit = set()
        for rule in ("name-near-miss", "translated-name-part"):
            fs = [(i, f) for i, lst in found.items() for f in lst if f["rule"] == rule]
            good = [(i, f) for i, f in fs if correct(i, f)]
            rule_hit = {(i, f["term"]["preferred"]) for i, f in good} & damaged_set
            hit |= rule_hit
            precision = len(good) / len(fs) if fs else 0.0
            recall = len(rule_hit) / len(damaged) if damaged else 0.0
            print(f"| {label} | {len(damaged)} | {rule} | {len(fs)} | {len(good)} | {precision:.2f} | {recall:.3f} |")
            wrong_lists.setdefault(label, []).extend((i, f) for i, f in fs if not correct(i, f))
            right_lists.setdefault(label, []).extend((i, f) for i, f in good)
        both = len(hit) / len(damaged) if damaged else 0.0
        print(f"| {label} | {len(damaged)} | both | | | | {both:.3f} |")
        miss_lists[label] = [(i, n) for i, n in damaged if (i, n) not in hit]
    print()
    print("| clean text | glossaries | lines | name-rule findings | per 1,000 lines |")
    print("| --- | --- | ---: | ---: | ---: |")
    false_lists = []
    for label, lines in (("ref.pt-BR", ref_br), ("ref.pt-PT", ref_pt)):
        for use_doc, glabel in ((True, "per-document names"), (False, "shipped")):
            found = check_corpus(lines, use_doc, "ref")
            n = sum(len(v) for v in found.values())
            print(f"| {label} | {glabel} | {len(lines)} | {n} | {1000 * n / len(lines):.2f} |")
            false_lists.extend((label, glabel, i, f) for i, fs in found.items() for f in fs)
    print()
    if false_lists:
        print("False findings on the human references:\n")
        for label, glabel, i, f in false_lists:
            print(f"- {label} ({glabel}) line {i + 1}: {f['rule']}: {f['message']}")
        print()
    for label in mts:
        print(f"Correct findings on {label}:\n")
        for i, f in right_lists.get(label, []):
            print(f"- line {i + 1}: {f['rule']}: {f['message']}")
        print()
        if wrong_lists[label]:
            print(f"Findings on {label} that name no damaged name:\n")
            for i, f in wrong_lists[label]:
                print(f"- line {i + 1}: {f['rule']}: {f['message']}")
            print()
    for label, misses in miss_lists.items():
        print(f"Damaged names not found on {label} (first {args.misses} of {len(misses)}):\n")
        for i, n in misses[: args.misses]:
            print(f"- line {i + 1}: \"{n}\" → MT: {mts[label][i].strip()[:140]}")
        print()


if __name__ == "__main__":
    main()
