#!/usr/bin/env bash
# Real bilingual files for crates/formats, all from package registries (none invented).
#
#   bash scripts/formats/fetch.sh            # corpus under target/formats/ (not committed)
#   bash scripts/formats/fetch.sh --fixtures # also refreshes tests/fixtures/formats/
#
# Sources and licences:
# - Django's pt_BR catalogues (django.po, djangojs.po of django/conf and contrib/admin),
#   from the Django wheel on PyPI: BSD-3-Clause (Django Software Foundation and
#   individual contributors; the translations are part of Django).
# - django-allauth's pt_PT catalogue (many obsolete `#~` entries, one of them fuzzy), from
#   its wheel on PyPI: MIT (Raymond Penners and contributors).
# - Debian packages' pt_BR `.mo` catalogues, turned back into PO with `msgunfmt`: each
#   under its package's licence (GPL-2+/GPL-3+/LGPL-2.1+ for the GNU and GNOME ones; see
#   /usr/share/doc/<package>/copyright inside each .deb). Used only as a test/bench corpus
#   under target/, never committed.
# - Symfony Validator's pt_BR XLIFF 1.2 (validators.pt_BR.xlf) from Debian's
#   php-symfony-validator: MIT (Fabien Potencier and Symfony contributors).
# - XLIFF 2.0 and TMX: no real pt_BR file was found in a package this machine can reach,
#   so they are Django's real admin catalogue converted: TMX by translate-toolkit's
#   po2tmx (GPL-2+ tool; the data keeps Django's BSD-3-Clause), XLIFF 2.0 by the small
#   converter below (xliff2.py), since translate-toolkit writes XLIFF 1.2 only.
# - CSV and JSONL: Django's real admin JavaScript catalogue converted, CSV by
#   translate-toolkit's po2csv, JSONL by jsonl.py below (JSON escapes for every
#   non-ASCII char, as many MT pipelines write them).
# The wheels are pinned so that --fixtures rewrites the committed files byte for byte.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/formats/debs.sh
source scripts/formats/debs.sh
root="$PWD"
work="$root/target/formats"
mkdir -p "$work/debs" "$work/root" "$work/corpus"

# PyPI: Django (the PO files) and translate-toolkit (po2tmx), in a venv under target/.
venv="$work/venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q translate-toolkit==3.20.4
if ! ls "$work"/Django-*.whl >/dev/null 2>&1; then
  "$venv/bin/python" -m pip download -q --no-deps -d "$work" django==5.2.20
fi
if ! ls "$work"/django_allauth-*.whl >/dev/null 2>&1; then
  "$venv/bin/python" -m pip download -q --no-deps -d "$work" django-allauth==65.22.1
fi
wheel=$(ls "$work"/[Dd]jango-[0-9]*.whl | head -1)
rm -rf "$work/django" && mkdir -p "$work/django"
(cd "$work/django" && python3 -m zipfile -e "$wheel" . >/dev/null)
django="$work/django/django"
rm -rf "$work/allauth" && mkdir -p "$work/allauth"
(cd "$work/allauth" && python3 -m zipfile -e "$(ls "$work"/django_allauth-*.whl | head -1)" . >/dev/null)

# Debian: packages with pt_BR catalogues, unpacked, .mo back to PO.
debs=(coreutils tar wget libglib2.0-data libgtk-3-common util-linux-locales gnupg-l10n
      apt dpkg gettext bash findutils grep sed diffutils e2fsprogs binutils-common
      libreoffice-l10n-pt-br php-symfony-validator)
unpack_debs "$work" "${debs[@]}"
find "$work/root" -path '*pt[_-]BR*' -name '*.mo' | sort | while read -r mo; do
  name=$(echo "${mo#"$work/root/"}" | tr '/' '_')
  msgunfmt "$mo" -o "$work/corpus/${name%.mo}.po"
done
cat "$work"/corpus/*.po > "$work/corpus.po"
echo "corpus: $(ls "$work"/corpus/*.po | wc -l) catalogues," \
  "$(grep -c '^msgid ' "$work/corpus.po") messages, $(wc -c < "$work/corpus.po") bytes" \
  "in target/formats/corpus.po"

# Converted formats, from Django's admin catalogue.
admin_po="$django/contrib/admin/locale/pt_BR/LC_MESSAGES/django.po"
"$venv/bin/po2tmx" -l pt-BR "$admin_po" "$work/admin.pt_BR.tmx" >/dev/null
"$venv/bin/python" "$root/scripts/formats/xliff2.py" "$admin_po" "$work/admin.pt_BR.xlf2"
js_po="$django/contrib/admin/locale/pt_BR/LC_MESSAGES/djangojs.po"
"$venv/bin/po2csv" "$js_po" "$work/adminjs.pt_BR.csv" >/dev/null
"$venv/bin/python" "$root/scripts/formats/jsonl.py" "$js_po" "$work/adminjs.pt_BR.jsonl"

if [ "${1:-}" = "--fixtures" ]; then
  fx="$root/tests/fixtures/formats"
  mkdir -p "$fx"
  cp "$django/conf/locale/pt_BR/LC_MESSAGES/django.po" "$fx/django.pt_BR.po"
  cp "$admin_po" "$fx/django-admin.pt_BR.po"
  cp "$work/allauth/allauth/locale/pt_PT/LC_MESSAGES/django.po" "$fx/allauth.pt_PT.po"
  cp "$django/contrib/admin/locale/pt_BR/LC_MESSAGES/djangojs.po" "$fx/djangojs-admin.pt_BR.po"
  cp "$(find "$work/root" -name 'validators.pt_BR.xlf' | head -1)" "$fx/symfony-validators.pt_BR.xlf"
  cp "$work/admin.pt_BR.tmx" "$fx/django-admin.pt_BR.tmx"
  cp "$work/admin.pt_BR.xlf2" "$fx/django-admin.pt_BR.xlf"
  cp "$work/adminjs.pt_BR.csv" "$fx/djangojs-admin.pt_BR.csv"
  cp "$work/adminjs.pt_BR.jsonl" "$fx/djangojs-admin.pt_BR.jsonl"
  ls -l "$fx"
fi
