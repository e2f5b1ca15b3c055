"""Issue 21's goals, met or not, from the outputs of scripts/bench/issue21.sh.

Usage: python3 scripts/bench/issue21_table.py target/bench-issue21
"""
import re
import sys
from pathlib import Path

GLOSSARY_BUDGET = 385_000_000  # instructions per 5 MB: 100 MB/s at typos's rate here
STARTUP_BUDGET = 100_000_000
KIB = 1024


def throughput(text):
    """{(text, run): (bytes, instructions)} from vs_typos.sh's table."""
    rows = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 6 and cells[3].isdigit():
            rows[(cells[0], cells[2])] = (int(cells[1]), int(cells[3]))
    return rows


def goals(out):
    rows = throughput((out / "vs_typos.txt").read_text())
    for text in ("technical", "mt", "news"):
        size, typos = rows[(text, "typos")]
        _, every = rows[(text, "all")]
        _, glossary = rows[(text, "glossary")]
        budget = GLOSSARY_BUDGET * size / 5_000_000
        yield f"{text}: every rule x typos", f"{typos / every:.2f}", typos / every >= 2
        yield f"{text}: glossary rules (<= {budget / 1e6:.0f} M)", f"{glossary / 1e6:.1f} M", glossary <= budget
    seed = int((out / "startup.txt").read_text().splitlines()[0].split(": ")[1])
    yield "start-up: seed, language detected", f"{seed / 1e6:.1f} M", seed <= STARTUP_BUDGET
    memory = {}
    for line in (out / "memory.txt").read_text().splitlines()[1:]:
        name, size, findings, rss = line.split()[:4]
        memory[name] = (int(size), int(findings), int(rss) * KIB)
    size, _, rss = memory["news64.txt"]
    limit = 2 * size + 64 * KIB * KIB
    yield "memory: 64 MiB of news (<= 2 x input + 64 MiB)", f"{rss / KIB / KIB:.0f} MiB", rss <= limit
    _, findings, rss = memory["findings.txt"]
    per = (rss - memory["empty.txt"][2]) / findings
    yield "memory: bytes per finding (<= 500)", f"{per:.0f}", per <= 500
    bound = re.search(r"speed-up: ([\d.]+)", (out / "threads.txt").read_text())
    value = float(bound.group(1)) if bound else 0.0
    yield "2 threads: callgrind bound (>= 1.8)", f"{value:.3f}", value >= 1.8


def main():
    out = Path(sys.argv[1])
    print("| goal | measured | met |")
    print("| --- | ---: | --- |")
    for goal, measured, met in goals(out):
        print(f"| {goal} | {measured} | {'yes' if met else '**no**'} |")


if __name__ == "__main__":
    main()
