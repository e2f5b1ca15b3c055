#!/usr/bin/env bash
# Builds crates/lexicon/data/en/words.txt: the ordinary (lowercase) words of English, the
# `is_common` test of mtlint-compare's name finder ("The", "May" starting a sentence are
# words, not names).
#
# Source: Debian package wamerican (SCOWL word lists by Kevin Atkinson; permissive licence,
# the notice is copied into the file's header). Only the entries written in lowercase
# letters are kept: a capitalised entry ("Oregon") is a name, not an ordinary word.
#
# Usage: scripts/compare/english_words.sh   (installs wamerican with apt-get when missing)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
list=/usr/share/dict/american-english
if [ ! -f "$list" ]; then
    apt-get install -y -qq wamerican >/dev/null
fi
version="$(dpkg-query -W -f='${Version}' wamerican)"
out="$repo/crates/lexicon/data/en/words.txt"
{
    echo "# Lowercase words of Debian wamerican $version (SCOWL, Kevin Atkinson), one a line."
    echo "# Built by scripts/compare/english_words.sh. Licence of the word list:"
    echo "#   Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and"
    echo "#   sell these word lists, the associated scripts, the output created from the scripts,"
    echo "#   and its documentation for any purpose is hereby granted without fee, provided that the"
    echo "#   above copyright notice appears in all copies and that both that copyright notice and"
    echo "#   this permission notice appear in supporting documentation. Kevin Atkinson makes no"
    echo "#   representations about the suitability of this array for any purpose. It is provided"
    echo "#   \"as is\" without express or implied warranty."
    echo "#   (Full notice: /usr/share/doc/wamerican/copyright of the Debian package.)"
    LC_ALL=C.UTF-8 grep -E '^[a-z]+$' "$list" | LC_ALL=C sort -u
} >"$out"
echo "wrote $out ($(grep -vc '^#' "$out") words)"
