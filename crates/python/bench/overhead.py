"""The Python package's per-segment cost, for callgrind (BENCHMARKS.md, "Python package").

    python overhead.py PAIRS.jsonl check|many

Reads `{"src", "mt"}` records (what `mtlint check --input-format jsonl` reads), builds a
one-thread pt-BR checker, and checks every pair with one `check` call each (`check`) or
one `check_many` call (`many`). Run with N and with 1 records: the difference over N-1 is
the cost of a segment, reading its JSON line included, as the CLI's is.
"""

import json
import sys

import mtlint


def main(path: str, mode: str) -> None:
    with open(path, encoding="utf-8") as f:
        pairs = [(r["mt"], r["src"]) for r in map(json.loads, f)]
    checker = mtlint.Checker(lang="pt-BR", threads=1)
    if mode == "check":
        found = sum(len(checker.check(mt, source=src)) for mt, src in pairs)
    else:
        found = sum(map(len, checker.check_many(pairs)))
    print(found)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
