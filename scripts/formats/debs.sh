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

# portuguese_catalogues WORK N: turns every pt_BR, pt and pt_PT catalogue unpacked in
# WORK/root back into PO, one per text domain and language (WORK/corpus/DOMAIN.LANG.po),
# and says how many there are as "untuned corpus N: …".
portuguese_catalogues() {
  local work="$1" n="$2" mo lang
  find "$work/root" \( -path '*/pt_BR/LC_MESSAGES/*' -o -path '*/pt/LC_MESSAGES/*' \
      -o -path '*/pt_PT/LC_MESSAGES/*' \) \
      -name '*.mo' | sort | while read -r mo; do
    lang=$(basename "$(dirname "$(dirname "$mo")")")
    msgunfmt "$mo" -o "$work/corpus/$(basename "${mo%.mo}").$lang.po"
  done
  echo "untuned corpus $n: $(ls "$work"/corpus/*.po | wc -l) catalogues," \
    "$(cat "$work"/corpus/*.po | grep -c '^msgid ') messages in ${work#"$PWD/"}/corpus"
}
