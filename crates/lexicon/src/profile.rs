//! Language profiles: everything mtlint's rules know of a language besides the glossaries,
//! loaded by language tag from data files (`data/<lang>/profile.toml`, and
//! `data/<lang>/source.toml` for a language as the source of a translation). A rule reads
//! the profile it is given and skips itself when the profile lacks what it needs (no
//! lexicon: no word-level rules), so a language is added by adding its data files.

use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::{Lexicon, Translations, UsageTable};

/// What the rules know of one target language.
#[derive(Debug)]
pub struct Profile {
    /// The language's tag ("pt").
    pub language: String,
    /// The closed word lists the rules read.
    pub words: WordLists,
    /// Which accent each regional variant writes where the spellings differ
    /// ("econômico" in Brazil, "económico" in Portugal), by region code.
    pub variants: BTreeMap<String, Accent>,
    /// How each variant writes the progressive, if the variants differ there.
    pub progressive: Option<Progressive>,
    /// The language translated from, with what the rules know of it.
    pub source: SourceProfile,
    /// How the language writes numbers, if the profile says (`number-mismatch`).
    pub numbers: Option<Numbers>,
    /// How the spellings of a pivot language map onto this language's, if the profile says.
    pub respelling: Respelling,
    lexicon: Option<LexiconData>,
    usage: Option<&'static UsageTable>,
    data: DataFiles,
    translations: OnceLock<Translations>,
    not_offered: OnceLock<HashSet<&'static str>>,
}

#[derive(Debug)]
enum LexiconData {
    Embedded(&'static Lexicon),
    Own(Lexicon),
}

/// The closed word lists of a target language.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct WordLists {
    /// Pronouns a hyphen joins to a verb ("fazê-lo"): a word before one is a verb form.
    pub clitics: Vec<String>,
    /// Abbreviations whose full stop does not end a sentence ("sr.", "dr.").
    pub sentence_abbreviations: Vec<String>,
    /// Productive prefixes: a prefix and a lexicon word make a word ("desconhecida").
    pub prefixes: Vec<String>,
    /// Words before which a spaced hyphen starts a command-line option ("a opção -a").
    pub option_words: Vec<String>,
    /// Clitics besides `clitics` that may follow a spaced hyphen ("deu -lho").
    pub hyphen_clitics: Vec<String>,
    /// The clitics a verb form ending in a vowel takes as they are ("deu-o"), which no
    /// other word before a hyphen does ("a opção -a" is a command-line option).
    pub plain_clitics: Vec<String>,
    /// The last letters of the words that take `plain-clitics` ("deu-o", "deixe-a": the
    /// vowels).
    pub plain_clitic_finals: Vec<char>,
    /// Endings that take another form of the clitic though their last letter is in
    /// `plain-clitic-finals` ("dão-no", "põe-no").
    pub nasal_endings: Vec<String>,
    /// Conjunctions that close a list: a punctuation mark after one is named in the prose,
    /// not used ("letras, números, - e . são permitidos").
    pub list_conjunctions: Vec<String>,
    /// Function words that may be pieces of words run together ("de|13|anos").
    pub glued_function_words: Vec<String>,
    /// The one function word that may open a split without a number ("que|corre|longo").
    pub glued_opening_word: String,
    /// Particles inside people's names ("da Silva", "van Gogh").
    pub name_particles: Vec<String>,
    /// Particles joining a given name to a surname ("João Baptista de Sousa").
    pub person_name_joiners: Vec<String>,
    /// Language names after which a text quotes a term on purpose ("do inglês").
    pub citation_languages: Vec<String>,
    /// The prepositions before them ("em", "do", "no").
    pub citation_prepositions: Vec<String>,
    /// Endings by which a form of a word becomes another of the same word, as (from, to):
    /// ("o", "a") makes "acusada" of "acusado", ("", "s") a plural.
    pub inflections: Vec<(String, String)>,
}

