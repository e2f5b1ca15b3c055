#!/usr/bin/env python3
"""Gold of damaged names on NTREX-128 for `missing-name` (issue 15).

A name here is a capitalised word or run of capitalised words of an English source line
(acronyms included; a possessive 's cut off at the end; "of", "for", "and"... inside) that the human reference line has verbatim,
as whole words, case-sensitive ("Theresa May", "Oregon", "BBC"). Of a run, the longest
sub-runs the reference has are taken, without overlap ("Prime Minister Theresa May" ->
"Theresa May" when the reference writes "a primeira-ministra Theresa May"). A single word
at the start of a sentence is a name only when the source corpus writes it capitalised
inside sentences more often than in lowercase ("Trump", but not "The", "But", "Hurricane"
unless the corpus says so): no word list. A name is *damaged* in an MT line that lacks it
verbatim (whole words, case-sensitive).

Writes a TSV, one row per name occurrence: line (1-based, in the corpus files), docid,
doc_line (1-based, in the document), part (tune / heldout, from data/heldout/ntrex-dev.txt), the name, its character offset in
the source line, and for each MT output 1 if the MT line keeps it verbatim, else 0.
Prints the counts of names and damaged names per MT output and part.

Usage: names_gold.py [--corpus DIR] [--ref pt-BR|pt-PT|both] [--out FILE]
  --ref: the reference(s) that must keep the name (default `both`: both human translations
  keep it, so a translator's choice of an exonym or a translation removes it from the gold).
Data: NTREX-128 (CC BY-SA 4.0); the gold file derived from it carries the same licence.
"""
import argparse
import collections
import os
import re

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MTS = (("gl", "mt-apertium-gl.pt.txt"), ("es", "mt-apertium-es.pt-BR.txt"))
# A word: letters and digits with inner apostrophes, dots and hyphens ("O'Neill",
# "U.S.", "Jae-in"); runs are words joined by a single space.
TOKEN = re.compile(r"[^\W_][\w'’.-]*")
SENTENCE_END = re.compile(r"[.!?:;]['\"’”)]*\s*$|^\W*$")


