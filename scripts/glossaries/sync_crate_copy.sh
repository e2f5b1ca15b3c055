#!/usr/bin/env bash
# Copies the shipped glossaries (glossaries/**/*.toml, the source of truth that people and
# generate.py edit) into crates/glossary/glossaries/, the copy that crate embeds: a crate
# published on crates.io may only read files inside itself. Run after any change to
# glossaries/; crates/glossary/tests/shipped_copy.rs fails while the two differ.
set -euo pipefail
cd "$(dirname "$0")/../.."
dest=crates/glossary/glossaries
rm -rf "$dest"
find glossaries -name '*.toml' | while read -r file; do
  mkdir -p "$dest/$(dirname "${file#glossaries/}")"
  cp "$file" "$dest/${file#glossaries/}"
done
echo "copied $(find "$dest" -name '*.toml' | wc -l) glossaries to $dest"
