#!/usr/bin/env python3
"""Calibrates mtlint-compare's length test (crates/compare/src/length.rs) for English ->
Portuguese on the human translations of NTREX-128: for each band of source length (in
characters), the lowest and highest target/source length ratio of the references
(ref.pt-BR.txt and ref.pt-PT.txt), widened by a 10% margin, over the TUNE documents only
(the documents of data/heldout/ntrex-dev.txt are never read).

Usage: length_calibrate.py [CORPUS] > crates/lexicon/data/pt/length-from-en.tsv
  CORPUS defaults to ../shared/corpora/ntrex-dev beside the repository.
Data: NTREX-128 (CC BY-SA 4.0); the thresholds are figures measured on it.
"""
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BANDS = [40, 80, 160, 100000]
MARGIN = 0.10


def lines_of(path):
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")[:-1]


def main(argv):
    corpus = argv[0] if argv else os.path.join(REPO, "..", "shared", "corpora", "ntrex-dev")
    held = {l.strip() for l in open(os.path.join(REPO, "data", "heldout", "ntrex-dev.txt"), encoding="utf-8")
            if l.strip() and not l.startswith("#")}
    src = lines_of(os.path.join(corpus, "src.en.txt"))
    docids = lines_of(os.path.join(corpus, "docids.txt"))
    refs = [lines_of(os.path.join(corpus, f"ref.{v}.txt")) for v in ("pt-BR", "pt-PT")]
    ratios = {b: [] for b in BANDS}
    for i, s in enumerate(src):
        if docids[i] in held or not s.strip():
            continue
        n = len(s.strip())
        band = next(b for b in BANDS if n <= b)
        for ref in refs:
            t = len(ref[i].strip())
            if t:
                ratios[band].append(t / n)
    print("# Length ratio bounds (target chars / source chars), English -> Portuguese, by band of")
    print("# source length. Made by scripts/compare/length_calibrate.py from the human references of")
    print("# NTREX-128 (CC BY-SA 4.0), tune documents only: min and max ratio, widened by 10%.")
    print("# Counts per band: " + ", ".join(f"<= {b}: {len(ratios[b])}" for b in BANDS))
    print("max_source\tlow\thigh")
    for b in BANDS:
        r = sorted(ratios[b])
        if not r:
            continue
        print(f"{b}\t{r[0] * (1 - MARGIN):.3f}\t{r[-1] * (1 + MARGIN):.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
