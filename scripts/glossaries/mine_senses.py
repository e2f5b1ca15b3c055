#!/usr/bin/env python3
"""Mine candidate wrong-sense renderings from line-aligned English, MT and human references.

For each English word (or two-word phrase) e, and each word m of the MT lines of the
sentences that contain e, count the lines where the MT has m and where the references have
m. A word the MT writes for e again and again, that the references of the same lines
never write, but that is a Portuguese word the references use elsewhere (so it is a real
word used in another sense, not an untranslated one), is a candidate wrong sense of e.

Prints candidates for review; it writes nothing. Standard library only. Most candidates
are synonyms, not errors: read them with --grep, which prints the aligned lines (English,
both MT outputs, both references) of the sentences whose English matches a regex. Rule-based
MT on a sentence of your own shows whether a sense error is systematic:
`echo "He was charged with murder." | apertium -u en-gl | apertium -u gl-pt`.

    python3 scripts/glossaries/mine_senses.py [CORPUS_DIR] [--min 2] [--bigrams]
    python3 scripts/glossaries/mine_senses.py [CORPUS_DIR] --grep '\b(charged|polls?)\b'
"""
import argparse
import collections
import math
import re
import sys
from pathlib import Path

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
EN_STOP = set(
    "a an the of to in on at for by with from and or but as is are was were be been being "
    "it its this that these those he she they we you i his her their our your my him them us "
    "not no has have had do does did will would can could should may might must shall "
    "said says say than then so if when while which who whom what where how there here "
    "also more most about into over after before up out just one two all any some such "
    "other only very much many new first last mr mrs ms s t".split()
)


def words(line):
    return [w.lower() for w in WORD.findall(line)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="/work/shared/corpora/ntrex-dev")
    ap.add_argument("--min", type=int, default=2, help="lines in which the MT has m for e")
    ap.add_argument("--bigrams", action="store_true", help="also English two-word phrases")
    ap.add_argument("--grep", metavar="REGEX", help="print the aligned lines whose English matches")
    args = ap.parse_args()
    d = Path(args.corpus)
    if args.grep:
        return concordance(d, re.compile(args.grep, re.IGNORECASE))
    src = (d / "src.en.txt").read_text(encoding="utf-8").splitlines()
    refs = [(d / f).read_text(encoding="utf-8").splitlines() for f in ("ref.pt-BR.txt", "ref.pt-PT.txt")]
    mts = {f: (d / f).read_text(encoding="utf-8").splitlines() for f in ("mt-apertium-gl.pt.txt", "mt-apertium-es.pt-BR.txt")}

    ref_sets = [set(words(a)) | set(words(b)) for a, b in zip(*refs)]
    ref_freq = collections.Counter(w for s in ref_sets for w in s)
    en_sets = []
    for line in src:
        ws = [w for w in words(line)]
        s = {w for w in ws if w not in EN_STOP and len(w) > 2}
        if args.bigrams:
            s |= {f"{a} {b}" for a, b in zip(ws, ws[1:]) if not (a in EN_STOP and b in EN_STOP)}
        en_sets.append(s)
    en_freq = collections.Counter(w for s in en_sets for w in s)

    for name, mt in mts.items():
        mt_sets = [set(words(l)) for l in mt]
        mt_freq = collections.Counter(w for s in mt_sets for w in s)
        pair = collections.Counter()
        pair_lines = collections.defaultdict(list)
        for i, (es, ms, rs) in enumerate(zip(en_sets, mt_sets, ref_sets)):
            for m in ms - rs:
                if ref_freq[m] == 0:  # never in the references: untranslated or misspelt, not a sense
                    continue
                for e in es:
                    pair[e, m] += 1
                    pair_lines[e, m].append(i + 1)
        rows = []
        for (e, m), n in pair.items():
            if n < args.min:
                continue
            # association: how much more often m is in the MT when e is in the source
            p_m_given_e = n / en_freq[e]
            p_m = mt_freq[m] / len(mt)
            lift = p_m_given_e / p_m
            if p_m_given_e < 0.3 or lift < 3:
                continue
            rows.append((n * math.log(lift), e, m, n, en_freq[e], mt_freq[m], ref_freq[m], pair_lines[e, m][:8]))
        rows.sort(reverse=True)
        print(f"## {name}: english -> MT word absent from the references of the same lines")
        print("score\ten\tmt\tlines(mt, not ref)\ten lines\tmt lines\tref lines (anywhere)\tline numbers")
        for r in rows:
            print(f"{r[0]:.1f}\t{r[1]}\t{r[2]}\t{r[3]}\t{r[4]}\t{r[5]}\t{r[6]}\t{r[7]}")


def concordance(d, pattern):
    names = ["src.en.txt", "mt-apertium-gl.pt.txt", "mt-apertium-es.pt-BR.txt", "ref.pt-BR.txt", "ref.pt-PT.txt"]
    tags = ["EN", "GL", "ES", "BR", "PT"]
    files = [(d / n).read_text(encoding="utf-8").splitlines() for n in names]
    for i, lines in enumerate(zip(*files)):
        if pattern.search(lines[0]):
            print(f"== {i + 1}")
            for tag, line in zip(tags, lines):
                print(f"{tag}: {line}")


if __name__ == "__main__":
    sys.exit(main())
