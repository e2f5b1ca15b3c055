//! `untranslated` with the source: a target that is its source unchanged ("Hi!" for
//! "Hi!"), and runs of target words copied from the source that are ordinary words of the
//! source language and no words of the target ("eram bloody e mangled"). The source makes
//! these sure where the target alone cannot: the words are not only foreign-looking, they
//! are the source's own, so short segments are judged too. The comparison is
//! mtlint-compare's `copy` module (measured in QUALITY.md); this part only turns its spans
//! into findings and keeps them from repeating what the target-only part found.

use std::sync::OnceLock;

use mtlint_compare::copy::{self, Lexicons};
use mtlint_compare::names::{self, CaseEvidence, SourceProfile as NameProfile, SourceWords};

use super::cues::cited;
use super::{reported, ADOPTED_LEAD};
use crate::context::SegmentContext;
use crate::{ByteRange, Finding, Rule};

/// The Zipf value from which the target language's text uses a word as its own (a
/// loanword: "rapper", "startup"; once per 10 million words), as measured for `copy`.
/// Portuguese text also quotes English ("the" has Zipf 6 in it): a word English uses far
/// more is a loanword only if its lead is under the target-only part's `ADOPTED_LEAD`.
const LOANWORD_ZIPF: f64 = 2.0;

/// A segment left as its source is certain; words copied from the source that the target
/// language does not have are nearly so (QUALITY.md: 0–1 false finding per 400 human
/// lines, every MT finding read real).
const IDENTICAL_CONFIDENCE: f64 = 1.0;
const COPIED_CONFIDENCE: f64 = 0.95;

/// Checks one segment against its source.
pub(super) fn check_segment(ctx: &mut SegmentContext<'_, '_>) {
    let profile = ctx.profile;
    if profile.source.language == profile.language {
        return; // the languages agree: a target may be its source
    }
    let Some(name_profile) = name_profile(&profile.source.language) else {
        return; // mtlint-compare knows the names of English sources only
    };
    let (Some(lexicon), Some(usage)) = (profile.lexicon(), profile.usage()) else {
        return; // without the target's words every word would look foreign
    };
    if !profile.source.has_words() {
        return;
    }
    let is_source_word = |w: &str| profile.source.is_word(w);
    let is_target_word = |w: &str| {
        lexicon.contains(w)
            || usage.get(w).is_some_and(|u| {
                u.portuguese.value() >= LOANWORD_ZIPF
                    && u.lead().is_none_or(|(_, lead)| lead < ADOPTED_LEAD)
            })
    };
    let lex = Lexicons {
        is_source_word: &is_source_word,
        is_target_word: &is_target_word,
    };
    let (text, source) = (ctx.text, ctx.source);
    let target = &text[ctx.target.as_range()];
    let base = ctx.target.start;
    // Names of the source are kept on purpose ("Mr Show" stays "Show").
    let words = SourceWords {
        is_common: &is_source_word,
        is_translated: &|_| false,
    };
    // How the sources of the part write each word (capitalised or not), learnt once: a
    // name made of ordinary words is a name where the text writes it capitalised.
    let evidence = ctx.memo(|sources| CaseEvidence::from_texts(sources.iter().copied()));
    let found = names::find_names(source, name_profile, &words, evidence);
    let name_words: Vec<&str> = found
        .iter()
        .flat_map(|n| n.words.iter().map(|w| &source[w.clone()]))
        .collect();
    let language = language_name(&profile.source.language);
    if copy::identical(source, target, &lex, &name_words) {
        if all_code(target) || !has_foreign_prose(target, &lex, &name_words) {
            return; // "%(size)d byte", "OPT_BARRIER", "Portfolio": code or a name
        }
        let lead = target.len() - target.trim_start().len();
        let range = ByteRange::new(base + lead, base + target.trim_end().len());
        let message = format!("this segment is its source unchanged: it is {language}");
        let finding = reported(range, message, Vec::new(), None, IDENTICAL_CONFIDENCE);
        merge(ctx.findings, finding, true);
        return;
    }
    for span in copy::copied_spans(source, target, &lex, &name_words) {
        let range = ByteRange::new(base + span.start, base + span.end);
        if cited(text, range, &profile.words) {
            continue; // "(do inglês image hose)": quoted on purpose
        }
        if in_code(target, span.clone()) {
            continue; // "--sort=WORD ... month -M", "timer_create": code stays as written
        }
        let message = format!(
            "\"{}\" is copied from the source: it is {language}",
            &target[span]
        );
        let finding = reported(range, message, Vec::new(), None, COPIED_CONFIDENCE);
        merge(ctx.findings, finding, false);
    }
}

