#!/usr/bin/env bash
# A fifth untuned set of human Portuguese PO catalogues (issue 15, session 13): Debian
# packages that no other script under scripts/ fetches (grep -rw of scripts/ for each name,
# before any finding on them was looked at): desktop programs, command-line/system tools,
# libraries' data, games, programs full of numbers and units, and programs full of names
# of people, places and products. Every pt_BR catalogue, and the European ones (pt,
# pt_PT). The set is measured ONCE with the code of the branch point (main da0d3ae1), with
# scripts/compare/po_rules.py --untuned; after that it is tuned.
#
#   bash scripts/formats/fetch_untuned5.sh   # catalogues under target/formats/untuned5/corpus
#
# Packages and licence families (see /usr/share/doc/<package>/copyright in each .deb):
# - desktop: nautilus-data (GPL-3+), gnome-software-common (GPL-2+), shotwell-common
#   (GPL-2+ / LGPL-2.1), totem-common (GPL-2+ with a GStreamer exception), rhythmbox-data
#   (GPL-2+ with a GStreamer exception), cheese-common (GPL-2+), gnome-calendar (GPL-3+ /
#   LGPL-2+), xfce4-appfinder (GPL-2+), xfce4-notifyd (GPL-2+), xfce4-screenshooter
#   (GPL-2+);
# - system tools: gnome-logs (GPL-3+ / GPL-2+), gnome-usage (GPL-3+), xfce4-taskmanager
#   (GPL-2+);
# - games: gnome-mahjongg (GPL-2+), gnome-robots (GPL-3+ / GPL-2+ / LGPL-3+), tali (GPL-2+);
# - numbers and units: gnome-power-manager (GPL-2+), xfce4-weather-plugin (GPL-2+),
#   gnome-usage and xfce4-taskmanager (memory, processor);
# - names of people, places and products: gnome-maps (GPL-2+ / Expat), gnome-contacts
#   (GPL-2+ / LGPL-2.1+), rhythmbox-data, gnome-software-common.
# Left out on purpose: gnome-todo and libqalculate-data (no Portuguese catalogue in these
# packages), gnome-control-center-data (to keep the set small enough for every finding to
# be read).
# Used only as a measurement corpus under target/, never committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/formats/debs.sh
source scripts/formats/debs.sh
work="$PWD/target/formats/untuned5"
debs=(nautilus-data gnome-software-common shotwell-common totem-common rhythmbox-data
      cheese-common gnome-calendar xfce4-appfinder xfce4-notifyd xfce4-screenshooter
      gnome-logs gnome-usage xfce4-taskmanager
      gnome-mahjongg gnome-robots tali
      gnome-power-manager xfce4-weather-plugin
      gnome-maps gnome-contacts)
unpack_debs "$work" "${debs[@]}"
portuguese_catalogues "$work" 5
