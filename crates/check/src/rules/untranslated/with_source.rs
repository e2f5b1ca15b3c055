//! `untranslated` with the source: a target that is its source unchanged ("Hi!" for
//! "Hi!"), and runs of target words copied from the source that are ordinary words of the
//! source language and no words of the target ("eram bloody e mangled"). The source makes
//! these sure where the target alone cannot: the words are not only foreign-looking, they
//! are the source's own, so short segments are judged too. The comparison is
//! mtlint-compare's `copy` module (measured in QUALITY.md); this part only turns its spans
//! into findings and keeps them from repeating what the target-only part found.

use mtlint_compare::copy::{self, Lexicons};
use mtlint_compare::names::{self, SourceWords};

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
    let Some(name_profile) = ctx
        .prepared::<super::Untranslated>()
        .and_then(|rule| rule.names.as_ref())
    else {
        return; // the source profile says nothing of names
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
    // Most segments copy no source word: finding the source's names (the costly part)
    // is needed only when some word is a candidate (names only take words away).
    let same = source.trim() == target.trim();
    let copied = copy::copied_words(source, target, &lex);
    // The target-only part's findings in the segment are judged here too: where the
    // source is, it decides first (see `defer_to_source`).
    let judged = target_only(ctx.findings, ctx.target);
    if !same && copied.is_empty() && !judged {
        return;
    }
    // Names of the source are kept on purpose ("Mr Show" stays "Show").
    let words = SourceWords {
        is_common: &is_source_word,
        is_translated: &|_| false,
    };
    // How the sources of the part write each word (capitalised or not), learnt once: a
    // name made of ordinary words is a name where the text writes it capitalised.
    let evidence = ctx.case_evidence();
    let found = names::find_names_in(ctx.source_tokens(), name_profile, &words, Some(evidence));
    let name_words: Vec<&str> = found
        .iter()
        .flat_map(|n| n.words.iter().map(|w| &source[w.clone()]))
        .collect();
    let language = match profile.source.name.as_str() {
        "" => profile.source.language.as_str(),
        name => name,
    };
    let is_lexicon_word = |w: &str| lexicon.contains(w);
    let left = copy::identical(source, target, &lex, &name_words)
        && !all_code(target)
        && !titled_label(target)
        && !lone_keyword(target)
        && !notice(target)
        && has_foreign_prose(target, &lex, &name_words);
    if same && !(left || sentence_left(target, &is_source_word, &is_lexicon_word)) {
        // "Syndication", "%(size)d byte", "Rodent File Manager": a name or code left as
        // it is, so no English left either, whatever the target alone suggests.
        defer_to_source(ctx.findings, ctx.target, |_| true);
        return;
    }
    if !same {
        // Words the source shows are kept on purpose: a name of its name finder, a
        // capitalised word it writes as a name or a title ("Emulador de terminal
        // Enlightened"), its code ("%s::CmdLine::Ignore-Trust-Violations").
        let pieces: Vec<&str> = name_words.iter().flat_map(|w| alphanumeric_words(w)).collect();
        defer_to_source(ctx.findings, ctx.target, |found| {
            let range = found.range.start - base..found.range.end - base;
            let mut words = word_ranges(target, range).peekable();
            words.peek().is_some()
                && words.all(|w| {
                    pieces.contains(&&target[w.clone()])
                        || copy::kept_capitalised(source, target, w.clone())
                        || kept_code(source, target, w)
                })
        });
    }
    if same {
        let lead = target.len() - target.trim_start().len();
        let range = ByteRange::new(base + lead, base + target.trim_end().len());
        let message = format!("this segment is its source unchanged: it is {language}");
        let finding = reported(range, message, Vec::new(), None, IDENTICAL_CONFIDENCE);
        merge(ctx.findings, finding, true);
        return;
    }
    let keywords = source_keywords(source);
    let kept = copied
        .into_iter()
        .filter(|w| !name_words.contains(&&target[w.clone()]));
    for span in copy::join_copied(target, kept) {
        let range = ByteRange::new(base + span.start, base + span.end);
        if cited(text, range, &profile.words)
            || glossed(target, span.clone(), &is_target_word)
            || introduced(target, span.clone())
        {
            continue; // "(do inglês image hose)", "mode (modo)": quoted on purpose
        }
        if in_code(target, span.clone())
            || keywords.contains(&target[span.clone()].to_lowercase())
            || leading_identifier(source, target, span.clone())
            || listed(source, target, span.clone(), &is_source_word)
            || keyword_list(target, span.clone())
        {
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
/// the target-only findings inside it; so does a copied span of those it covers whole
/// (the source says more of the words than the target alone: they are the source's own).
/// A target-only finding wider than the copied span ("this line looks untranslated") is
/// kept, with the source's confidence if surer, instead of a second finding.
fn merge(found: &mut Vec<Finding>, mut finding: Finding, whole_segment: bool) {
    let overlaps = |f: &Finding| {
        f.rule == Rule::Untranslated
            && f.range.start < finding.range.end
            && finding.range.start < f.range.end
    };
    let covered = |f: &Finding| finding.range.start <= f.range.start && f.range.end <= finding.range.end;
    if !whole_segment {
        if let Some(earlier) = found.iter_mut().find(|f| overlaps(f) && !covered(f)) {
            earlier.confidence = Some(surer(earlier.confidence, finding.confidence));
            return;
        }
        let mut confidence = finding.confidence;
        for f in found.iter().filter(|f| overlaps(f)) {
            confidence = Some(surer(confidence, f.confidence));
        }
        finding.confidence = confidence;
    }
    found.retain(|f| !overlaps(f));
    found.push(finding);
}

/// The higher of two confidences (a finding without one is certain).
fn surer(a: Option<f32>, b: Option<f32>) -> f32 {
    match (a, b) {
        (Some(a), Some(b)) => a.max(b),
        (a, b) => a.or(b).unwrap_or(1.0),
    }
}

/// Whether the target-only part of the rule reported something inside `segment`.
fn target_only(found: &[Finding], segment: ByteRange) -> bool {
    found.iter().any(|f| this_rule_within(f, segment))
}

/// Whether `f` is this rule's finding and lies inside `segment`.
fn this_rule_within(f: &Finding, segment: ByteRange) -> bool {
    f.rule == Rule::Untranslated && segment.start <= f.range.start && f.range.end <= segment.end
}

/// Drops the target-only findings inside `segment` that the source shows are no text left
/// untranslated (`kept`): the target alone cannot tell a program's name or an option kept
/// from its source ("Rodent" of "Rodent File Manager") from English MT left in, the source
/// can. Only this rule's findings are dropped, and only the segment's.
fn defer_to_source(found: &mut Vec<Finding>, segment: ByteRange, kept: impl Fn(&Finding) -> bool) {
    found.retain(|f| !(this_rule_within(f, segment) && kept(f)));
}

/// The runs of letters and digits of `text` ("Trust", "Violations" of
/// "Ignore-Trust-Violations").
fn alphanumeric_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// The ranges of the runs of letters and digits of `text[range]`, in `text`.
fn word_ranges(text: &str, range: std::ops::Range<usize>) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let start = range.start;
    alphanumeric_words(&text[range]).map(move |w| {
        let at = w.as_ptr() as usize - text.as_ptr() as usize;
        debug_assert!(at >= start);
        at..at + w.len()
    })
}

/// Whether the word at `span` of `target` is inside a token of code (`code_token`) that
/// the source writes as it is: the program's option or identifier, kept.
fn kept_code(source: &str, target: &str, span: std::ops::Range<usize>) -> bool {
    let start = target[..span.start].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let end = target[span.end..]
        .find(char::is_whitespace)
        .map_or(target.len(), |i| span.end + i);
    let token = &target[start..end];
    code_token(token) && source.split_whitespace().any(|t| t == token)
}

/// The words the source uses as code (inside an option, a value list or a call:
/// "--preserve=mode,ownership,timestamps", "(low|medium|high)", "write()", "got(symbol)"),
/// lowercase: the program reads them, so a translation keeps them wherever it names them
/// ("Padrão: medium", "write() falhou").
fn source_keywords(source: &str) -> Vec<String> {
    /// Shorter pieces of code tokens are mostly initials ("U.S."), not keywords.
    const MIN_LETTERS: usize = 3;
    source
        .split_whitespace()
        .filter(|t| code_token(t))
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= MIN_LETTERS && w.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect()
}

/// Whether the words at `span` are glossed, as translators do with a term they keep or
/// explain: followed by a bracket that translates them ("mode (modo)", "none(=nenhum)"),
/// or in a bracket of their own, without target words, after the text they gloss
/// ("Não associa (bind)", "800 km/h (497 mph)").
fn glossed(target: &str, span: std::ops::Range<usize>, is_target_word: &dyn Fn(&str) -> bool) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let after = target[span.end..].trim_start_matches(' ');
    if let Some(inner) = after.strip_prefix('(').and_then(|a| a.split_once(')')).map(|(i, _)| i) {
        if words(inner).iter().any(|w| is_target_word(w)) {
            return true;
        }
    }
    let open = target[..span.start].rfind('(');
    let close = target[span.end..].find(')').map(|i| span.end + i);
    match (open, close) {
        (Some(a), Some(b)) if !target[a..span.start].contains(')') && !target[span.end..b].contains('(') => {
            let before = target[..a].trim_end_matches(' ');
            before.ends_with(|c: char| c.is_alphanumeric())
                && !words(&target[a + 1..b]).iter().any(|w| is_target_word(w))
        }
        _ => false,
    }
}

/// Whether the words at `span` are a term the translator introduced earlier in the
/// segment in quotation marks (`o chamado "tackle"` ... "18 tackles"): a plural of it or
/// the term itself, used again without the marks.
fn introduced(target: &str, span: std::ops::Range<usize>) -> bool {
    let word = target[span.clone()].to_lowercase();
    copy::quoted_spans(target)
        .into_iter()
        .filter(|q| q.end <= span.start)
        .any(|q| {
            let term = target[q].trim().to_lowercase();
            word.strip_prefix(term.as_str())
                .is_some_and(|rest| ["", "s", "es"].contains(&rest))
        })
}

/// Whether a segment left as its source is a sentence of ordinary source-language words:
/// it ends with a sentence's mark, every word is a source word, and one of them is no
/// word of the target language's lexicon. Such a segment ("Hi!", "Tap Settings.") is text
/// left untranslated however short it is, even where the target language also writes
/// the word as a loanword or the segment's capitals look like a name.
fn sentence_left(target: &str, is_source_word: &dyn Fn(&str) -> bool, is_lexicon_word: &dyn Fn(&str) -> bool) -> bool {
    let text = target.trim().trim_end_matches(['"', '\'', '”', '’', ')']);
    if !text.ends_with(['.', '!', '?']) || !text.starts_with(char::is_uppercase) {
        return false;
    }
    let words: Vec<String> = text
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    !words.is_empty()
        && words.iter().all(|w| w.chars().all(char::is_alphabetic) && is_source_word(w))
        && words.iter().any(|w| !is_lexicon_word(w))
}

/// Whether a segment left as its source is a label in title case without a sentence's
/// mark ("Letter Plus", "Para Hyphenation Min Word Length"): the name of a paper size, a
/// style or a property, which catalogues keep as the program names it.
fn titled_label(target: &str) -> bool {
    let text = target.trim();
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    words.len() >= 2
        && !text.ends_with(['.', '!', '?', ':'])
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
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
        || token.contains("()")
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
        || first_cell(target, span.end)
        || variable
        || before.is_some_and(|t| is_option(t) || is_metavariable(t))
        || after.is_some_and(|t| is_option(t) || is_metavariable(t))
        // A command before its arguments: "git blame [<opções>]", "copy [-f]", "load
        // <arquivo>", "nmcli agent { COMANDO | help }".
        || after.is_some_and(|t| is_argument(t) || t == "{")
        || alternative(before, after)
}

/// Whether a token is an argument of a usage line ("[<opções>]", "[-f]", "<arquivo>").
/// An address in angle brackets ("<http://…>", "<nome@exemplo.org>") is not: "see" before
/// it is English left in a sentence.
fn is_argument(token: &str) -> bool {
    token.len() > 1
        && (token.starts_with('[')
            || (token.starts_with('<') && !token.contains("://") && !token.contains('@')))
}

/// Whether a word stands between the marks of a grammar's alternatives, as usage texts
/// give the keywords a program reads: "{ yes | no }", "{ COMANDO | help }".
fn alternative(before: Option<&str>, after: Option<&str>) -> bool {
    before.is_some_and(|t| t == "|" || t == "{") && after.is_some_and(|t| t == "|" || t == "}")
}

/// Whether the text ending at `end` is in the first cell of an indented help-table line
/// ("  none, off       never make backups"): that cell lists the keywords the program
/// reads, and a column gap of two spaces or more follows it on the line.
fn first_cell(target: &str, end: usize) -> bool {
    let line_start = target[..end].rfind('\n').map_or(0, |i| i + 1);
    let line = target[line_start..].split('\n').next().unwrap_or("");
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent == 0 || indent == line.len() {
        return false;
    }
    let cell = &line[indent..];
    let gap = cell
        .find("  ")
        .filter(|&g| !cell[g..].trim().is_empty());
    gap.is_some_and(|g| end <= line_start + indent + g)
}

/// Whether the word at `span` opens both the source and the target, written in lowercase
/// and followed in both by a colon ("close: `%s' is not an open file" → "close: \"%s\"
/// não é…") or by its arguments and a dash ("help [command] - print list of commands" →
/// "help [comando] - exibe…"): the name of the function, command or program the message
/// is about, as the GNU convention "program: message" and a help list of commands write
/// it. The program reads that name, so the translation keeps it.
fn leading_identifier(source: &str, target: &str, span: std::ops::Range<usize>) -> bool {
    /// Arguments a command of a help list takes before its dash ("[-|+|[file:]line]").
    const MAX_ARGUMENTS: usize = 3;
    let word = &target[span.clone()];
    let opens = |text: &str| -> Option<usize> {
        let lead = text.len() - text.trim_start().len();
        text[lead..].starts_with(word).then_some(lead + word.len())
    };
    let described = |rest: &str| {
        if rest.starts_with(':') {
            return true;
        }
        let line = rest.split('\n').next().unwrap_or("");
        line.find(" - ").is_some_and(|dash| {
            let arguments = &line[..dash];
            arguments.is_empty()
                || (arguments.starts_with(' ')
                    && arguments.split_whitespace().count() <= MAX_ARGUMENTS)
        })
    };
    word.starts_with(char::is_lowercase)
        && !word.contains(' ')
        && opens(target) == Some(span.end)
        && opens(source).is_some_and(|end| {
            source[end..].starts_with([':', ' ']) && described(&source[end..])
        })
}

/// Whether every word of `span` is a value the translation keeps in a list
/// (`copy::listed_value`): a run of copied words may hold several ("all, dirty").
fn listed(source: &str, target: &str, span: std::ops::Range<usize>, is_source_word: &dyn Fn(&str) -> bool) -> bool {
    let text = &target[span.clone()];
    let mut words = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let start = span.start + (w.as_ptr() as usize - text.as_ptr() as usize);
            start..start + w.len()
        })
        .peekable();
    words.peek().is_some() && words.all(|w| copy::listed_value(source, target, w, is_source_word))
}