/// Adds `finding` to `found` without repeating what the target-only part of the rule
/// reported: one text, one finding. A whole segment left as its source takes the place of
/// the target-only findings inside it; a copied span that one of them already covers, even
/// in part, gives it the source's confidence instead of a second finding.
fn merge(found: &mut Vec<Finding>, finding: Finding, whole_segment: bool) {
    let overlaps = |f: &Finding| {
        f.rule == Rule::Untranslated
            && f.range.start < finding.range.end
            && finding.range.start < f.range.end
    };
    if whole_segment {
        found.retain(|f| !overlaps(f));
    } else if let Some(earlier) = found.iter_mut().find(|f| overlaps(f)) {
        let surer = match (earlier.confidence, finding.confidence) {
            (Some(a), Some(b)) => a.max(b),
            (a, b) => a.or(b).unwrap_or(1.0),
        };
        earlier.confidence = Some(surer);
        return;
    }
    found.push(finding);
}

/// Whether a whitespace-delimited token is code rather than prose: an option ("-z",
/// "--preserve=all"), an identifier ("timer_create"), markup ("<font"), a variable
/// ("$name$"), a path or a file name ("file.txt"). Software messages keep these as the
/// program spells them.
fn code_token(token: &str) -> bool {
    let inner = |c: char| {
        token
            .trim_matches(|c: char| !c.is_alphanumeric())
            .contains(c)
    };
    token.contains(['_', '=', '<', '>', '/', '\\', '$', '%', '{', '}', '[', ']', '*', '@', '#', '|', '`'])
        || is_option(token)
        || (token.starts_with('.') && token[1..].starts_with(char::is_alphabetic))
        || inner('.')
        || inner(':')
        || inner('(')
}

/// Whether a token is a command-line option ("-M", "--sort").
fn is_option(token: &str) -> bool {
    let token = token.trim_end_matches([',', ';', ')']);
    let rest = token.trim_start_matches('-');
    (1..=2).contains(&(token.len() - rest.len())) && rest.starts_with(char::is_alphanumeric)
}

/// Whether the word at `span` of `target` is code, or an option's argument or value
/// ("-z now", "month -M"): its token is code, or a token beside it is an option.
fn in_code(target: &str, span: std::ops::Range<usize>) -> bool {
    let start = target[..span.start]
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + 1);
    let end = target[span.end..]
        .find(char::is_whitespace)
        .map_or(target.len(), |i| span.end + i);
    let before = target[..start].split_whitespace().next_back();
    let after = target[end..].split_whitespace().next();
    // A keyword of a help table ("  none       no auto-scaling") is followed by a column
    // gap; an argument by its metavariable ("rows N").
    let column = target[end..].starts_with("  ") || target[end..].starts_with('\t');
    // A template variable: "{{ type }}".
    let variable = before.is_some_and(|t| t.ends_with('{')) && after.is_some_and(|t| t.starts_with('}'));
    code_token(&target[start..end])
        || column
        || variable
        || before.is_some_and(|t| is_option(t) || is_metavariable(t))
        || after.is_some_and(|t| is_option(t) || is_metavariable(t))
}

/// Whether a token is a metavariable of a help text ("N", "SIZE", "CHAR"): capitals only.
fn is_metavariable(token: &str) -> bool {
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    !word.is_empty() && word.chars().all(|c| c.is_uppercase())
}

/// Whether a token of the target that is not code holds a word of the source language
/// that is no target word and no name ("%(full_result_count)s total" holds none).
fn has_foreign_prose(target: &str, lex: &Lexicons<'_>, names: &[&str]) -> bool {
    target
        .split_whitespace()
        .filter(|t| !code_token(t))
        .flat_map(|t| t.split(|c: char| !c.is_alphabetic()))
        .filter(|w| !w.is_empty() && !names.contains(w))
        .any(|w| {
            let lower = w.to_lowercase();
            (lex.is_source_word)(&lower) && !(lex.is_target_word)(&lower)
        })
}

/// Whether a segment left as its source is code or a name rather than text: every token
/// of three letters or more is code ("OPT_BARRIER", "$(WIDTH) px"), a keyword in capitals
/// ("NOT", "EMPTY"), or the segment is one capitalised word (a template or style name:
/// "Portfolio", "Spot").
fn all_code(target: &str) -> bool {
    let tokens: Vec<&str> = target
        .split_whitespace()
        .filter(|t| t.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .collect();
    let one_name = tokens.len() == 1 && tokens[0].starts_with(char::is_uppercase);
    one_name || tokens.iter().all(|t| code_token(t) || is_metavariable(t))
}

/// The name finder's facts of a source language, built once.
fn name_profile(language: &str) -> Option<&'static NameProfile> {
    static ENGLISH: OnceLock<NameProfile> = OnceLock::new();
    (language == "en").then(|| ENGLISH.get_or_init(NameProfile::english))
}

