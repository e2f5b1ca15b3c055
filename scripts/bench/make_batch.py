#!/usr/bin/env python3
"""Builds the many-files benchmark corpus: N article-sized Portuguese text files made from
the NTREX-128 human references (real news, clean text).

Each file is one NTREX document (a news article, ~2 KB), in Brazilian or European
Portuguese, written as a title line and paragraphs of three sentences. The 41 documents x 2
variants are cycled to reach N files; file i starts the cycle at a different place so
neighbouring files differ.

Source: NTREX-128 (Federmann, Kocmi, Xin, 2022), CC BY-SA 4.0, development split in
../shared/corpora/ntrex-dev (docids.txt, ref.pt-BR.txt, ref.pt-PT.txt). The files are built
at benchmark time and not committed.

usage: make_batch.py OUT_DIR [--files N] [--ntrex DIR]
"""

import argparse
import itertools
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_NTREX = REPO.parent / "shared" / "corpora" / "ntrex-dev"
SENTENCES_PER_PARAGRAPH = 3


def documents(ntrex: Path, variant: str) -> list[list[str]]:
    """The reference sentences of one variant, grouped by document, in corpus order."""
    ids = (ntrex / "docids.txt").read_text(encoding="utf-8").splitlines()
    lines = (ntrex / f"ref.{variant}.txt").read_text(encoding="utf-8").splitlines()
    if len(ids) != len(lines):
        sys.exit(f"{ntrex}: docids.txt and ref.{variant}.txt are not line-aligned")
    return [
        [line for _, line in group]
        for _, group in itertools.groupby(zip(ids, lines), key=lambda pair: pair[0])
    ]


def article(sentences: list[str]) -> str:
    """A title line, then paragraphs separated by blank lines."""
    title, body = sentences[0], sentences[1:]
    paragraphs = [
        " ".join(body[i : i + SENTENCES_PER_PARAGRAPH])
        for i in range(0, len(body), SENTENCES_PER_PARAGRAPH)
    ]
    return "\n\n".join([title, *paragraphs]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--ntrex", type=Path, default=DEFAULT_NTREX)
    args = parser.parse_args()

    articles = [
        article(doc)
        for variant in ("pt-BR", "pt-PT")
        for doc in documents(args.ntrex, variant)
    ]
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(args.files):
        # A stride prime to the number of articles visits all of them before repeating.
        text = articles[(i * 7) % len(articles)]
        path = args.out / f"article-{i:04d}.txt"
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    print(f"{args.files} files, {total} bytes, in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