/// Whether the line of `target` holding `span` is a list of search keywords, as desktop
/// files and unit tables give them ("shell;prompt;comando;linha de comando;cmd;",
/// "libra,libras,lb,lbs"): words joined by semicolons or commas without a space. The
/// translator adds the English words on purpose, so that a search in either finds it.
fn keyword_list(target: &str, span: std::ops::Range<usize>) -> bool {
    /// Fewer separators are a pair or a name ("x,y").
    const MIN_SEPARATORS: usize = 3;
    let start = target[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = target[span.end..].find('\n').map_or(target.len(), |i| span.end + i);
    let line = target[start..end].trim();
    let separators: Vec<usize> = line.match_indices([';', ',']).map(|(i, _)| i).collect();
    separators.len() >= MIN_SEPARATORS
        && separators
            .iter()
            .all(|&i| !line[i + 1..].starts_with(char::is_whitespace))
        && !line.contains(". ")
}

/// Whether a segment left as its source is one lowercase token without a sentence's mark
/// ("all", "misc", "nTH"), or one followed only by code ("munch-list [simple]
/// [single|multi]", a command's synopsis): a keyword, a field or a command the program
/// reads, which catalogues keep as written (a label for people is capitalised).
fn lone_keyword(target: &str) -> bool {
    let text = target.trim();
    let mut tokens = text.split_whitespace();
    let Some(first) = tokens.next() else {
        return false;
    };
    let arguments: Vec<&str> = tokens.collect();
    // A synopsis opens its arguments with an option or a bracket; "unmatched `{'" is a
    // message about code, in words.
    let synopsis = arguments
        .first()
        .is_none_or(|t| t.starts_with(['[', '-', '<']))
        && arguments.iter().all(|t| code_token(t));
    first.starts_with(char::is_lowercase) && synopsis && !text.ends_with(['.', '!', '?'])
}

/// Whether a segment left as its source is a copyright notice ("Copyright (C) 1993-2021
/// Werner Almesberger and Craig Small"): legal notices name their holders as written and
/// are commonly kept in the source's words.
fn notice(target: &str) -> bool {
    let text = target.trim_start();
    let Some(rest) = text.strip_prefix("Copyright") else {
        return text.starts_with('©');
    };
    let rest = rest.trim_start();
    rest.starts_with("(C)") || rest.starts_with("(c)") || rest.starts_with('©') || rest.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a token is a metavariable of a help text ("N", "SIZE", "CHAR",
/// "OPÇÕES_COMUNS"): capitals, joined by underscores or hyphens.
fn is_metavariable(token: &str) -> bool {
    let word = token.trim_matches(|c: char| !c.is_alphanumeric());
    word.starts_with(char::is_uppercase)
        && word.chars().all(|c| c.is_uppercase() || c == '_' || c == '-')
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
    // One capitalised word is a name unless it ends a sentence ("Hi!").
    let one_name = tokens.len() == 1
        && tokens[0].starts_with(char::is_uppercase)
        && !target.trim_end().ends_with(['.', '!', '?']);
    one_name || tokens.iter().all(|t| code_token(t) || is_metavariable(t))
}

#[cfg(test)]
mod tests {
    use crate::test_support::{check_pairs, check_pairs_saying, checker};
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
    fn short_segments_left_as_their_source() {
        // The examples: a greeting and a UI instruction, too short for anything
        // but the source to judge ("hi" is a loanword in wordfreq's Portuguese, "tap" a
        // word of its lexicon, "Settings" capitalised like a name).
        let found = untranslated(&[("Hi!", "Hi!"), ("Tap Settings.", "Tap Settings.")]);
        assert_eq!(found, ["Hi!", "Tap Settings."]);
    }

    #[test]
    fn quiet_on_short_names_and_labels_left_as_their_source() {
        let pairs = [
            ("OK.", "OK."),
            ("Kim Jong Un.", "Kim Jong Un."),
            ("Total: 5.", "Total: 5."),
            // LibreOffice's pt_BR catalogues: a paper size and a paragraph property.
            ("Letter Plus", "Letter Plus"),
            ("Para Hyphenation No Last Word", "Para Hyphenation No Last Word"),
            ("Syndication", "Syndication"),
        ];
        assert_eq!(untranslated(&pairs), Vec::<String>::new());
    }

    #[test]
    fn quiet_on_keywords_a_program_reads() {
        // Real Debian pt_BR catalogues (ld, glib, coreutils, wget): values the source lists
        // as code, calls, glosses in brackets and the first cell of a help table.
        let pairs = [
            (
                "  --mhyper-relax=level        Adjust relax level (low|medium|high). default: medium\n",
                "  --mhyper-relax=nível        Ajusta nível de relax (low|medium|high).\n                                Padrão: medium\n",
            ),
            (
                "Failed to write file “%s”: write() failed: %s",
                "Falha ao gravar o arquivo “%s”: write() falhou: %s",
            ),
            (
                "Attributes are: mode, ownership, timestamps.",
                "Os atributos são: mode (modo), ownership (dono), timestamps (horários).",
            ),
            ("Digests are disabled.", "As resenhas (digests) estão desabilitadas."),
            (
                "  none, off       never make backups\n",
                "  none, off       nunca faz cópias de segurança\n",
            ),
        ];
        // The source adds nothing to the target-only part ("ownership" is its finding).
        assert_eq!(untranslated(&pairs), alone(&pairs));
    }

    #[test]
    fn copied_words_outside_code_and_glosses_are_still_found() {
        // coreutils' pt_BR catalogue: an "and" left in a sentence.
        let found = untranslated(&[(
            "If TEMPLATE is not specified, use tmp.XXXXXXXXXX, and --tmpdir is implied.",
            "Se MODELO não for especificado, usa tmp.XXXXXXXXXX, and subentende --tmpdir.",
        )]);
        assert_eq!(found, ["and"]);
        // A term the translator quotes once is a term where it comes back (NTREX-128).
        let found = untranslated(&[(
            "He had five tackles before exiting the game, 18 tackles this season.",
            "Ele parou o oponente (o chamado \"tackle\") cinco vezes, 18 tackles na temporada.",
        )]);
        assert_eq!(found, Vec::<String>::new());
        // A bracket after a copied word that glosses nothing Portuguese is no gloss.
        let found = untranslated(&[(
            "My cousin's legs were mangled (badly).",
            "As pernas do meu primo eram mangled (badly).",
        )]);
        assert!(found.iter().any(|t| t == "mangled"), "{found:?}");
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
        assert_eq!(untranslated(&pairs), alone(&pairs));
    }

    #[test]
    fn quiet_on_a_command_or_function_that_opens_its_message() {
        // gawk's pt_BR catalogue: its functions' messages and its debugger's help list.
        let pairs = [
            ("and: called with less than two arguments", "and: chamada com menos de dois argumentos"),
            ("close: `%.*s' is not an open file, pipe or co-process", "close: \"%.*s\" não é um arquivo aberto, pipe ou coprocesso"),
            ("quit - exit debugger", "quit - sai do depurador"),
            (
                "help [command] - print list of commands or explanation of command",
                "help [comando] - exibe a lista de comandos ou explicação de um comando",
            ),
        ];
        assert_eq!(untranslated(&pairs), Vec::<String>::new());
        // glibc: the same word elsewhere in the message is English left in.
        let found = untranslated(&[("svc_run: - poll failed", "svc_run: – poll falhou")]);
        assert_eq!(found, ["poll"]);
    }

    #[test]
    fn quiet_on_values_a_translation_keeps_in_a_list() {
        // aspell, glibc and procps pt_BR catalogues.
        let pairs = [
            ("one of ultra, fast, normal, slow, or bad-spellers", "um de ultra, fast, normal, slow, ou bad-spellers"),
            ("Format to use: new (default), old, or compat", "Formato para usar: new (padrão), old ou compat"),
            ("Expression can be: terminal, user, pid, command.\n", "Expressão pode ser: terminal, user, pid, command.\n"),
        ];
        // The source adds nothing to what the target-only part finds.
        assert_eq!(untranslated(&pairs), alone(&pairs));
    }

    #[test]
    fn quiet_on_keywords_synopses_and_notices_left_as_their_source() {
        // procps, bash, aspell and psmisc pt_BR catalogues; make's quoted keyword.
        let pairs = [
            ("all", "all"),
            ("misc", "misc"),
            ("wait [-fn] [-p var] [id ...]", "wait [-fn] [-p var] [id ...]"),
            ("  munch-list [simple] [single|multi] [keep]", "  munch-list [simple] [single|multi] [keep]"),
            (
                "Copyright (C) 1993-2021 Werner Almesberger and Craig Small\n",
                "Copyright (C) 1993-2021 Werner Almesberger and Craig Small\n",
            ),
            ("The 'load' operation is not supported on this platform.", "A operação 'load' não é suportada nesta plataforma."),
        ];
        // The target alone takes "misc" and the synopsis for English; the source shows
        // they are a keyword and a synopsis left as they are.
        assert_eq!(alone(&pairs), ["misc", "munch-list [simple] [single|multi] [keep"]);
        assert_eq!(untranslated(&pairs), Vec::<String>::new());
    }

    #[test]
    fn messages_in_words_left_as_their_source_are_still_found() {
        // xz, sed (Apertium's MT of its msgids) and glibc: English left in, with a mark, a
        // quoted character, or in a sentence.
        let found = untranslated(&[
            ("Memory usage limits:", "Memory usage limits:"),
            ("unmatched `{'", "unmatched `{'"),
            ("Operation would block", "Operation causaria bloqueio"),
        ]);
        assert_eq!(found, ["Memory usage limits:", "unmatched `{'", "Operation"]);
    }

    #[test]
    fn quiet_on_subcommands_keyword_lists_and_multiword_values() {
        // git, gnome-terminal, gnome-calculator pt catalogues (fetch_untuned2.sh, read
        // once before this rule: tuned).
        let pairs = [
            ("git blame [<options>] [<rev-opts>] [<rev>] [--] <file>", "git blame [<opções>] [<rev-opts>] [<rev>] [--] <ficheiro>"),
            ("shell;prompt;command;commandline;cmd;", "shell;prompt;comando;linha de comando;cmd;"),
            (
                "ignore changes to submodules, optional when: all, dirty, untracked.",
                "ignorar alterações em submódulos, opcional quando: all, dirty, untracked.",
            ),
        ];
        // The source adds nothing to what the target-only part finds.
        assert_eq!(untranslated(&pairs), alone(&pairs));
        // A sentence with commas and spaces is no keyword list; a bracket of prose is no
        // argument.
        let found = untranslated(&[(
            "You should have received a copy, see the licence, for details, now.",
            "Você deveria ter recebido uma cópia, see a licença, para detalhes, agora.",
        )]);
        assert_eq!(found, ["see"]);
    }

    #[test]
    fn quiet_on_the_keywords_of_a_usage_grammar() {
        // NetworkManager's pt_BR catalogue (fetch_untuned3.sh, read once before this rule:
        // tuned): nmcli's usage texts.
        let pairs = [
            (
                "Usage: nmcli agent { COMMAND | help }\n",
                "Uso: nmcli agent { COMANDO | help }\n",
            ),
            ("  load <filename> [ <filename>... ]\n", "  load <arquivo> [ <arquivo>... ]\n"),
            (
                "  add COMMON_OPTIONS TYPE_SPECIFIC_OPTIONS IP_OPTIONS\n",
                "  add OPÇÕES_COMUNS OPÇÕES_ESPECÍFICAS_TIPO OPÇÕES_IP\n",
            ),
            (
                "PROPERTY  := { autoconnect { yes | no } |\n",
                "PROPRIEDADE  := { autoconnect { yes | no } |\n",
            ),
        ];
        assert_eq!(untranslated(&pairs), alone(&pairs));
        // Prose around a comparison sign or a lone brace is no grammar.
        let found = untranslated(&[(
            "When the load is < 5, the agent is { idle },",
            "Quando a load é < 5, o agent fica { ocioso },",
        )]);
        assert_eq!(found, ["load", "agent"]);
        // An address in angle brackets is no argument: "see" before it is English left in
        // (gnome-terminal's pt_BR catalogue, fetch_untuned2.sh).
        let found = untranslated(&[(
            "For more details, see <https://wiki.gnome.org/Apps/Terminal>.",
            "Para mais detalhes, consulte see <https://wiki.gnome.org/Apps/Terminal>.",
        )]);
        assert_eq!(found, ["see"]);
    }

    #[test]
    fn the_source_decides_before_the_target_alone() {
        // xfce4-settings and aptitude catalogues (fetch_untuned4.sh, fetch_untuned3.sh;
        // tuned): a program's name or option kept from the source, which the heading pass
        // alone takes for English left in a title-case label.
        let pairs = [
            ("Enlightened Terminal Emulator", "Emulador de terminal Enlightened"),
            ("Rodent File Manager", "Gestor de ficheiros Rodent"),
            // gnome-calculator: a unit's search keywords, left as their source.
            ("nibble,nibbles", "nibble,nibbles"),
            (
                "Ignoring these trust violations because\n  %s::CmdLine::Ignore-Trust-Violations is 'true'!\n",
                "Ignorando estas violações de confiança porque\n  %s::CmdLine::Ignore-Trust-Violations está\n",
            ),
        ];
        for pair in pairs {
            assert!(!alone(&[pair]).is_empty(), "{pair:?}: the target alone finds nothing");
        }
        assert_eq!(untranslated(&pairs), Vec::<String>::new());
        // A capitalised word the source opens its sentence with is no name: still English
        // left (the heading pass's own finding, with or without the source).
        let pairs = [("Configuring the Keyboard", "Configuring o Teclado")];
        assert_eq!(untranslated(&pairs), ["Configuring"]);
    }

    #[test]
    fn a_word_copied_from_the_source_is_reported_as_copied() {
        // mc's pt catalogue: the target-only part finds "Child" too; the source says more.
        let pairs = [("Child died unexpectedly", "Child morreu inesperadamente")];
        assert_eq!(alone(&pairs), ["Child"]);
        let found: Vec<_> = check_pairs_saying(&checker("pt", "", &[]), &pairs)
            .into_iter()
            .filter(|(rule, _, _)| *rule == Rule::Untranslated)
            .map(|(_, text, message)| (text, message))
            .collect();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "Child");
        assert!(found[0].1.contains("copied from the source"), "{found:?}");
    }

    /// What the target-only part of the rule finds in the targets of `pairs`.
    fn alone(pairs: &[(&str, &str)]) -> Vec<String> {
        pairs
            .iter()
            .flat_map(|(_, t)| {
                checker("pt", "", &[])
                    .check(t)
                    .into_iter()
                    .filter(|f| f.rule == Rule::Untranslated)
                    .map(|f| t[f.range.as_range()].to_string())
                    .collect::<Vec<_>>()
            })
            .collect()
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
