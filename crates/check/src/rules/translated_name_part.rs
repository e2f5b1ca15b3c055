//! `translated-name-part`: a multi-word name cut down to one part, next to a common-word
//! translation of another of its parts ("Hui, filho do ministro" for Choe Son Hui, whose
//! "Son" MT took for the English word "son").

use crate::context::Context;
use crate::rules::{Needs, RuleDef, RuleKind};
use crate::names::form_text;
use crate::names::scan::Scan;
use crate::{Applicability, ByteRange, Finding, Rule, RuleDoc, Severity, Suggestion, TermRef};

pub(crate) static RULE: RuleDef = RuleDef {
    needs: Needs::WORDS,
    check,
    ..RuleDef::new("translated-name-part", RuleKind::Name, Severity::Warning, DOC)
};

const DOC: RuleDoc = RuleDoc {
    summary: "a part of a name translated as a common word",
    what: "One part of a glossary name standing alone, within two words of a Portuguese \
word that translates another part of that name as if it were an ordinary English word: \
\"Hui, filho de um pescador\" for Choe Son Hui (\"Son\" became \"filho\", the name was \
cut); where a glossary entry names the context (\"Hui, filho do ministro\"), \
`wrong-term-in-context` reports it. \
The translations come from the entry's declared `parts = [{ part = \"Son\", literal = \
[\"filho\"] }]`, for names of any length, and from a bilingual word list (FreeDict \
English-Portuguese) for names of two or three words (longer ones are mostly institutions \
whose words translators translate on purpose).",
    why: "MT cannot tell a name part from a common word; the reader gets a wrong name and a \
made-up family relation.",
    example: "Hui, filho de um pescador, também veio  →  the name \"Choe Son Hui\"",
    fix: "Display only: the full name is shown; the sentence around it needs rewriting by hand.",
};

/// How many tokens apart the lone part and the translated word may be.
const WINDOW: usize = 2;
const CONFIDENCE: f32 = 0.7;

/// Ordinary words this short are never taken for a lone part of a name.
const SHORT_WORD: usize = 2;

fn check(ctx: &mut Context<'_, '_>) {
    let scan = ctx.scan();
    let mut out = Vec::new();
    find(scan, &mut out);
    ctx.report_all(out);
}

fn find(scan: &Scan<'_>, out: &mut Vec<Finding>) {
    if scan.names.is_empty() {
        return;
    }
    let mut last: Option<(ByteRange, u32)> = None;
    for i in 0..scan.tokens.len() {
        // A word inside a glossary match is explained (or already reported) by it.
        if scan.covered[i] {
            continue;
        }
        if !scan.names.is_translation(scan.hash(i)) {
            continue;
        }
        if let Some((f, term)) = lone_part_near(scan, i) {
            // One report for one damaged name, however many of its parts are translated.
            if last.is_some_and(|(r, t)| t == term && r.overlaps(f.range)) {
                continue;
            }
            last = Some((f.range, term));
            out.push(f);
        }
    }
}

/// A finding when a lone part of a name stands within `WINDOW` tokens of token `i`, a
/// translation of another part of that name.
fn lone_part_near(scan: &Scan<'_>, i: usize) -> Option<(Finding, u32)> {
    let from = i.saturating_sub(WINDOW);
    let to = (i + WINDOW).min(scan.tokens.len().saturating_sub(1));
    for j in (from..=to).filter(|&j| j != i) {
        // The lone part: capitalised, in no glossary match (the whole name written out,
        // or a wrong rendering the glossary lists and reports itself). A part the
        // glossary accepts on its own is no lone part either: "Paris" next to "moda" is
        // the city, not "Paris Fashion Week" (measured: that relaxation found 8 more
        // damaged names on NTREX MT but made 4 false findings on the references).
        if !scan.capitalised(j) || scan.covered[j] {
            continue;
        }
        // A short ordinary word (an article, a conjunction) is no lone part, even when a
        // gazetteer holds a place of that name: "A cidade" is not a place "A" with "City"
        // translated. Longer ones can be ("Fundação de Web", "Metro Notícia").
        if scan.known(j) && scan.tokens.folded(j).chars().count() <= SHORT_WORD {
            continue;
        }
        let Some(w) = scan.name_word(j) else {
            continue;
        };
        if let Some(&(f, translated_pos)) = scan.names.translated_parts(scan.hash(i), w).first() {
            let term = scan.names.forms[f as usize].term;
            return Some((finding(scan, i, j, f, translated_pos), term));
        }
    }
    None
}

fn finding(scan: &Scan<'_>, translated: usize, lone: usize, f: u32, pos: u32) -> Finding {
    let form = &scan.names.forms[f as usize];
    let term = &scan.terms[form.term as usize];
    let name = form_text(term, form.form);
    let part = scan.names.word(scan.names.words_of(form)[pos as usize]);
    let (a, b) = (translated.min(lone), translated.max(lone));
    let range = ByteRange::new(scan.range(a).start, scan.range(b).end);
    let found = &scan.text[range.as_range()];
    let message = format!(
        "\"{found}\" looks like {} \"{name}\" with its part \"{}\" translated as \"{}\"",
        term.kind.noun(),
        capitalise(part),
        scan.word(translated),
    );
    Finding {
        suggestions: vec![Suggestion {
            range,
            replacement: name.to_string(),
            applicability: Applicability::DisplayOnly,
        }],
        term: Some(TermRef::of(term)),
        note: term.note.clone(),
        confidence: Some(CONFIDENCE),
        ..Finding::new(Rule::TranslatedNamePart, range, message)
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