/// How a language writes numbers (the data of `mtlint_compare::numbers::NumberLocale`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct Numbers {
    /// The decimal mark.
    pub decimal: char,
    /// Thousands separators; a space or a no-break space groups only exactly three digits.
    pub group: Vec<char>,
    /// Words that multiply the number before them ("mil" = 1e3, "billion" = 1e9), in the
    /// order they are tried.
    pub scale_words: Vec<(String, f64)>,
    /// Number words, cardinal and ordinal ("two", "dois", "primeiro").
    pub number_words: Vec<(String, f64)>,
    /// Endings of ordinals glued to the digits ("st", "º", ".º").
    pub ordinal_marks: Vec<String>,
    /// Words after a number that make it a time of the morning or the afternoon.
    pub am: Vec<String>,
    pub pm: Vec<String>,
    /// The hour mark of times written "15h30".
    pub hour_mark: Option<char>,
    /// Words joining the two ends of a range ("2 to 4 inches").
    pub range_joiners: Vec<String>,
    /// Units whose numbers translators convert ("20 feet" -> "6 metros").
    pub converted_units: Vec<String>,
}

/// Spelling correspondences from the languages MT pivots through (Galician, Spanish) to
/// this one, as (pivot, target): "exixencia" is "exigência" by ("x", "g"). Empty: no
/// respelling is tried.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct Respelling {
    /// Rewrites of one occurrence inside a word ("x" → "j", "ll" → "lh").
    pub inner: Vec<(String, String)>,
    /// Rewrites of a word's ending ("ción" → "ção", "aba" → "ava").
    pub endings: Vec<(String, String)>,
    /// Letter groups the pivot languages write and this language does not ("ñ", "ll"): a
    /// word no usage list holds that has one is theirs.
    pub spelling_groups: Vec<String>,
    /// Word endings the pivot languages write and this language does not ("-ción").
    pub spelling_endings: Vec<String>,
    /// The spellings each vowel may have in this language's word, most likely first
    /// ("a" → "á", "â", "ã"): the accents tried on a respelt word and on a word written
    /// without its accents. Empty: no accent is tried (and `missing-accent` finds nothing).
    pub accents: Vec<(char, Vec<char>)>,
    /// Letters besides the vowels whose mark text typed without accents drops ("c" →
    /// "ç"): tried alone, and together with one accent ("relacao": relação).
    pub letter_marks: Vec<(char, Vec<char>)>,
    /// Endings before which the language writes no stress mark ("-mente": algoritmicamente
    /// from algorítmico): a word with one of them and a `stress-marks` letter is never a
    /// correction.
    pub accentless_endings: Vec<String>,
    /// The letters that mark stress (acute and circumflex vowels).
    pub stress_marks: Vec<char>,
    /// Accented vowels the pivot languages write after a vowel where this language does
    /// not ("constituíntes", "incluír"), and the vowels before them that count.
    pub hiatus_accents: Vec<char>,
    pub hiatus_after: Vec<char>,
    /// Accented final vowels this language writes only after a vowel ("saí", "baú"), the
    /// pivot languages after a consonant too ("predí", "menú").
    pub stressed_finals: Vec<char>,
    /// The language's vowels, plain and marked.
    pub vowels: Vec<char>,
    /// The letters a word of the language may end in: an accented form ending otherwise
    /// ("hosé" for the English "hose", "calç") is never offered. Empty: any letter.
    pub word_finals: Vec<char>,
}

