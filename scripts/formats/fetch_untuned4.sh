#!/usr/bin/env bash
# A fourth untuned set of human Portuguese PO catalogues (issue 15, session 11): Debian
# packages that no other script under scripts/ fetches (grep of scripts/ for each name,
# before any finding on them was looked at): desktop programs, command-line tools, system
# libraries, games, and programs full of numbers and units. Every pt_BR catalogue, and the
# European ones (pt, pt_PT). The set is measured ONCE with the code of the branch point
# (main 380270a5), with scripts/compare/po_rules.py --untuned; after that it is tuned.
#
#   bash scripts/formats/fetch_untuned4.sh   # catalogues under target/formats/untuned4/corpus
#
# Packages and licence families (see /usr/share/doc/<package>/copyright in each .deb):
# - desktop: seahorse (GPL-2+), brasero-common (GPL-2+ / GPL-3+), xfce4-panel (GPL-2+,
#   LGPL-2.1+), xfce4-settings (GPL-2+), gnome-clocks (GPL-2+), gnome-font-viewer (GPL-2+),
#   gnome-weather (GPL-2+), gnome-characters (GPL-2+);
# - command line: dos2unix (BSD-2-clause), pv (Artistic-2.0), sysstat (GPL-2+),
#   grub-common (GPL-3+);
# - system libraries: libxfce4ui-common (LGPL-2+), libwnck-3-common (LGPL-2+),
#   libgtop2-common (GPL-2+), gnome-desktop3-data (LGPL-2+);
# - games: aisleriot (GPL-3+), gnome-chess (GPL-3+), gnome-mines (GPL-3+), gnome-sudoku
#   (GPL-3+), quadrapassel (GPL-2+);
# - numbers and units: gparted-common (GPL-2+), xfce4-power-manager-data (GPL-2+),
#   pavucontrol (GPL-2+).
# Left out on purpose: lynx-common (GPL-2 only), libgweather-4-common (its 4,807
# "locations" messages are place names only), hexchat-common and pluma-common (to keep the
# set small enough for every finding to be read; pluma is a gedit fork, and gedit is in
# set 2).
# Used only as a measurement corpus under target/, never committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/formats/debs.sh
source scripts/formats/debs.sh
work="$PWD/target/formats/untuned4"
debs=(seahorse brasero-common xfce4-panel xfce4-settings gnome-clocks gnome-font-viewer
      gnome-weather gnome-characters dos2unix pv sysstat grub-common
      libxfce4ui-common libwnck-3-common libgtop2-common gnome-desktop3-data
      aisleriot gnome-chess gnome-mines gnome-sudoku quadrapassel
      gparted-common xfce4-power-manager-data pavucontrol)
unpack_debs "$work" "${debs[@]}"
portuguese_catalogues "$work" 4
