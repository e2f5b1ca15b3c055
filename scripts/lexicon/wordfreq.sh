#!/usr/bin/env bash
# Builds crates/lexicon/data/usage.fst, the word-usage table embedded in mtlint-lexicon
# (see crates/lexicon/src/usage.rs): for every word the hunspell lexicon (data/pt.fst) does
# not know, how much Portuguese text uses it and which other language (en, es, fr, it, de)
# uses it most, as Zipf values.
#
# Source: the `wordfreq` package from PyPI (pinned below), installed with pip into a
# throw-away virtual environment. wordfreq's code is Apache-2.0; its word-frequency data is
# CC BY-SA 4.0 (wordfreq by Robyn Speer, with data from Wikipedia, subtitles (OpenSubtitles,
# SUBTLEX), news (NewsCrawl, GlobalVoices), books (Google Books Ngrams), web text (OSCAR,
# ParaCrawl) and social media); the table derived from it is CC BY-SA 4.0 as well, and says
# so in its header.
#
# Usage: scripts/lexicon/wordfreq.sh   (needs python3 with venv, pip reaching PyPI, cargo;
# run after scripts/lexicon/build.sh when the hunspell lexicon changes)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
version=3.1.1
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet "wordfreq==$version"
py="$work/venv/bin/python"
script="$repo/scripts/lexicon/wordfreq_usage.py"

cargo build --quiet --release --manifest-path "$repo/Cargo.toml" -p mtlint-lexicon \
    --example lookup --example build_usage
bin="$repo/target/release/examples"

"$py" "$script" candidates >"$work/candidates.txt"
# Keep the words the hunspell lexicon lacks: the table answers only for those.
"$bin/lookup" <"$work/candidates.txt" | awk -F'\t' '$2 == 0 { print $1 }' >"$work/unknown.txt"
"$py" "$script" table "$work/unknown.txt" >"$work/table.tsv"

header="mtlint word-usage table: $(wc -l <"$work/table.tsv") words the Portuguese hunspell lexicon lacks.
Built by scripts/lexicon/wordfreq.sh from the PyPI package wordfreq $version (Robyn Speer et al.),
whose data is licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this
derived table is licensed CC BY-SA 4.0 too. Values: Zipf (log10 of frequency per 10^9 words)
in Portuguese, and the language among en, es, fr, it, de that uses the word most, with its
Zipf. Format: this header, a NUL byte, then an fst::Map (word -> packed values)."
"$bin/build_usage" "$repo/crates/lexicon/data/usage.fst" "$header" <"$work/table.tsv"
ls -l "$repo/crates/lexicon/data/usage.fst"