/// How a source language writes names: what finding the names of a source text needs
/// (mtlint-compare's `names::SourceProfile` holds the same lists). Empty: the source's
/// names are not looked for.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct NameConventions {
    /// Lowercase words that may stand inside a name ("Institute of Technology").
    pub connectors: Vec<String>,
    /// Capitalised words that introduce a name and are translated ("President").
    pub titles: Vec<String>,
    /// Capitalised words the target translates: months, weekdays, the pronoun "I".
    pub translated: Vec<String>,
    /// Endings of adjectives derived from place names ("Russ-ian").
    pub demonym_endings: Vec<String>,
    /// Weekdays: never inside a name.
    pub weekdays: Vec<String>,
    /// Months: they end a run of capitals when a number follows.
    pub months: Vec<String>,
    /// Words that open a place name and that the target translates ("West Virginia").
    pub directions: Vec<String>,
    /// Endings of contracted words ("I'm", "We're").
    pub contractions: Vec<String>,
    /// Articles: a capitalised word after one is no person's name ("the West").
    pub articles: Vec<String>,
}

impl NameConventions {
    /// Whether the profile says how names are written (else names are not looked for).
    pub fn is_empty(&self) -> bool {
        self.connectors.is_empty() && self.titles.is_empty()
    }
}

/// Spellings of the source language that the target language (and the languages MT
/// pivots through) writes only in loanwords: evidence of source text left untranslated.
/// Empty: no word is taken for the source language by its spelling.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct SourceSpelling {
    /// Letter groups ("th", "sh", "ck", "gh").
    pub letter_groups: Vec<String>,
    /// Word endings ("-ed", "-ment", "-ness").
    pub endings: Vec<String>,
    /// Endings of inflected or derived forms ("wanted", "talking", "political"), besides a
    /// plural "s".
    pub form_endings: Vec<String>,
    /// Endings of the gerund ("-ing"): a token ending so is no words run together.
    pub gerund_endings: Vec<String>,
    /// Plural endings and what replaces them in the singular ("ies" → "y": "policies",
    /// "policy"), most specific first: the singular of a plural the usage lists know too
    /// little ("descriptions") tells whether it is common English.
    pub plural_endings: Vec<(String, String)>,
    /// English endings of Latin suffixes and the Portuguese endings of the same suffixes
    /// ("ical" → "ico", "ute" → "uto"), longest first: the English spelling of a word the
    /// target lexicon holds in its own ("historical", histórico) is English.
    pub cognate_endings: Vec<(String, String)>,
    /// Pairs of letter groups that, in one word, are the source language's ("w" or "k"
    /// beside the "ll" the pivot languages write too: "walleye", "fullback").
    pub together: Vec<(String, String)>,
    /// The languages (by their label in findings: "German") whose text uses many of the
    /// source language's words as its own: a word the usage lists give them, spelt as the
    /// source language spells, is the source language's ("dashcam", "image").
    pub borrowers: Vec<String>,
}

/// The embedded data files a profile names.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
struct DataFiles {
    /// The source→target word table.
    from_source: Option<String>,
    /// Accented forms never offered as corrections (abbreviations, names).
    not_offered: Option<String>,
    /// The length ratios of human translations from the source language, by band of source
    /// length (the omission test's thresholds).
    length_from_source: Option<String>,
}

/// How two variants write the progressive: one with the gerund ("está fazendo"), the
/// other with a preposition and the infinitive ("está a fazer").
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct Progressive {
    /// The forms of the auxiliary ("estar", "está", "estavam").
    pub auxiliaries: Vec<String>,
    /// The region that writes the auxiliary and the gerund.
    pub gerund: String,
    /// The region that writes the auxiliary, `preposition` and the infinitive.
    pub infinitive: String,
    pub preposition: String,
    /// Words shaped like an infinitive whose gerund is a word too, yet no verb there.
    pub not_verbs: Vec<String>,
}

/// The accent a variant writes where the variants differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Accent {
    Circumflex,
    Acute,
}