def lines_of(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def has_words(line, phrase):
    """Whether `phrase` occurs in `line` as whole words, case-sensitive."""
    return re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", line) is not None


# Lowercase words that may stand inside a name ("Massachusetts Institute of Technology",
# "Citizens for Responsibility and Ethics"); a name never starts or ends with one, and a
# longer run only wins when the reference writes it whole.
CONNECTORS = {"of", "for", "and", "the", "de", "da", "do", "dos", "la", "le", "du", "von",
              "van", "der", "al", "bin"}


def clean_token(tok):
    """The token without a possessive and trailing punctuation ("Trump's" -> "Trump")."""
    m = re.match(r"^(.*?)['’]s?$", tok)
    if m and m.group(1):
        return m.group(1)
    if not re.fullmatch(r"(?:[A-Z]\.)+", tok):
        tok = tok.rstrip(".-'’")
    return tok


def capital_runs(line):
    """Runs of capitalised words (with connectors between them), each word as
    (start, end, word, sentence_initial); `end` is before a possessive, and a run goes on
    after one ("Rady Children's Hospital")."""
    runs, cur = [], []
    for m in TOKEN.finditer(line):
        word = clean_token(m.group())
        initial = bool(SENTENCE_END.search(line[:m.start()]))
        joined = bool(cur) and line[cur[-1][4]:m.start()] == " "
        item = (m.start(), m.start() + len(word), word, initial, m.end())
        if word[:1].isupper() or (joined and word in CONNECTORS):
            if cur and not joined:
                runs.append(cur)
                cur = []
            cur.append(item)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    # No run ends with a connector.
    out = []
    for run in runs:
        while run and run[-1][2] in CONNECTORS:
            run = run[:-1]
        if run:
            out.append([t[:4] for t in run])
    return out


def word_usage(src_lines):
    """How often each word is written capitalised inside a sentence, and in lowercase."""
    inner, lower = collections.Counter(), collections.Counter()
    for line in src_lines:
        for m in TOKEN.finditer(line):
            word = clean_token(m.group())
            if word[:1].islower():
                lower[word] += 1
            elif word[:1].isupper() and not SENTENCE_END.search(line[:m.start()]):
                inner[word] += 1
    return inner, lower


def names_of_line(src, refs, inner, lower):
    """(offset, name) of the names of a source line that every ref line keeps."""
    found = []
    for run in capital_runs(src):
        used = [False] * len(run)
        n = len(run)
        for size in range(n, 0, -1):
            for i in range(0, n - size + 1):
                part = run[i:i + size]
                if any(used[i:i + size]) or part[0][2] in CONNECTORS:
                    continue
                name = src[part[0][0]:part[-1][1]]
                if len(name) < 2 or not re.search(r"[^\W\d_]", name):
                    continue
                if size == 1 and part[0][3]:
                    word = part[0][2]
                    # Sentence-initial: a name only if the corpus writes it so.
                    if lower[word.lower()] and inner[word] <= lower[word.lower()]:
                        continue
                if all(has_words(r, name) for r in refs):
                    found.append((part[0][0], name))
                    used[i:i + size] = [True] * size
    return sorted(found)


def heldout_docs():
    path = os.path.join(REPO, "data", "heldout", "ntrex-dev.txt")
    with open(path, encoding="utf-8") as f:
        return {l.strip() for l in f if l.strip() and not l.startswith("#")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(REPO, "..", "shared", "corpora", "ntrex-dev"))
    ap.add_argument("--ref", default="both", choices=["pt-BR", "pt-PT", "both"])
    ap.add_argument("--out", default=os.path.join(REPO, "data", "heldout", "ntrex-names.gold.tsv"))
    args = ap.parse_args()
    c = args.corpus
    src = lines_of(os.path.join(c, "src.en.txt"))
    docids = lines_of(os.path.join(c, "docids.txt"))
    variants = ["pt-BR", "pt-PT"] if args.ref == "both" else [args.ref]
    refs = [lines_of(os.path.join(c, f"ref.{v}.txt")) for v in variants]
    mts = {key: lines_of(os.path.join(c, name)) for key, name in MTS}
    held = heldout_docs()
    inner, lower = word_usage(src)
    counts = collections.Counter()
    rows = []
    doc_line = collections.Counter()
    for i, line in enumerate(src):
        part = "heldout" if docids[i] in held else "tune"
        doc_line[docids[i]] += 1
        for offset, name in names_of_line(line, [r[i] for r in refs], inner, lower):
            kept = {k: has_words(mt[i], name) for k, mt in mts.items()}
            rows.append([str(i + 1), docids[i], str(doc_line[docids[i]]), part, name, str(offset)]
                        + [str(int(kept[k])) for k, _ in MTS])
            counts[("names", part)] += 1
            for k, _ in MTS:
                counts[(k, part)] += not kept[k]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(f"# Names of NTREX-128 (CC BY-SA 4.0) kept verbatim by the source and the human reference ({args.ref}); "
                "kept_gl/kept_es: 1 if the Apertium MT line keeps the name. "
                "Made by scripts/quality/names_gold.py.\n")
        f.write("line\tdocid\tdoc_line\tpart\tname\tsrc_offset\t" + "\t".join(f"kept_{k}" for k, _ in MTS) + "\n")
        f.write("".join("\t".join(r) + "\n" for r in rows))
    for part in ("tune", "heldout", "all"):
        get = (lambda k: counts[(k, "tune")] + counts[(k, "heldout")]) if part == "all" \
            else (lambda k: counts[(k, part)])
        print(f"{part}: {get('names')} names; damaged in en->gl->pt {get('gl')}, "
              f"in en->es->pt-BR {get('es')}")


if __name__ == "__main__":
    main()
