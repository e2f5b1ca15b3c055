//! Checks that need every glossary at once: duplicate entries, and wrong renderings that
//! are some entry's preferred or accepted form. Single-file checks live in `load`.

use std::collections::{HashMap, HashSet};

use crate::load::{parse_glossary_partial, GlossarySource};
use crate::model::{Glossary, GlossarySet, Term};
use crate::text::{fold_key, fold_key_into};
use crate::{GlossaryError, GlossaryErrors, LangTag, Location};

impl GlossarySet {
    /// Parses, merges and validates glossary files, reporting every error in all of them:
    /// the entries of a file with errors still take part in the checks across entries.
    pub fn build(sources: &[GlossarySource]) -> Result<GlossarySet, GlossaryErrors> {
        let (set, errors) = GlossarySet::build_all(sources);
        if errors.is_empty() {
            Ok(set)
        } else {
            Err(GlossaryErrors(errors))
        }
    }

    /// Like [`GlossarySet::build`], but returns the set of the entries that could be read
    /// even when there are errors, and every error: for `glossary check`, which goes on to
    /// check those entries against the shipped glossaries.
    pub fn build_all(sources: &[GlossarySource]) -> (GlossarySet, Vec<GlossaryError>) {
        let mut glossaries = Vec::new();
        let mut errors = Vec::new();
        for source in sources {
            let (glossary, file_errors) = parse_glossary_partial(&source.name, &source.text);
            glossaries.extend(glossary);
            errors.extend(file_errors);
        }
        let (set, merge_errors) = GlossarySet::merge(glossaries);
        errors.extend(merge_errors);
        (set, errors)
    }

    /// This set with `overrides` merged in: how a user's glossary amends the shipped ones.
    /// The user's word wins: an override entry replaces an entry with the same id, a form
    /// the user lists as wrong stops being good here (an entry whose preferred form it is
    /// is dropped), and a form the user lists as good stops being wrong here. The result is
    /// validated as a whole.
    pub fn with_overrides(self, overrides: Vec<Glossary>) -> Result<GlossarySet, GlossaryErrors> {
        let user_terms = || overrides.iter().flat_map(|g| g.terms.iter());
        let replaced: HashSet<String> = user_terms().map(|t| t.id.clone()).collect();
        let user_wrong: HashSet<String> = user_terms()
            .flat_map(|t| t.avoid.iter().map(|a| fold_key(&a.text)))
            .collect();
        let user_good: HashSet<String> = user_terms()
            .flat_map(|t| t.good_forms().map(fold_key))
            .collect();
        let mut base: Vec<Glossary> = self
            .glossaries
            .into_iter()
            .map(|meta| Glossary {
                meta,
                terms: Vec::new(),
            })
            .collect();
        for mut term in self.terms {
            if replaced.contains(&term.id) || user_wrong.contains(&fold_key(&term.preferred)) {
                continue;
            }
            term.accepted.retain(|f| !user_wrong.contains(&fold_key(f)));
            term.avoid.retain(|a| {
                let key = fold_key(&a.text);
                !user_good.contains(&key) && !user_wrong.contains(&key)
            });
            base[term.glossary].terms.push(term);
        }
        let mut glossaries = overrides;
        glossaries.extend(base);
        GlossarySet::from_glossaries(glossaries)
    }

    /// Merges parsed glossaries and runs the cross-entry checks.
    pub fn from_glossaries(glossaries: Vec<Glossary>) -> Result<GlossarySet, GlossaryErrors> {
        match GlossarySet::merge(glossaries) {
            (set, errors) if errors.is_empty() => Ok(set),
            (_, errors) => Err(GlossaryErrors(errors)),
        }
    }

    fn merge(glossaries: Vec<Glossary>) -> (GlossarySet, Vec<GlossaryError>) {
        let mut set = GlossarySet::default();
        for (index, glossary) in glossaries.into_iter().enumerate() {
            set.glossaries.push(glossary.meta);
            set.terms.extend(glossary.terms.into_iter().map(|mut t| {
                t.glossary = index;
                t
            }));
        }
        let mut errors = Vec::new();
        check_duplicate_ids(&set, &mut errors);
        check_avoid_conflicts(&set, &mut errors);
        (set, errors)
    }
}

fn check_duplicate_ids(set: &GlossarySet, errors: &mut Vec<GlossaryError>) {
    let mut seen: HashMap<&str, &Location> = HashMap::new();
    for term in &set.terms {
        if let Some(first) = seen.insert(&term.id, &term.origin) {
            errors.push(GlossaryError::invalid(
                term.origin.clone(),
                format!("duplicate entry `{}`: already defined at {first}", term.id),
            ));
            seen.insert(&term.id, first);
        }
    }
}

/// Where a form holds: the glossary language and the variant, if any.
#[derive(Clone)]
struct Scope<'a> {
    lang: &'a LangTag,
    variant: Option<&'a LangTag>,
}

impl Scope<'_> {
    fn overlaps(&self, other: &Scope<'_>) -> bool {
        self.lang.overlaps(other.lang)
            && match (self.variant, other.variant) {
                (Some(a), Some(b)) => a.overlaps(b),
                _ => true,
            }
    }
}

struct GoodForm<'a> {
    term: &'a Term,
    scope: Scope<'a>,
    preferred: bool,
}

