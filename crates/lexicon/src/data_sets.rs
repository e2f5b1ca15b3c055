//! The data files this crate embeds, with where they come from and under which licence:
//! `mtlint licences` lists them, and the crate's `license` field is derived from them.

/// One embedded data file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataSet {
    /// The file, relative to the repository root.
    pub file: &'static str,
    /// What it holds.
    pub what: &'static str,
    /// Where it comes from, with versions.
    pub source: &'static str,
    /// The licence it is used under, as an SPDX expression (the option chosen where the
    /// source offers several).
    pub licence: &'static str,
}

/// Every data file of this crate (`include_bytes!` in lib.rs and usage.rs, `include_str!`
/// in profile.rs), and the one of mtlint-check, which has no list of its own.
pub const DATA_SETS: &[DataSet] = &[
    DataSet {
        file: "crates/lexicon/data/pt.fst",
        what: "Portuguese word list (pt-BR and pt-PT, lowercase)",
        source: "Debian hunspell-pt-br and hunspell-pt-pt 1:7.5.0-1 (LibreOffice dictionaries: \
                 VERO by Raimundo Santos Moura; Natura by J. J. de Almeida, R. Vilela, \
                 A. Simões), expanded by scripts/lexicon/build.sh",
        licence: "LGPL-3.0-only AND LGPL-2.1-only",
    },
    DataSet {
        file: "crates/lexicon/data/usage.fst",
        what: "Word usage (Zipf) in Portuguese and five other languages",
        source: "PyPI wordfreq 3.1.1 (Robyn Speer et al.), by scripts/lexicon/wordfreq.sh",
        licence: "CC-BY-SA-4.0",
    },
    DataSet {
        file: "crates/lexicon/data/person_names.fst",
        what: "Given names and surnames",
        source: "PyPI Faker 40.54.0 person providers (Daniele Faraglia), by \
                 scripts/names/person_names.sh",
        licence: "MIT",
    },
    DataSet {
        file: "crates/lexicon/data/pt/from-en.tsv",
        what: "English words and their common Portuguese translations",
        source: "Debian dict-freedict-eng-por 2022.04.21-1 (FreeDict English-Portuguese 0.3, \
                 FreeDict contributors), by scripts/names/build_translations.sh",
        licence: "GPL-2.0-or-later",
    },
    DataSet {
        file: "crates/lexicon/data/pt/not-offered.txt",
        what: "Accented forms of the word list that are no lowercase Portuguese word",
        source: "derived from crates/lexicon/data/pt.fst by scripts/lexicon/not_offered.sh",
        licence: "LGPL-3.0-only AND LGPL-2.1-only",
    },
    DataSet {
        file: "crates/lexicon/data/pt/profile.toml",
        what: "The Portuguese profile: closed word lists (clitics, prefixes, abbreviations, \
               particles, citation cues) and variant accents",
        source: "written for mtlint (its code's licence, MIT OR Apache-2.0; MIT chosen here)",
        licence: "MIT",
    },
    DataSet {
        file: "crates/lexicon/data/pt/length-from-en.tsv",
        what: "Length ratios of human English-Portuguese translations, by source length",
        source: "measured on the NTREX-128 pt-BR and pt-PT references (Microsoft, CC BY-SA \
                 4.0), tune documents only, by scripts/compare/length_calibrate.py",
        licence: "CC-BY-SA-4.0",
    },
    DataSet {
        file: "crates/lexicon/data/en/words.txt",
        what: "Ordinary (lowercase) English words",
        source: "Debian wamerican 2020.12.07-2 (SCOWL, Kevin Atkinson; its other parts are \
                 public domain), by scripts/compare/english_words.sh",
        licence: "HPND-sell-variant",
    },
    DataSet {
        file: "crates/lexicon/data/en/demonyms.txt",
        what: "English demonyms (German, Korean, Chinese)",
        source: "Debian wamerican 2020.12.07-2 capitalised entries (SCOWL, Kevin Atkinson), \
                 kept by the place names of glossaries/pt/countries.toml and cities.toml \
                 (CLDR, iso-codes, libgweather) or by the FreeDict English-Portuguese table \
                 (Debian dict-freedict-eng-por), by scripts/compare/english_demonyms.py (the words are \
                 wamerican's; the selection uses the GPL-2.0-or-later table)",
        licence: "HPND-sell-variant AND GPL-2.0-or-later",
    },
    DataSet {
        file: "crates/lexicon/data/en/source.toml",
        what: "English as a source language: function words, untranslatable name parts",
        source: "written for mtlint (its code's licence, MIT OR Apache-2.0; MIT chosen here)",
        licence: "MIT",
    },
    DataSet {
        file: "crates/check/data/shipped-term-index-pt.postcard",
        what: "The shipped glossaries' term index for Portuguese text, compiled ahead of time \
               (mtlint-check's src/term_index/stored.rs)",
        source: "derived from the shipped glossaries above by \
                 scripts/glossaries/store_term_index.sh; their licences",
        licence: "CC-BY-SA-4.0 AND LGPL-3.0-only AND LGPL-2.1-only AND GPL-2.0-or-later AND \
                  Unicode-3.0 AND BSD-3-Clause AND LGPL-2.1-or-later AND CC0-1.0",
    },
];
