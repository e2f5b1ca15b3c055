# Sourced by fluent_parallel.sh and fluent_parallel2.sh, in their download folder:
# `unpack_each PACKAGE...` downloads each Debian package once and unpacks it into x-PACKAGE
# (a later run reuses both), and `use_dictionaries` unpacks FreeDict eng-por and the two
# hunspell word lists and sets `dict`, the files fluent_parallel.py takes after the pages.
unpack_each() {
    local p
    for p in "$@"; do
        [ -d "x-$p" ] && continue
        ls "${p}"_*.deb >/dev/null 2>&1 || apt-get download "$p" >/dev/null 2>&1 ||
            { echo "error: apt-get download $p failed (apt-get update first?)" >&2; exit 2; }
        dpkg -x "${p}"_*.deb "x-$p"
    done
}
use_dictionaries() {
    unpack_each dict-freedict-eng-por hunspell-pt-br hunspell-pt-pt
    zcat x-dict-freedict-eng-por/usr/share/dictd/freedict-eng-por.dict.dz >freedict-eng-por.dict
    dict=(x-dict-freedict-eng-por/usr/share/dictd/freedict-eng-por.index freedict-eng-por.dict
        x-hunspell-pt-br/usr/share/hunspell/pt_BR.dic x-hunspell-pt-pt/usr/share/hunspell/pt_PT.dic)
}
