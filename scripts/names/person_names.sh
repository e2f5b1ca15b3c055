#!/usr/bin/env bash
# Builds crates/lexicon/data/person_names.fst: given names and surnames of many languages,
# from the person providers of the Faker package (PyPI faker 40.54.0, MIT licence), so that
# `name-near-miss` takes a known person name for a name in its own right, not for a
# misspelling of a place one letter away ("Elvie" is no misspelling of "Éloie").
# Needs python3, pip and cargo. Run from anywhere.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
version=40.54.0
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pip download "faker==$version" --no-deps -d "$work" -q
python3 -m zipfile -e "$work"/faker-"$version"-py3-none-any.whl "$work/wheel"
python3 "$repo/scripts/names/person_names.py" "$work/wheel/faker" >"$work/names.txt"
header="Given names and surnames (Latin script, folded) from the person providers of Faker $version (Python package faker), MIT License, Copyright (c) 2012 Daniele Faraglia. Built by scripts/names/person_names.sh."
cargo run --quiet --release -p mtlint-lexicon --example build_lexicon -- \
    "$repo/crates/lexicon/data/person_names.fst" "$header" <"$work/names.txt"
echo "$(wc -l <"$work/names.txt") names -> crates/lexicon/data/person_names.fst"
