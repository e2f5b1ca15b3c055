#!/usr/bin/env python3
"""Paired timing of `mtlint check --jobs 1` and `--jobs 2` on a shared, busy machine.

hyperfine (scripts/bench/batch.sh) times all runs of one command, then all of the other:
when other builds come and go on a 2-core machine, the two series see different loads. This
script instead waits for a moment when the CPUs are idle (from /proc/stat), then runs the
two commands back to back (alternating which goes first), and keeps the pair. The speed-up
is the median of the per-pair ratios; throughput is from the median times.

usage: paired.py CORPUS_DIR [--pairs N] [--idle 0.85] [--bin target/release/mtlint]
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path


def cpu_times() -> tuple[int, int]:
    """(idle, total) jiffies over all CPUs."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return idle, sum(fields)


def idle_fraction(window: float) -> float:
    idle0, total0 = cpu_times()
    time.sleep(window)
    idle1, total1 = cpu_times()
    return (idle1 - idle0) / max(1, total1 - total0)


def run(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--pairs", type=int, default=30)
    parser.add_argument("--idle", type=float, default=0.85)
    parser.add_argument("--bin", default="target/release/mtlint")
    parser.add_argument("--max-wait", type=float, default=900, help="seconds")
    args = parser.parse_args()

    files = sorted(args.corpus.glob("*.txt"))
    size = sum(p.stat().st_size for p in files)
    cmd = lambda jobs: [args.bin, "check", "--lang", "pt", "--jobs", str(jobs), str(args.corpus)]
    for jobs in (1, 2, 1, 2):  # warm the page cache and the binary
        run(cmd(jobs))

    one, two, ratios, waited, skipped = [], [], [], 0.0, 0
    deadline = time.monotonic() + args.max_wait
    while len(ratios) < args.pairs and time.monotonic() < deadline:
        idle = idle_fraction(0.5)
        if idle < args.idle:
            skipped += 1
            waited += 0.5
            continue
        order = (1, 2) if len(ratios) % 2 == 0 else (2, 1)
        t = {jobs: run(cmd(jobs)) for jobs in order}
        one.append(t[1])
        two.append(t[2])
        ratios.append(t[1] / t[2])

    if not ratios:
        sys.exit("the machine was never idle enough")
    m1, m2 = statistics.median(one), statistics.median(two)
    print(f"corpus: {len(files)} files, {size / 1e6:.2f} MB; {len(ratios)} pairs, each after "
          f"a 0.5 s window with >= {args.idle:.0%} CPU idle ({skipped} busy windows skipped)")
    print("| threads | median | min | max | MB/s (median) | files/s (median) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for jobs, ts, m in ((1, one, m1), (2, two, m2)):
        print(f"| {jobs} | {m * 1e3:.0f} ms | {min(ts) * 1e3:.0f} ms | {max(ts) * 1e3:.0f} ms | "
              f"{size / m / 1e6:.1f} | {len(files) / m:.0f} |")
    q = statistics.quantiles(ratios, n=4) if len(ratios) >= 4 else [min(ratios), 0, max(ratios)]
    print(f"speed-up 1 → 2 threads: median of pair ratios {statistics.median(ratios):.2f}x "
          f"(quartiles {q[0]:.2f}x–{q[2]:.2f}x); ratio of median times {m1 / m2:.2f}x")


if __name__ == "__main__":
    main()
