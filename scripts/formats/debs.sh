# Sourced by the scripts of scripts/formats/ that read Debian packages' catalogues.
#
# unpack_debs WORK PACKAGE...: downloads the packages into WORK/debs (once: a later run
# reuses them), unpacks every one into WORK/root, and makes sure msgunfmt is there to turn
# their .mo files back into PO.
unpack_debs() {
  local work="$1"
  shift
  mkdir -p "$work/debs" "$work/root" "$work/corpus"
  if [ "$(ls "$work/debs" | wc -l)" -lt "$#" ]; then
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq; fi
    (cd "$work/debs" && apt-get download -qq "$@")
  fi
  for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
  command -v msgunfmt >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq gettext; }
  rm -f "$work"/corpus/*.po
}