/// What the rules know of a source language.
#[derive(Debug, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
pub struct SourceProfile {
    /// The source language's tag ("en").
    pub language: String,
    /// The language's name in messages ("English"); empty: its tag stands for it.
    pub name: String,
    /// Closed-class words: inside a target sentence, evidence of text left untranslated.
    pub function_words: Vec<String>,
    /// Name parts too short or too grammatical to be taken for a translated word.
    pub not_translatable: Vec<String>,
    /// How the source language writes numbers, if the profile says.
    pub numbers: Option<Numbers>,
    /// The source language's spellings that the target spelling has only in loanwords.
    pub spelling: SourceSpelling,
    /// How the language writes names, for finding a source's names.
    pub names: NameConventions,
    /// The embedded list of the language's ordinary (lowercase) words, if mtlint ships one.
    words: Option<String>,
    /// The embedded list of the language's demonyms ("German", "Korean"), if any.
    demonyms: Option<String>,
    /// The list's lines, sorted (the file is), searched by bisection: collecting 64,000
    /// slices costs a fraction of hashing them into a set.
    #[serde(skip)]
    word_set: OnceLock<SortedLines>,
    #[serde(skip)]
    demonym_set: OnceLock<SortedLines>,
}

impl SourceProfile {
    /// Whether the profile has a word list: without one, [`SourceProfile::is_word`] knows
    /// no word, and the rules that need it skip themselves.
    pub fn has_words(&self) -> bool {
        self.words.as_deref().and_then(embedded_file).is_some()
    }

    /// Whether `word` (lowercase) is an ordinary word of the source language ("settings",
    /// "may"), as opposed to a name ("Oregon"). The list is read on first use.
    pub fn is_word(&self, word: &str) -> bool {
        sorted_lines(&self.word_set, self.words.as_deref()).contains(word)
    }

    /// Whether `word` (as written: "German") names a nation, people or place's inhabitant:
    /// capitalised in the source language, translated by the target ("alemão"), never a
    /// given name before a surname ("German Navy"). Needs no glossary.
    pub fn is_demonym(&self, word: &str) -> bool {
        sorted_lines(&self.demonym_set, self.demonyms.as_deref()).contains(word)
    }
}

/// The lines of an embedded list (comments and blank lines left out), sorted, read once.
fn sorted_lines<'a>(cell: &'a OnceLock<SortedLines>, file: Option<&str>) -> &'a SortedLines {
    cell.get_or_init(|| {
        let data = file.and_then(embedded_file);
        let mut lines = list_lines(data.unwrap_or(""));
        // Sorted already when the file is (the build scripts sort bytewise).
        if !lines.is_sorted() {
            lines.sort_unstable();
        }
        SortedLines::new(lines)
    })
}

