#!/usr/bin/env bash
# A third untuned set of human Portuguese PO catalogues (issue 15, session 10): Debian
# packages that no other script under scripts/ fetches (grep of scripts/ for each name,
# before any finding on them was looked at): desktop programs, command-line tools, system
# services and libraries. Every pt_BR catalogue, and the European ones (pt, pt_PT). The set
# is measured ONCE with the code of the branch point (main), with
# scripts/compare/po_rules.py --untuned; after that it is tuned.
#
#   bash scripts/formats/fetch_untuned3.sh   # catalogues under target/formats/untuned3/corpus
#
# Packages and licence families (see /usr/share/doc/<package>/copyright in each .deb):
# - desktop: file-roller, eog, gnome-system-monitor, gnome-disk-utility, xfce4-terminal,
#   ristretto, baobab (GPL-2+);
# - command line: mc-data (GPL-3+), aptitude-common (GPL-2+), texinfo (GPL-3+), mutt
#   (GPL-2+), sharutils (GPL-3+);
# - system services and libraries: network-manager (GPL-2+; libnm LGPL-2.1+), pulseaudio
#   (LGPL-2.1+), libexif12 (LGPL-2.1+), polkitd (LGPL-2+).
# Used only as a measurement corpus under target/, never committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/formats/debs.sh
source scripts/formats/debs.sh
work="$PWD/target/formats/untuned3"
debs=(file-roller eog gnome-system-monitor gnome-disk-utility xfce4-terminal ristretto
      baobab mc-data aptitude-common texinfo mutt sharutils
      network-manager pulseaudio libexif12 polkitd)
unpack_debs "$work" "${debs[@]}"
portuguese_catalogues "$work" 3