/// The name of a source language in messages.
fn language_name(tag: &str) -> &str {
    match tag {
        "en" => "English",
        other => other,
    }
}


#[cfg(test)]
mod tests {
    use crate::test_support::{check_pairs, checker};
    use crate::Rule;

    fn untranslated(pairs: &[(&str, &str)]) -> Vec<String> {
        check_pairs(&checker("pt", "", &[]), pairs)
            .into_iter()
            .filter(|(rule, _)| *rule == Rule::Untranslated)
            .map(|(_, text)| text)
            .collect()
    }

    #[test]
    fn a_segment_left_as_its_source() {
        // UI strings and short replies: too short for the target-only part to judge.
        let found = untranslated(&[("Please wait.", "Please wait."), ("Thank you!", "Thank you!")]);
        assert_eq!(found, ["Please wait.", "Thank you!"]);
    }

    #[test]
    fn words_copied_from_the_source() {
        // Apertium en->gl->pt of NTREX-128: English words the dictionaries lacked.
        let found = untranslated(&[(
            "\"My cousin's legs were bloody and mangled,\" the cousin said.",
            "\"As patas do meu curmán eram bloody e mangled,\" o curmán disse.",
        )]);
        // "bloody" is not reported: Portuguese text uses it as a loanword (wordfreq).
        assert!(found.iter().any(|t| t == "mangled"), "{found:?}");
    }

    #[test]
    fn one_finding_per_span_with_the_target_only_part() {
        // The target-only part finds "stab wounds" too: the source confirms it, no second
        // finding is added.
        let pairs = [(
            "He was taken to hospital with stab wounds to his chest.",
            "Ele foi levado ao hospital com stab wounds no peito.",
        )];
        let found = check_pairs(&checker("pt", "", &[]), &pairs);
        let spans: Vec<&str> = found
            .iter()
            .filter(|(rule, _)| *rule == Rule::Untranslated)
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(spans, ["stab wounds"]);
    }

    #[test]
    fn quiet_on_names_numbers_quotes_and_translations() {
        let pairs = [
            ("Kim Jong Un", "Kim Jong Un"),
            ("2018", "2018"),
            ("Tap Settings.", "Toque em Configurações."),
            // A quoted title and a loanword Portuguese uses.
            ("The rapper wrote \"The Last Palace\".", "O rapper escreveu \"The Last Palace\"."),
            // A term the text says is English.
            (
                "It is called image hose.",
                "Chama-se tubo de imagem (do inglês image hose).",
            ),
        ];
        assert_eq!(untranslated(&pairs), Vec::<String>::new());
    }

    #[test]
    fn quiet_on_code() {
        // Real Debian pt_BR catalogues (coreutils, binutils, glibc): option values, option
        // arguments and identifiers stay as the program spells them.
        let pairs = [
            (
                "  -z now                      Mark object non-lazy runtime binding\n",
                "  -z now                      Marca objeto com vinculação não preguiçosa\n",
            ),
            (
                "      --sort=WORD             sort according to WORD:\n\
                 general-numeric -g, human-numeric -h, month -M,\n",
                "      --sort=PALAVRA          ordena conforme PALAVRA:\n\
                 general-numeric -g, human-numeric -h, month -M,\n",
            ),
            ("warning: timer_create", "aviso: timer_create"),
            ("OPT_BARRIER", "OPT_BARRIER"),
            // Django and Symfony's pt_BR catalogues.
            ("%(full_result_count)s total", "%(full_result_count)s total"),
            ("Syndication", "Syndication"),
            (
                "The mime type of the file is invalid ({{ type }}).",
                "O tipo mime do arquivo é inválido ({{ type }}).",
            ),
        ];
        // The source adds nothing to what the target-only part finds (it takes the help
        // line of option values for English whatever the source says).
        let with_source = untranslated(&pairs);
        let targets: Vec<(&str, &str)> = pairs.iter().map(|(_, t)| (*t, *t)).collect();
        let alone: Vec<String> = targets
            .iter()
            .flat_map(|(_, t)| {
                checker("pt", "", &[])
                    .check(t)
                    .into_iter()
                    .filter(|f| f.rule == Rule::Untranslated)
                    .map(|f| t[f.range.as_range()].to_string())
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(with_source, alone);
    }

    #[test]
    fn quiet_without_the_source() {
        let found: Vec<_> = checker("pt", "", &[])
            .check("Please wait.")
            .into_iter()
            .filter(|f| f.rule == Rule::Untranslated)
            .collect();
        assert!(found.is_empty(), "{found:?}");
    }
}
