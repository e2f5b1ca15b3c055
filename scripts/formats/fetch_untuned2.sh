#!/usr/bin/env bash
# A second untuned set of human Portuguese PO catalogues (issue 15, session 9): Debian
# packages that no other script under scripts/ fetches (not fetch.sh, fetch_untuned.sh,
# scripts/quality/*, scripts/bench/*), chosen by name before any finding on them was
# looked at: desktop programs, command-line tools, system services and libraries. Every
# pt_BR catalogue, and the European ones (pt, pt_PT: git has only pt_PT). The set is measured ONCE, after the rule
# work of session 9, with scripts/compare/po_rules.py --untuned.
#
#   bash scripts/formats/fetch_untuned2.sh   # catalogues under target/formats/untuned2/corpus
#
# Licences: each catalogue is under its package's licence (GPL-2+ for most of GNOME, Xfce,
# vim's Vim licence, systemd's LGPL-2.1+, GStreamer's LGPL-2+, libgpg-error's LGPL-2.1+;
# see /usr/share/doc/<package>/copyright in each .deb). Used only as a measurement corpus
# under target/, never committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/formats/debs.sh
source scripts/formats/debs.sh
work="$PWD/target/formats/untuned2"
debs=(gedit-common evince-common gnome-calculator mousepad thunar-data meld zenity-common
      gnome-terminal-data dialog cryptsetup-bin git libgstreamer1.0-0 libgpg-error-l10n
      libvte-2.91-common systemd udisks2)
unpack_debs "$work" "${debs[@]}"
portuguese_catalogues "$work" 2
