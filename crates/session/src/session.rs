//! The session: glossaries and settings in, a file's findings out.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use mtlint_check::{ByteRange, Checker, Finding, GlossaryIndex, Rule, Segment, Settings};
use mtlint_config::Policy;
use mtlint_formats::{ReadOptions, Suppression};
use mtlint_glossary::{GlossarySet, LangTag};
use rayon::prelude::*;

use crate::fix::{self, Fixed};
use crate::language::{self, LangChoice, LanguageError};
use crate::read::{read, FileKind, ReadFile};
use crate::suppress::{check_directives, Suppress};
use crate::{Cancel, Cancelled};

/// What a session checks with, besides its glossaries.
#[derive(Debug, Clone, Default)]
pub struct SessionConfig {
    /// The language of the files, or `Auto` to detect each one's.
    pub lang: LangChoice,
    /// Rules not run at all.
    pub disabled: Vec<Rule>,
    /// What happens to findings after checking: levels, thresholds, the allow-list.
    pub policy: Policy,
    /// How bilingual files are read: fuzzy entries, languages, field names.
    pub read: ReadOptions,
}

/// Why a file could not be checked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckError {
    /// A malformed inline directive, as `name:line:col: message`.
    #[error("{0}")]
    Directive(String),
    /// A file that is not what its format says (or a text and source that do not pair),
    /// as `name:line:col: message`.
    #[error("{0}")]
    Format(String),
    #[error(transparent)]
    Language(#[from] LanguageError),
    #[error(transparent)]
    Cancelled(#[from] Cancelled),
}

/// The findings of one file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The file as the front end named it.
    pub name: String,
    /// The language it was checked in.
    pub lang: LangTag,
    /// Ordered by position, then rule; positions are byte ranges of the file as given.
    pub findings: Vec<Finding>,
}

/// The findings of a file, and what reading it left for the user to know.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    pub findings: Vec<Finding>,
    pub notes: Vec<String>,
}

/// A checker per language, each built once, on first use.
type CheckerCache = Mutex<HashMap<LangTag, Arc<OnceLock<Arc<Checker>>>>>;

/// The glossary index of a plain language whose variant is detected: built once for the
/// variant evidence, and shared with that language's checker if the text is checked in it.
type IndexCache = Mutex<HashMap<LangTag, Arc<OnceLock<GlossaryIndex>>>>;

/// Glossaries and settings, and a checker per language built from them: made once,
/// shared by threads (`&self` everywhere), used for every file.
#[derive(Debug)]
pub struct Session {
    glossaries: GlossarySet,
    config: SessionConfig,
    suppress: Suppress,
    checkers: CheckerCache,
    indexes: IndexCache,
}

/// Files whose checked text is longer than this are cut into parts of about
/// `PART_BYTES` (at paragraph or segment boundaries), checked in parallel: one huge file
/// then uses every thread, and a cancelled check stops within a part.
const LARGE_FILE: usize = 512 * 1024;
const PART_BYTES: usize = 128 * 1024;

/// How many parts a file of `len` bytes is checked in (see `LARGE_FILE`): the most
/// threads its check can keep busy.
pub fn parts_of(len: u64) -> usize {
    if len > LARGE_FILE as u64 {
        usize::try_from(len.div_ceil(PART_BYTES as u64)).unwrap_or(usize::MAX)
    } else {
        1
    }
}

impl Session {
    pub fn new(glossaries: GlossarySet, config: SessionConfig) -> Self {
        let suppress = Suppress::new(config.policy.clone());
        Session {
            glossaries,
            config,
            suppress,
            checkers: Mutex::default(),
            indexes: Mutex::default(),
        }
    }

    pub fn glossaries(&self) -> &GlossarySet {
        &self.glossaries
    }

    pub fn config(&self) -> &SessionConfig {
        &self.config
    }

    /// A warning when the language given is one no glossary covers.
    pub fn uncovered_warning(&self) -> Option<String> {
        match &self.config.lang {
            LangChoice::Tag(lang) => language::uncovered_warning(lang, &self.glossaries),
            LangChoice::Auto => None,
        }
    }

    /// The language files will most likely be in, before reading any: the one given, or
    /// the one language the glossaries cover. Worth building its checker early.
    pub fn likely_lang(&self) -> Option<LangTag> {
        let covered = self.glossaries.languages();
        match &self.config.lang {
            LangChoice::Tag(tag) => Some(tag.clone()),
            LangChoice::Auto if covered.len() == 1 => Some(covered[0].clone()),
            LangChoice::Auto => None,
        }
    }

