"""Checks a corpus of (source, translation) segment pairs with mtlint on Dask distributed.

One checker per worker: the checker is pickled once into a worker plugin, and each
worker process unpickles it (loading the glossaries and building the rules) when it
starts; every task then reuses it. Each task checks a chunk of pairs with
``Checker.check_many`` (the GIL released) and writes one JSON line per segment,
``{"id": N, "findings": [...]}``, to ``OUT/part-NNNNN.jsonl`` (written to a temporary
name and renamed, so a part is whole or absent).

The pairs are real and distinct (pairs.py says which): about 37,000 with the Debian
catalogues of ``scripts/formats/fetch.sh``, 1,942 without; ``--pairs`` larger than that
repeats the list, smaller picks pairs spread over it (the summary says how many are
distinct); ``--pairs 0`` checks each distinct pair once.

    python crates/python/examples/dask_check.py --workers 2 --pairs 100000 --out target/dask-out
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys
import time
from typing import List, Optional, Sequence, Tuple

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

import mtlint
from pairs import ROOT, Pair, corpus, sized, write_jsonl


# --- the job ----------------------------------------------------------------------------

class CheckerPlugin(WorkerPlugin):
    """Carries a pickled checker to each worker: unpickling rebuilds it there, once."""

    name = "mtlint-checker"

    def __init__(self, checker: mtlint.Checker):
        self.checker = checker

    def setup(self, worker):
        worker.mtlint_checker = self.checker


def check_chunk(first: int, pairs: List[Pair], out: str) -> Tuple[int, int]:
    """Checks `pairs` (ids from `first` on) with the worker's checker and writes one JSON
    line per segment to a part file: (segments, findings)."""
    checker = get_worker().mtlint_checker
    results = checker.check_many(pairs)
    path = pathlib.Path(out) / f"part-{first:09d}.jsonl"
    tmp = path.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for i, found in enumerate(results):
            f.write(json.dumps({"id": first + i, "findings": found}, ensure_ascii=False))
            f.write("\n")
    os.replace(tmp, path)
    return len(results), sum(map(len, results))


def run(pairs: List[Pair], workers: int, out: pathlib.Path, chunk: int, lang: str) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("part-*.jsonl"):
        old.unlink()
    # One process per worker, one thread each: parallelism is the workers', and each
    # checker checks on one thread.
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        client.register_plugin(CheckerPlugin(mtlint.Checker(lang=lang, threads=1)))
        started = time.perf_counter()
        chunks = [(i, pairs[i:i + chunk]) for i in range(0, len(pairs), chunk)]
        futures = [client.submit(check_chunk, i, part, str(out), pure=False)
                   for i, part in chunks]
        counts = client.gather(futures)
        seconds = time.perf_counter() - started
    segments = sum(c[0] for c in counts)
    return {
        "workers": workers,
        "pairs": segments,
        "findings": sum(c[1] for c in counts),
        "seconds": round(seconds, 3),
        "pairs_per_second": round(segments / seconds, 1),
    }


def main(argv: Optional[Sequence[str]] = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pairs", type=int, default=100_000,
                        help="how many pairs to check (the real ones, repeated if fewer; 0: each once)")
    parser.add_argument("--chunk", type=int, default=2_000, help="pairs per task")
    parser.add_argument("--lang", default="pt-BR")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "target/dask-out")
    parser.add_argument("--write-jsonl", type=pathlib.Path,
                        help="also write the pairs as JSONL for `mtlint check --input-format jsonl -`")
    args = parser.parse_args(argv)
    real = corpus()
    pairs = sized(real, args.pairs or len(real))
    if args.write_jsonl:
        write_jsonl(pairs, args.write_jsonl)
    summary = run(pairs, args.workers, args.out, args.chunk, args.lang)
    summary["distinct_pairs"] = len(set(pairs))
    print(json.dumps(summary), flush=True)
    return summary


if __name__ == "__main__":
    main()
    sys.exit(0)
