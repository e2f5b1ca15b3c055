#!/usr/bin/env bash
# A NEW untuned set of human pt_BR PO catalogues (issue 15, session 8): Debian packages
# that scripts/formats/fetch.sh does not fetch, chosen by name (command-line and system
# tools with pt_BR catalogues) before any finding on them was looked at. The set is
# measured once, after the rule work, with scripts/compare/po_rules.py --untuned.
#
#   bash scripts/formats/fetch_untuned.sh   # catalogues under target/formats/untuned/corpus
#
# Licences: each catalogue is under its package's licence (GPL-2+/GPL-3+ for the GNU
# tools, glibc's LGPL-2.1+, sudo's ISC-style, see /usr/share/doc/<package>/copyright in
# each .deb). Used only as a measurement corpus under target/, never committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/formats/debs.sh
source scripts/formats/debs.sh
work="$PWD/target/formats/untuned"
debs=(nano make gawk psmisc procps sudo cpio bison libc-l10n debconf-i18n passwd parted
      less man-db wdiff aspell gzip xz-utils kmod)
unpack_debs "$work" "${debs[@]}"
# One catalogue per text domain (LC_TIME copies of a domain are the same messages).
find "$work/root" -path '*pt_BR/LC_MESSAGES*' -name '*.mo' | sort | while read -r mo; do
  msgunfmt "$mo" -o "$work/corpus/$(basename "${mo%.mo}").po"
done
echo "untuned corpus: $(ls "$work"/corpus/*.po | wc -l) catalogues," \
  "$(cat "$work"/corpus/*.po | grep -c '^msgid ') messages in target/formats/untuned/corpus"