    /// The checker for `lang`, built on first use and kept.
    pub fn checker(&self, lang: &LangTag) -> Arc<Checker> {
        let cell = {
            let mut cache = self.checkers.lock().unwrap_or_else(PoisonError::into_inner);
            Arc::clone(cache.entry(lang.clone()).or_default())
        };
        // Built outside the lock, so checkers for other languages build meanwhile.
        Arc::clone(cell.get_or_init(|| {
            let settings = Settings {
                lang: lang.clone(),
                disabled: self.config.disabled.clone(),
                options: self.config.policy.options.clone(),
            };
            // The variant evidence compiled this language's glossary index already:
            // reused, not built twice. A variant's checker copies the compiled forms of
            // the plain language's index, built for that evidence.
            let checker = match self.cached_index(lang) {
                Some(index) => Checker::with_index(settings, &index),
                None => match self.cached_index(&lang.base()) {
                    Some(plain) => Checker::reusing(&self.glossaries, settings, &plain),
                    None => Checker::new(&self.glossaries, settings),
                },
            };
            Arc::new(checker)
        }))
    }

    /// The glossary index of `lang`, built on first use and kept (see [`IndexCache`]).
    fn index(&self, lang: &LangTag) -> GlossaryIndex {
        let cell = {
            let mut cache = self.indexes.lock().unwrap_or_else(PoisonError::into_inner);
            Arc::clone(cache.entry(lang.clone()).or_default())
        };
        cell.get_or_init(|| GlossaryIndex::new(&self.glossaries, lang))
            .clone()
    }

    /// The glossary index of `lang` if one was asked for (waiting while it is built).
    fn cached_index(&self, lang: &LangTag) -> Option<GlossaryIndex> {
        let asked = self
            .indexes
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .contains_key(lang);
        asked.then(|| self.index(lang))
    }

    /// Whether files in `lang` have their variant detected before they are checked: the
    /// language is detected, is given without a region, and the glossaries know variants
    /// of it.
    fn detects_variant(&self, lang: &LangTag) -> bool {
        self.config.lang == LangChoice::Auto
            && lang.region().is_none()
            && !self.glossaries.variants_of(lang.language()).is_empty()
    }

    /// Builds ahead what the files will most likely need: the checker of the
    /// [`Session::likely_lang`]; or, when that language's variant is detected, only its
    /// glossary index, which the variant evidence reads first (the checker is then the
    /// variant's, or the plain language's over the same index), so a text in a variant
    /// does not pay for a plain-language checker it never uses.
    pub fn build_likely(&self) {
        let Some(lang) = self.likely_lang() else {
            return;
        };
        if self.detects_variant(&lang) {
            self.index(&lang);
        } else {
            self.checker(&lang);
        }
    }

    /// Builds the checkers of `langs` not built yet, in parallel.
    pub fn build_checkers(&self, langs: &[LangTag]) {
        langs.par_iter().for_each(|lang| {
            self.checker(lang);
        });
    }

    /// Whether `text` can be checked, and in which language: its inline directives parse
    /// and its language is settled (detecting it reads the file as its format; a format
    /// error otherwise shows when it is checked).
    pub fn prepare(
        &self,
        name: &str,
        text: &str,
        kind: FileKind<'_>,
    ) -> Result<LangTag, CheckError> {
        let lang = match &self.config.lang {
            LangChoice::Tag(tag) => tag.clone(),
            // Markdown: the language of the prose, not of its code; a bilingual file: of
            // its translations. Detected first: a file skipped for its language (an
            // English README that shows directives) is not held to them.
            auto => {
                let file = read(name, text, kind, &self.config.read)?;
                let prose = file.doc.checked_text();
                let lang = language::resolve(auto, name, prose, &self.glossaries)?;
                self.with_variant(lang, prose)
            }
        };
        if kind.has_inline_directives() {
            check_directives(name, text).map_err(CheckError::Directive)?;
        }
        Ok(lang)
    }

    /// `lang` with the variant `prose` is written in, when the glossaries know variants of
    /// the language and the text's evidence is clear (see [`mtlint_check::variant`]);
    /// `lang` itself otherwise, which accepts every variant's forms.
    fn with_variant(&self, lang: LangTag, prose: &str) -> LangTag {
        if lang.region().is_some() {
            return lang;
        }
        let known = self.glossaries.variants_of(lang.language());
        if known.is_empty() {
            return lang;
        }
        let evidence = self.index(&lang).variant_evidence(prose);
        let Some(region) = evidence.verdict() else {
            return lang;
        };
        known
            .into_iter()
            .find(|v| v.region().is_some_and(|r| r.eq_ignore_ascii_case(region)))
            .unwrap_or(lang)
    }

    /// Every finding of `text` (the file `name`, written as `kind`) in `lang`, after
    /// suppression and the policy. Polls `cancel` between parts.
    pub fn check_in(
        &self,
        lang: &LangTag,
        name: &str,
        text: &str,
        kind: FileKind<'_>,
        cancel: &Cancel,
    ) -> Result<Vec<Finding>, CheckError> {
        self.check_with_notes(lang, name, text, kind, cancel)
            .map(|checked| checked.findings)
    }