/// The lines of a list as `str::lines` cuts them, without comments ("#") and blank lines.
/// A byte loop: the English word list has 64,000 lines, and cutting them with `lines()`
/// cost more than all the look-ups of a checked file.
fn list_lines(data: &'static str) -> Vec<&'static str> {
    let mut out = Vec::with_capacity(data.len() / 8);
    let keep = |out: &mut Vec<&'static str>, line: &'static str| {
        if !line.is_empty() && !line.starts_with('#') {
            out.push(line);
        }
    };
    let mut start = 0;
    for (i, b) in data.bytes().enumerate() {
        if b == b'\n' {
            let line = &data[start..i];
            keep(&mut out, line.strip_suffix('\r').unwrap_or(line));
            start = i + 1;
        }
    }
    keep(&mut out, &data[start..]);
    out
}

/// Sorted lines with the range of each first byte: a look-up bisects a few thousand
/// lines instead of 64,000 (the name finder asks for every capitalised word).
#[derive(Debug, Default)]
struct SortedLines {
    lines: Vec<&'static str>,
    /// `starts[b]..starts[b + 1]`: the lines whose first byte is `b`.
    starts: Vec<u32>,
}

impl SortedLines {
    fn new(lines: Vec<&'static str>) -> SortedLines {
        let mut starts = vec![0u32; 257];
        for line in &lines {
            if let Some(&b) = line.as_bytes().first() {
                starts[usize::from(b) + 1] += 1;
            }
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        SortedLines { lines, starts }
    }

    fn contains(&self, word: &str) -> bool {
        let Some(&b) = word.as_bytes().first() else {
            return false;
        };
        let (lo, hi) = (self.starts[usize::from(b)], self.starts[usize::from(b) + 1]);
        self.lines[lo as usize..hi as usize]
            .binary_search(&word)
            .is_ok()
    }
}

/// A profile file as written.
#[derive(Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct ProfileFile {
    language: String,
    /// The source language, whose `source.toml` is loaded with the profile.
    source: String,
    /// The embedded lexicon of the language (`pt`), if mtlint ships one.
    #[serde(default)]
    lexicon: Option<String>,
    /// Words of the profile's own lexicon (a language without an embedded one).
    #[serde(default)]
    lexicon_words: Vec<String>,
    /// The embedded usage table (`pt`: Portuguese against other languages), if any.
    #[serde(default)]
    usage: Option<String>,
    #[serde(default)]
    variants: BTreeMap<String, Accent>,
    #[serde(default)]
    progressive: Option<Progressive>,
    #[serde(default)]
    words: WordLists,
    #[serde(default)]
    numbers: Option<Numbers>,
    #[serde(default)]
    respelling: Respelling,
    #[serde(default)]
    data: DataFiles,
}

/// A profile file that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("{0}")]
    Toml(#[from] toml::de::Error),
    #[error("unknown embedded data set `{0}`")]
    UnknownData(String),
}

impl Profile {
    /// A profile from the text of its `profile.toml` and its source's `source.toml`.
    pub fn from_toml(profile: &str, source: &str) -> Result<Profile, ProfileError> {
        let file: ProfileFile = toml::from_str(profile)?;
        let mut source: SourceProfile = toml::from_str(source)?;
        if source.language.is_empty() {
            source.language = file.source.clone();
        }
        let lexicon = match (file.lexicon.as_deref(), file.lexicon_words.is_empty()) {
            (Some("pt"), _) => Some(LexiconData::Embedded(crate::portuguese())),
            (Some(other), _) => return Err(ProfileError::UnknownData(other.to_string())),
            (None, false) => Some(LexiconData::Own(Lexicon::from_words(
                file.lexicon_words.iter().map(String::as_str),
            ))),
            (None, true) => None,
        };
        let usage = match file.usage.as_deref() {
            Some("pt") => Some(crate::usage()),
            Some(other) => return Err(ProfileError::UnknownData(other.to_string())),
            None => None,
        };
        let data = &file.data;
        for name in [
            &data.from_source,
            &data.not_offered,
            &data.length_from_source,
            &source.words,
            &source.demonyms,
        ]
        .into_iter()
        .flatten()
        {
            embedded_file(name).ok_or_else(|| ProfileError::UnknownData(name.clone()))?;
        }
        Ok(Profile {
            language: file.language,
            words: file.words,
            variants: file.variants,
            progressive: file.progressive,
            source,
            numbers: file.numbers,
            respelling: file.respelling,
            lexicon,
            usage,
            data: file.data,
            translations: OnceLock::new(),
            not_offered: OnceLock::new(),
        })
    }

    /// The source→target word table (empty without one), read on first use.
    pub fn translations(&self) -> &Translations {
        self.translations.get_or_init(|| {
            let data = self.data.from_source.as_deref().and_then(embedded_file);
            Translations::parse(data.unwrap_or(""), self.source.not_translatable.clone())
        })
    }

    /// Whether `word` is an accented form never offered as a correction.
    pub fn not_offered(&self, word: &str) -> bool {
        self.not_offered
            .get_or_init(|| {
                let data = self.data.not_offered.as_deref().and_then(embedded_file);
                data.unwrap_or("")
                    .lines()
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .collect()
            })
            .contains(word)
    }

    /// The length-ratio thresholds of translations into this language from the source
    /// language (a TSV read by `mtlint_compare::length::Thresholds::parse`), if shipped.
    pub fn length_ratios(&self) -> Option<&'static str> {
        self.data
            .length_from_source
            .as_deref()
            .and_then(embedded_file)
    }

    /// The language's lexicon, if the profile has one.
    pub fn lexicon(&self) -> Option<&Lexicon> {
        match &self.lexicon {
            Some(LexiconData::Embedded(l)) => Some(l),
            Some(LexiconData::Own(l)) => Some(l),
            None => None,
        }
    }

    /// How often the language and others use each word, if the profile has the table.
    pub fn usage(&self) -> Option<&'static UsageTable> {
        self.usage
    }

    /// The accent the variant of `region` writes, if the profile says.
    pub fn accent_of(&self, region: Option<&str>) -> Option<Accent> {
        let region = region?;
        self.variants
            .iter()
            .find(|(r, _)| r.eq_ignore_ascii_case(region))
            .map(|(_, accent)| *accent)
    }

    /// The region whose variant writes `accent` where the variants differ.
    pub fn region_of_accent(&self, accent: Accent) -> Option<&str> {
        self.variants
            .iter()
            .find(|(_, a)| **a == accent)
            .map(|(region, _)| region.as_str())
    }

    /// A profile with nothing: the rules that need language facts skip themselves.
    pub fn empty(language: &str) -> Profile {
        Profile {
            language: language.to_string(),
            words: WordLists::default(),
            variants: BTreeMap::new(),
            progressive: None,
            source: SourceProfile {
                language: "en".to_string(),
                ..SourceProfile::default()
            },
            numbers: None,
            respelling: Respelling::default(),
            lexicon: None,
            usage: None,
            data: DataFiles::default(),
            translations: OnceLock::new(),
            not_offered: OnceLock::new(),
        }
    }
}

