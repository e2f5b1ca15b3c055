# Shared set-up of the quality scripts that check downloaded text (unseen.sh, unseen2.sh):
# sourced from the repository's root with the script's arguments. Sets `summarise` (the
# summary script), `mtlint` (argument 1, default target/release/mtlint) and `work`
# (argument 2, made if missing; else a temporary folder removed on exit), and defines
# `quality` (the folder of these scripts) and `blocks FILE...`, which prints the blocks of text of HTML files (blocks.py), one a line.
summarise=$(realpath scripts/quality/summarise.py)
quality=$(realpath scripts/quality)
blocks_py=$(realpath scripts/quality/blocks.py)
blocks() { python3 "$blocks_py" "$@"; }
mtlint=$(realpath "${1:-target/release/mtlint}")
if [ -n "${2:-}" ]; then
    work=$(realpath "$2")
    mkdir -p "$work"
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