struct WrongForm<'a> {
    term: &'a Term,
    scope: Scope<'a>,
    origin: &'a Location,
}

fn check_avoid_conflicts(set: &GlossarySet, errors: &mut Vec<GlossaryError>) {
    // Only good forms written like some wrong form can conflict: with a gazetteer of a
    // million names and a few wrong forms, key the few, not the million.
    let wrong_keys: HashSet<String> = set
        .terms
        .iter()
        .flat_map(|t| t.avoid.iter().map(|a| fold_key(&a.text)))
        .collect();
    if wrong_keys.is_empty() {
        return;
    }
    let mut good: HashMap<String, Vec<GoodForm<'_>>> = HashMap::new();
    let mut key = String::new();
    for term in &set.terms {
        let scope = Scope {
            lang: &set.glossaries[term.glossary].lang,
            variant: term.variant.as_ref(),
        };
        for (i, form) in term.good_forms().enumerate() {
            fold_key_into(form, &mut key);
            if !wrong_keys.contains(&key) {
                continue;
            }
            good.entry(key.clone()).or_default().push(GoodForm {
                term,
                scope: scope.clone(),
                preferred: i == 0,
            });
        }
    }
    let mut wrong: HashMap<String, Vec<WrongForm<'_>>> = HashMap::new();
    for term in &set.terms {
        for avoid in &term.avoid {
            let scope = Scope {
                lang: &set.glossaries[term.glossary].lang,
                variant: avoid.variant.as_ref().or(term.variant.as_ref()),
            };
            let key = fold_key(&avoid.text);
            for g in good.get(&key).into_iter().flatten() {
                if g.scope.overlaps(&scope) {
                    let what = if g.preferred {
                        "the preferred"
                    } else {
                        "an accepted"
                    };
                    errors.push(GlossaryError::invalid(
                        avoid.origin.clone(),
                        format!(
                            "`{}` is listed as wrong, but it is {what} form of `{}` at {}",
                            avoid.text, g.term.id, g.term.origin
                        ),
                    ));
                }
            }
            if avoid.is_contextual() {
                continue;
            }
            let previous = wrong.entry(key).or_default();
            if let Some(p) = previous.iter().find(|p| p.scope.overlaps(&scope)) {
                let whose = if std::ptr::eq(p.term, term) {
                    "listed twice".to_string()
                } else {
                    format!("already a wrong rendering of `{}`", p.term.id)
                };
                errors.push(GlossaryError::invalid(
                    avoid.origin.clone(),
                    format!("`{}` is {whose} (at {})", avoid.text, p.origin),
                ));
            }
            previous.push(WrongForm {
                term,
                scope,
                origin: &avoid.origin,
            });
        }
    }
}

impl GlossarySet {
    /// Checks a user's glossaries (this set) against `base`, the glossaries they are
    /// loaded over (the shipped ones): a wrong form of the user's that is a good form of
    /// an entry of `base` is an error naming both entries, unless the user replaces that
    /// entry (same id). `mtlint check -g` applies such a glossary (the user's word wins:
    /// see [`GlossarySet::with_overrides`]), silently dropping or narrowing the base
    /// entry; `glossary check` says so, so that it is done on purpose.
    pub fn conflicts_with(&self, base: &GlossarySet) -> GlossaryErrors {
        let replaced: HashSet<&str> = self.terms.iter().map(|t| t.id.as_str()).collect();
        let mut wrong: HashMap<String, Vec<(&Term, &crate::model::Avoid, Scope<'_>)>> =
            HashMap::new();
        for term in &self.terms {
            for avoid in &term.avoid {
                let scope = Scope {
                    lang: &self.glossaries[term.glossary].lang,
                    variant: avoid.variant.as_ref().or(term.variant.as_ref()),
                };
                wrong
                    .entry(fold_key(&avoid.text))
                    .or_default()
                    .push((term, avoid, scope));
            }
        }
        let mut errors = Vec::new();
        if wrong.is_empty() {
            return GlossaryErrors(errors);
        }
        let mut key = String::new();
        for base_term in base
            .terms
            .iter()
            .filter(|t| !replaced.contains(t.id.as_str()))
        {
            let scope = Scope {
                lang: &base.glossaries[base_term.glossary].lang,
                variant: base_term.variant.as_ref(),
            };
            for (i, form) in base_term.good_forms().enumerate() {
                fold_key_into(form, &mut key);
                for (term, avoid, user_scope) in wrong.get(key.as_str()).into_iter().flatten() {
                    if user_scope.overlaps(&scope) {
                        errors.push(base_conflict(term, avoid, base_term, i == 0));
                    }
                }
            }
        }
        errors.sort_by_key(ToString::to_string);
        GlossaryErrors(errors)
    }
}

fn base_conflict(
    term: &Term,
    avoid: &crate::model::Avoid,
    base: &Term,
    preferred: bool,
) -> GlossaryError {
    let (what, effect) = if preferred {
        ("the preferred form", "drops that entry")
    } else {
        ("an accepted form", "stops accepting it")
    };
    GlossaryError::invalid(
        avoid.origin.clone(),
        format!(
            "`{}` is listed as wrong in `{}`, but it is {what} of the shipped entry `{}` at {}: \
             `mtlint check` with this glossary {effect}; to replace the entry on purpose, \
             give yours `id = \"{}\"`",
            avoid.text, term.id, base.id, base.origin, base.id
        ),
    )
}