/// The text of an embedded data file a profile names.
fn embedded_file(name: &str) -> Option<&'static str> {
    match name {
        "pt/from-en.tsv" => Some(include_str!("../data/pt/from-en.tsv")),
        "pt/not-offered.txt" => Some(include_str!("../data/pt/not-offered.txt")),
        "pt/length-from-en.tsv" => Some(include_str!("../data/pt/length-from-en.tsv")),
        "en/words.txt" => Some(include_str!("../data/en/words.txt")),
        "en/demonyms.txt" => Some(include_str!("../data/en/demonyms.txt")),
        _ => None,
    }
}

/// The shipped profile of `language` (a primary tag: "pt"), or an empty one.
pub fn profile(language: &str) -> &'static Profile {
    static PT: OnceLock<Profile> = OnceLock::new();
    static EMPTY: OnceLock<Profile> = OnceLock::new();
    match language.to_ascii_lowercase().as_str() {
        "pt" => PT.get_or_init(|| {
            // The shipped files are checked by this crate's tests; a broken one degrades to
            // an empty profile rather than a panic in a user's run.
            Profile::from_toml(
                include_str!("../data/pt/profile.toml"),
                include_str!("../data/en/source.toml"),
            )
            .unwrap_or_else(|_| Profile::empty("pt"))
        }),
        _ => EMPTY.get_or_init(|| Profile::empty("")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_lines_cut_as_lines_does() {
        let reference = |data: &'static str| -> Vec<&'static str> {
            data.lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect()
        };
        for data in [
            "",
            "\n",
            "a",
            "a\n",
            "# note\na\r\nb\n\n#c\nd",
            "x\r",
            "ação\nüber\r\n",
        ] {
            assert_eq!(list_lines(data), reference(data), "{data:?}");
        }
        for file in ["en/words.txt", "en/demonyms.txt"] {
            let data = embedded_file(file).expect("shipped");
            assert_eq!(list_lines(data), reference(data), "{file}");
        }
    }

    #[test]
    fn the_shipped_profiles_load() {
        let pt = Profile::from_toml(
            include_str!("../data/pt/profile.toml"),
            include_str!("../data/en/source.toml"),
        )
        .expect("the Portuguese profile loads");
        assert_eq!(pt.language, "pt");
        assert_eq!(pt.source.language, "en");
        assert!(pt.lexicon().is_some_and(|l| l.contains("canção")));
        assert!(pt.usage().is_some());
        assert!(pt.words.clitics.iter().any(|w| w == "lhe"));
        assert!(pt
            .words
            .inflections
            .contains(&("o".to_string(), "a".to_string())));
        assert!(pt.source.function_words.iter().any(|w| w == "the"));
        assert!(pt.source.spelling.letter_groups.iter().any(|g| g == "th"));
        assert!(pt.source.spelling.form_endings.iter().any(|e| e == "less"));
        assert!(pt
            .source
            .spelling
            .plural_endings
            .iter()
            .any(|(p, s)| p == "ies" && s == "y"));
        assert!(pt
            .source
            .spelling
            .cognate_endings
            .contains(&("ical".to_string(), "ico".to_string())));
        assert!(pt.source.is_word("settings") && !pt.source.is_word("oregon"));
        assert!(pt.length_ratios().is_some_and(|t| t.contains("max_source")));
        assert_eq!(pt.accent_of(Some("br")), Some(Accent::Circumflex));
        assert_eq!(pt.accent_of(Some("PT")), Some(Accent::Acute));
        assert_eq!(pt.accent_of(None), None);
        let (en_numbers, pt_numbers) = (pt.source.numbers.as_ref(), pt.numbers.as_ref());
        assert!(en_numbers.is_some_and(|n| n.decimal == '.' && n.hour_mark.is_none()));
        assert!(pt_numbers.is_some_and(|n| n.decimal == ','
            && n.group == ['.', ' ', '\u{a0}']
            && n.scale_words.contains(&("milhões".to_string(), 1e6))
            && n.hour_mark == Some('h')));
        assert!(pt
            .respelling
            .endings
            .contains(&("ción".to_string(), "ção".to_string())));
        assert_eq!(pt.respelling.inner.len(), 7);
        assert!(pt.respelling.spelling_groups.iter().any(|g| g == "ñ"));
        assert!(pt.respelling.spelling_endings.iter().any(|e| e == "ción"));
        assert!(pt.respelling.accents.contains(&('a', vec!['á', 'â', 'ã'])));
        assert_eq!(pt.respelling.letter_marks, [('c', vec!['ç'])]);
        assert_eq!(pt.respelling.accentless_endings, ["mente"]);
        assert!(pt.words.plain_clitic_finals.contains(&'à'));
        assert_eq!(pt.words.nasal_endings, ["ão", "õe"]);
        assert_eq!(pt.respelling.hiatus_accents, ['í', 'ú']);
        assert_eq!(pt.respelling.vowels.len(), 15);
        assert_eq!(pt.respelling.word_finals.len(), 23);
        assert_eq!(pt.source.names.months.len(), 12);
        assert_eq!(pt.source.name, "English");
        assert!(!pt.source.names.is_empty());
        assert_eq!(
            pt.source.spelling.borrowers,
            ["German", "French", "Italian"]
        );
        assert!(pt
            .source
            .spelling
            .together
            .contains(&("k".to_string(), "ll".to_string())));
    }

    #[test]
    fn a_profile_may_bring_its_own_words() {
        let xx = Profile::from_toml(
            "language = \"xx\"\nsource = \"en\"\nlexicon-words = [\"ba\", \"bí\"]\n",
            "",
        )
        .expect("loads");
        assert!(xx
            .lexicon()
            .is_some_and(|l| l.contains("bí") && !l.contains("bo")));
        assert!(xx.usage().is_none());
    }

    #[test]
    fn unknown_keys_and_data_sets_are_errors() {
        assert!(
            Profile::from_toml("language = \"xx\"\nsource = \"en\"\nlexcon = 1\n", "").is_err()
        );
        assert!(matches!(
            Profile::from_toml("language = \"xx\"\nsource = \"en\"\nlexicon = \"zz\"\n", ""),
            Err(ProfileError::UnknownData(_))
        ));
    }
}
