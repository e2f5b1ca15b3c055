"""Checks segment pairs with mtlint on PySpark in local mode (Java 17 or later).

Two ways, the same pairs (pairs.py), one JSON line per segment or finding in OUT:

- Python (default): the checker is broadcast (pickled once); each Python worker
  unpickles it once (Spark reuses its Python workers, and a broadcast value is read once
  per worker) and checks its partitions with ``check_many``, writing
  ``{"id": N, "findings": [...]}`` per segment.
- ``--cli PATH``: no Python package on the workers: each partition's pairs go as JSONL
  records (``{"id", "src", "mt"}``) through ``RDD.pipe`` into
  ``mtlint check --input-format jsonl --format jsonl -``, which writes one finding per line
  (its ``segment`` field is the record's id). ``--fail-on never``: an exit code of 1 for
  findings is not a failure of the task.

    python crates/python/examples/spark_check.py --workers 2 --pairs 100000 --out target/spark-out
    python crates/python/examples/spark_check.py --cli target/debug/mtlint --out target/spark-cli
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import shutil
import sys
import time
from typing import Optional, Sequence

from pyspark.sql import SparkSession

import mtlint
from pairs import ROOT, corpus, sized


def check_with_package(sc, records, checker, out: str) -> None:
    shared = sc.broadcast(checker)

    def check_partition(rows):
        rows = list(rows)
        found = shared.value.check_many([(mt, src) for _, mt, src in rows])
        for (i, _, _), f in zip(rows, found):
            yield json.dumps({"id": i, "findings": f}, ensure_ascii=False)

    records.mapPartitions(check_partition).saveAsTextFile(out)


def check_with_cli(records, cli: str, lang: str, out: str) -> None:
    command = [cli, "check", "--lang", lang, "--fail-on", "never",
               "--input-format", "jsonl", "--format", "jsonl", "-"]
    lines = records.map(lambda r: json.dumps({"id": r[0], "src": r[2], "mt": r[1]},
                                             ensure_ascii=False))
    lines.pipe(" ".join(command), checkCode=True).saveAsTextFile(out)


def main(argv: Optional[Sequence[str]] = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2, help="local[N]")
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--partitions", type=int, default=50)
    parser.add_argument("--lang", default="pt-BR")
    parser.add_argument("--cli", help="check through RDD.pipe with this mtlint binary")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "target/spark-out")
    args = parser.parse_args(argv)
    shutil.rmtree(args.out, ignore_errors=True)
    # The workers run this interpreter, which has the package.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (SparkSession.builder.master(f"local[{args.workers}]")
             .appName("mtlint").config("spark.ui.enabled", "false").getOrCreate())
    try:
        sc = spark.sparkContext
        sc.setLogLevel("ERROR")
        data = [(i, mt, src) for i, (mt, src) in enumerate(sized(corpus(), args.pairs))]
        records = sc.parallelize(data, args.partitions)
        started = time.perf_counter()
        if args.cli:
            check_with_cli(records, str(pathlib.Path(args.cli).resolve()), args.lang, str(args.out))
        else:
            checker = mtlint.Checker(lang=args.lang, threads=1)
            check_with_package(sc, records, checker, str(args.out))
        seconds = time.perf_counter() - started
    finally:
        spark.stop()
    summary = {"workers": args.workers, "pairs": args.pairs, "cli": bool(args.cli),
               "seconds": round(seconds, 3),
               "pairs_per_second": round(args.pairs / seconds, 1)}
    print(json.dumps(summary), flush=True)
    return summary


if __name__ == "__main__":
    main()