    /// [`Session::check_in`], with the notes reading the file left for the user: fuzzy
    /// entries skipped, a text paired with its source by sentence.
    pub fn check_with_notes(
        &self,
        lang: &LangTag,
        name: &str,
        text: &str,
        kind: FileKind<'_>,
        cancel: &Cancel,
    ) -> Result<Checked, CheckError> {
        let file = read(name, text, kind, &self.config.read)?;
        let checker = self.checker(lang);
        let checked = file.doc.checked();
        cancel.check()?;
        let findings = if checked.text.len() > LARGE_FILE {
            let parts = checked
                .parts(PART_BYTES)
                .into_par_iter()
                .map(|part| {
                    cancel.check()?;
                    Ok(checker.check_part_of(&checked, part))
                })
                .collect::<Result<Vec<_>, Cancelled>>()?;
            checker.finish(checked.text, parts)
        } else {
            let whole = ByteRange::new(0, checked.text.len());
            let part = checker.check_part_of(&checked, whole);
            checker.finish(checked.text, vec![part])
        };
        let findings = unit_suppressed(&file, findings);
        let inline = kind.has_inline_directives();
        Ok(Checked {
            findings: self.suppress.apply(text, findings, inline),
            notes: file.notes,
        })
    }

    /// Applies the safe suggestions of `findings` (which [`Session::check_in`] gave for
    /// `text`), checks again and repeats until nothing safe is left to fix. Only target
    /// bytes change, escaped as the format writes them.
    pub fn fix_in(
        &self,
        lang: &LangTag,
        name: &str,
        text: &str,
        kind: FileKind<'_>,
        findings: Vec<Finding>,
        cancel: &Cancel,
    ) -> Result<Fixed, CheckError> {
        let mut failure = None;
        let fixed = fix::fix(
            text,
            findings,
            |replacement| kind.escape(replacement),
            |fixed| match self.check_in(lang, name, fixed, kind, cancel) {
                Ok(findings) => Some(findings),
                Err(e) => {
                    failure = Some(e);
                    None
                }
            },
        );
        fixed.ok_or_else(|| failure.unwrap_or(CheckError::Cancelled(Cancelled)))
    }

    /// Checks one file from start to end: its directives, its language, its findings.
    pub fn check(
        &self,
        name: &str,
        text: &str,
        kind: FileKind<'_>,
    ) -> Result<FileReport, CheckError> {
        self.check_cancellable(name, text, kind, &Cancel::new())
    }

    /// [`Session::check`], stopping early once `cancel` is set.
    pub fn check_cancellable(
        &self,
        name: &str,
        text: &str,
        kind: FileKind<'_>,
        cancel: &Cancel,
    ) -> Result<FileReport, CheckError> {
        let lang = self.prepare(name, text, kind)?;
        let findings = self.check_in(&lang, name, text, kind, cancel)?;
        Ok(FileReport {
            name: name.to_string(),
            lang,
            findings,
        })
    }

    /// The segments of `text` as the checks read them: per unit its target (mapped into
    /// the file), id and source; plain text is one segment. For reports that show a
    /// bilingual file's source beside its target.
    pub fn segments(
        &self,
        name: &str,
        text: &str,
        kind: FileKind<'_>,
    ) -> Result<Vec<Segment>, CheckError> {
        let file = read(name, text, kind, &self.config.read)?;
        Ok(file.doc.segments().to_vec())
    }

    /// Fixes one file from start to end: the fixed text and the findings left in it.
    pub fn fix(
        &self,
        name: &str,
        text: &str,
        kind: FileKind<'_>,
    ) -> Result<(LangTag, Fixed), CheckError> {
        let cancel = Cancel::new();
        let lang = self.prepare(name, text, kind)?;
        let findings = self.check_in(&lang, name, text, kind, &cancel)?;
        let fixed = self.fix_in(&lang, name, text, kind, findings, &cancel)?;
        Ok((lang, fixed))
    }
}

/// Findings on the checked text, at file positions, less those a unit's directive turns
/// off.
fn unit_suppressed(file: &ReadFile<'_>, findings: Vec<Finding>) -> Vec<Finding> {
    if file.suppress.iter().all(|s| *s == Suppression::None) {
        return file.doc.to_file(findings);
    }
    let mut segments = Vec::with_capacity(findings.len());
    let findings = file.doc.to_file_by_segment(findings, |i| segments.push(i));
    findings
        .into_iter()
        .zip(segments)
        .filter(|(f, i)| {
            !file
                .suppress
                .get(*i)
                .is_some_and(|s| s.covers(f.rule.name()))
        })
        .map(|(f, _)| f)
        .collect()
}
