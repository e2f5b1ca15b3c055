"""Checks a corpus of (source, translation) segment pairs with mtlint on Dask distributed.

One checker per worker: the checker is pickled once into a worker plugin, and each
worker process unpickles it (loading the glossaries and building the rules) when it
starts; every task then reuses it. Each task checks a chunk of pairs with
``Checker.check_many`` (the GIL released) and writes one JSON line per segment,
``{"id": N, "findings": [...]}``, to ``OUT/part-NNNNN.jsonl`` (written to a temporary
name and renamed, so a part is whole or absent).

The pairs are real: the pt_BR PO catalogues of tests/fixtures/formats (msgid/msgstr;
fuzzy, obsolete and untranslated entries left out), the Debian catalogues that
scripts/formats/fetch.sh puts under target/formats/corpus when present, and NTREX-128's
English source with its human pt-BR translation and Apertium's MT
(../shared/corpora/ntrex-dev, or $NTREX; left out when absent). There are a few thousand of them, so ``--pairs`` larger than
that repeats the list (the summary says how many are distinct).

    python crates/python/examples/dask_check.py --workers 2 --pairs 100000 --out target/dask-out
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import re
import sys
import time
from typing import Iterator, List, Optional, Sequence, Tuple

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

import mtlint

ROOT = pathlib.Path(__file__).resolve().parents[3]
Pair = Tuple[str, str]  # (translation, source)


# --- the corpus -------------------------------------------------------------------------

_PO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
               "f": "\f", "v": "\v"}


def _po_string(line: str) -> str:
    """The text of a PO string literal line (`"..."`), escapes undone."""
    body = line.strip()[1:-1]
    return re.sub(r"\\(.)", lambda m: _PO_ESCAPES.get(m.group(1), m.group(1)), body)


def po_pairs(path: pathlib.Path) -> Iterator[Pair]:
    """(msgstr, msgid) of every translated entry (entries are blocks between blank lines;
    a plural gives its first form; fuzzy and obsolete `#~` entries are left out)."""
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        fields: dict = {}
        field = None
        fuzzy = False
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in line
            elif line.startswith("#"):
                continue
            elif line.startswith('"') and field:
                fields[field] += _po_string(line)
            elif line:
                field, _, rest = line.partition(" ")
                fields[field] = _po_string(rest)
        msgid = fields.get("msgid", "")
        msgstr = fields.get("msgstr", fields.get("msgstr[0]", ""))
        if msgid and msgstr and not fuzzy:
            yield msgstr, msgid


def ntrex_folder(root: pathlib.Path) -> Optional[pathlib.Path]:
    """NTREX-128 with its English source: $NTREX, or ../shared/corpora/ntrex-dev beside
    the repository or its worktree folder (the repository's fixtures hold only the
    references)."""
    candidates = [os.environ.get("NTREX", "")]
    candidates += [str(up / "shared/corpora/ntrex-dev") for up in (root.parent, root.parent.parent)]
    for folder in map(pathlib.Path, filter(None, candidates)):
        if (folder / "src.en.txt").is_file():
            return folder
    return None


def ntrex_pairs(folder: pathlib.Path) -> Iterator[Pair]:
    source = (folder / "src.en.txt").read_text(encoding="utf-8").splitlines()
    for name in ("ref.pt-BR.txt", "mt-apertium-es.pt-BR.txt"):
        target = (folder / name).read_text(encoding="utf-8").splitlines()
        yield from ((t, s) for t, s in zip(target, source) if t.strip())


def corpus(root: pathlib.Path = ROOT) -> List[Pair]:
    """Every real pt-BR pair this tree holds (see the module's docstring)."""
    files = sorted((root / "tests/fixtures/formats").glob("*pt_BR.po"))
    files += sorted((root / "target/formats/corpus").glob("**/*pt_BR*.po"))
    pairs: List[Pair] = []
    for path in files:
        pairs.extend(po_pairs(path))
    ntrex = ntrex_folder(root)
    if ntrex:
        pairs.extend(ntrex_pairs(ntrex))
    # A text is checked against its source line by line: a multi-line entry whose
    # translation has another number of lines cannot pair.
    return [(t, s) for t, s in pairs if t.count("\n") == s.count("\n")]


def repeated(pairs: Sequence[Pair], n: int) -> List[Pair]:
    """`n` pairs: the list, repeated as often as needed."""
    return [pairs[i % len(pairs)] for i in range(n)]


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


def write_jsonl(pairs: Sequence[Pair], path: pathlib.Path) -> None:
    """The pairs as `mtlint check --input-format jsonl` reads them, for the CLI comparison."""
    with path.open("w", encoding="utf-8") as f:
        for i, (mt, src) in enumerate(pairs):
            f.write(json.dumps({"id": i, "src": src, "mt": mt}, ensure_ascii=False) + "\n")


def main(argv: Optional[Sequence[str]] = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--pairs", type=int, default=100_000,
                        help="how many pairs to check (the real ones, repeated)")
    parser.add_argument("--chunk", type=int, default=2_000, help="pairs per task")
    parser.add_argument("--lang", default="pt-BR")
    parser.add_argument("--out", type=pathlib.Path, default=ROOT / "target/dask-out")
    parser.add_argument("--write-jsonl", type=pathlib.Path,
                        help="also write the pairs as JSONL for `mtlint check --input-format jsonl -`")
    args = parser.parse_args(argv)
    real = corpus()
    pairs = repeated(real, args.pairs)
    if args.write_jsonl:
        write_jsonl(pairs, args.write_jsonl)
    summary = run(pairs, args.workers, args.out, args.chunk, args.lang)
    summary["distinct_pairs"] = len(real)
    print(json.dumps(summary), flush=True)
    return summary


if __name__ == "__main__":
    main()
    sys.exit(0)
