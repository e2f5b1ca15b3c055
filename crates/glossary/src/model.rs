use crate::{LangTag, Location};

/// Where an entry or a form was written: file, line, column.
pub type Origin = Location;

/// What a term names. Names (person, place, org) get name-specific checks and messages.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum TermKind {
    Person,
    Place,
    Org,
    Term,
    Spelling,
    Other,
}

impl TermKind {
    pub fn is_name(self) -> bool {
        matches!(self, TermKind::Person | TermKind::Place | TermKind::Org)
    }
    pub fn as_str(self) -> &'static str {
        match self {
            TermKind::Person => "person",
            TermKind::Place => "place",
            TermKind::Org => "org",
            TermKind::Term => "term",
            TermKind::Spelling => "spelling",
            TermKind::Other => "other",
        }
    }
    /// How a message names the thing: "the place Wonsan".
    pub fn noun(self) -> &'static str {
        match self {
            TermKind::Person => "the name",
            TermKind::Place => "the place",
            TermKind::Org => "the organization",
            TermKind::Term => "the term",
            TermKind::Spelling => "the spelling",
            TermKind::Other => "the entry",
        }
    }
}

/// How the letter case of a form must match the text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum CaseMode {
    /// The form as written, capitalised (start of a sentence, a title) or all in capitals
    /// (a headline). The default: "idéia" matches "Idéia" and "IDÉIA", "Wanson" matches
    /// "WANSON" but a lowercase "wanson" is left alone.
    #[default]
    Smart,
    /// Exactly as written: acronyms such as "TASS", where "tass" would be another word.
    Exact,
    /// Any case.
    Insensitive,
}

/// A known wrong rendering of a term.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Avoid {
    pub text: String,
    /// Wrong only within a few words of one of these phrases; wrong everywhere when empty.
    pub near: Vec<String>,
    /// How many words either side `near` looks at.
    pub window: usize,
    /// Wrong only in this language variant (e.g. pt-BR).
    pub variant: Option<LangTag>,
    pub case: Option<CaseMode>,
    pub note: Option<String>,
    pub origin: Origin,
}

impl Avoid {
    pub const DEFAULT_WINDOW: usize = 6;

    pub fn is_contextual(&self) -> bool {
        !self.near.is_empty()
    }
}

/// What an example expects when checked.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ExampleExpectation {
    /// The term is reported, and this is among its suggestions.
    Finding { suggestion: String },
    /// The term reports nothing.
    Clean,
}

/// A sentence that exercises a term; `mtlint glossary test` and `cargo test` run them.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Example {
    pub text: String,
    pub expect: ExampleExpectation,
    /// The language to check the example as; the term's variant or the glossary's language
    /// when absent.
    pub lang: Option<LangTag>,
    pub origin: Origin,
}

/// One glossary entry: a name or term and how it must (and must not) be rendered.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Term {
    /// Unique across all loaded glossaries: explicit, or `kind/preferred` (+ `@variant`).
    pub id: String,
    pub preferred: String,
    pub accepted: Vec<String>,
    pub avoid: Vec<Avoid>,
    pub source: Vec<String>,
    pub kind: TermKind,
    pub variant: Option<LangTag>,
    pub case: CaseMode,
    pub note: Option<String>,
    pub examples: Vec<Example>,
    pub origin: Origin,
    /// Index of the glossary this term came from in its [`GlossarySet`].
    pub glossary: usize,
    /// Declared literal renderings of parts of a name (key `parts`): what MT may turn a
    /// part into when it takes it for a common word.
    #[serde(default)]
    pub parts: Vec<NamePart>,
}

/// A part of a multi-word name and the common words it may be mistranslated as
/// (`{ part = "Son", literal = ["filho"] }` for Choe Son Hui).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NamePart {
    /// One word of the entry's preferred or accepted forms, as written there.
    pub part: String,
    /// Common words of the target language MT may render it as.
    pub literal: Vec<String>,
}

impl Term {
    /// The preferred form and the accepted alternatives: renderings never flagged.
    pub fn good_forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.preferred.as_str()).chain(self.accepted.iter().map(String::as_str))
    }

    /// Whether this term applies to text in `lang`: same language, and the variant (if any)
    /// compatible ("pt" text takes every variant's entries).
    pub fn applies_to(&self, glossary_lang: &LangTag, lang: &LangTag) -> bool {
        glossary_lang.overlaps(lang) && self.variant.as_ref().is_none_or(|v| v.overlaps(lang))
    }
}

/// The header of a glossary file.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct GlossaryMeta {
    pub name: String,
    pub lang: LangTag,
    pub source_lang: Option<LangTag>,
    pub description: Option<String>,
    pub license: Option<String>,
    pub sources: Vec<String>,
    /// The file as the user named it (or `<shipped>/pt/places.toml` for embedded ones).
    pub file: String,
}

/// One parsed glossary file.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Glossary {
    pub meta: GlossaryMeta,
    pub terms: Vec<Term>,
}

/// Several glossaries merged and validated together.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct GlossarySet {
    pub(crate) glossaries: Vec<GlossaryMeta>,
    pub(crate) terms: Vec<Term>,
    /// The fingerprint of the shipped glossaries' build-time encoding when this set is
    /// that encoding decoded, unchanged ([`crate::shipped::set`]); `None` for any other
    /// set (every merge builds a new one). Not encoded.
    #[serde(skip)]
    pub(crate) shipped: Option<u64>,
}

impl GlossarySet {
    /// [`crate::shipped::FINGERPRINT`] when this set is exactly the shipped glossaries:
    /// what compiled forms of them were made from can be used instead of compiling it.
    pub fn shipped_fingerprint(&self) -> Option<u64> {
        self.shipped
    }
    pub fn glossaries(&self) -> &[GlossaryMeta] {
        &self.glossaries
    }
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }
    pub fn glossary_of(&self, term: &Term) -> &GlossaryMeta {
        &self.glossaries[term.glossary]
    }
    /// The terms that apply to text in `lang`.
    pub fn terms_for<'a>(&'a self, lang: &'a LangTag) -> impl Iterator<Item = &'a Term> + 'a {
        self.terms
            .iter()
            .filter(move |t| t.applies_to(&self.glossaries[t.glossary].lang, lang))
    }
    /// The regional variants of `language` that the glossaries name (in a header, an
    /// entry or a wrong form), sorted: pt-BR and pt-PT for the shipped Portuguese.
    pub fn variants_of(&self, language: &str) -> Vec<LangTag> {
        let headers = self.glossaries.iter().map(|g| &g.lang);
        let entries = self.terms.iter().flat_map(|t| {
            t.variant
                .iter()
                .chain(t.avoid.iter().filter_map(|a| a.variant.as_ref()))
        });
        let mut variants: Vec<LangTag> = headers
            .chain(entries)
            .filter(|v| v.language() == language && v.region().is_some())
            .cloned()
            .collect();
        variants.sort();
        variants.dedup();
        variants
    }
    /// The target languages the glossaries cover, without regions, deduplicated.
    pub fn languages(&self) -> Vec<LangTag> {
        let mut langs: Vec<LangTag> = self.glossaries.iter().map(|g| g.lang.base()).collect();
        langs.sort();
        langs.dedup();
        langs
    }
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}
