#!/usr/bin/env bash
# Writes crates/check/data/shipped-term-index-pt.postcard: the term index of the shipped
# glossaries for "pt" text, built by mtlint-check itself and stored so `mtlint check`
# decodes it instead of building it at every start (crates/check/src/term_index/stored.rs).
# Run it after changing a shipped glossary or the code that compiles forms (term_index.rs,
# tokens.rs, case.rs, names/table.rs, the glossary crate's lang/model/text.rs): until then
# the stored index is ignored (the index is built, as before) and the test
# `the_stored_index_is_the_built_one` fails. Then rebuild and run that test again.
set -euo pipefail
cd "$(dirname "$0")/../.."
MTLINT_WRITE_STORED_INDEX=1 cargo test --release -p mtlint-check --lib \
    term_index::stored::tests::the_stored_index_is_the_built_one -- --exact
ls -l crates/check/data/shipped-term-index-pt.postcard
