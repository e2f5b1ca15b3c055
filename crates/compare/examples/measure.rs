//! Measures mtlint-compare's pieces on real files, before any rule uses them.
//!
//! Usage:
//!   measure names CORPUS TARGET [--glossaries DIR]   findings as JSON lines on stdout
//!   measure numbers CORPUS TARGET                     findings as text lines
//!   measure placeholders PAIRS.tsv -|MT.txt           (PO pairs of scripts/compare/po_pairs.py)
//!   measure copy CORPUS TARGET
//!   measure length CORPUS TARGET [--thresholds FILE]
//!
//! CORPUS is a directory with src.en.txt and docids.txt (../shared/corpora/ntrex-dev);
//! TARGET one of its translations. Every finding line names its corpus line (1-based), so
//! scripts/quality/score_names.py and scripts/compare/measure.sh can score and split them
//! into the tune and held-out documents. See QUALITY.md, "Source-aware comparison, before
//! rules".

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use mtlint_compare::names::{
    self, CaseEvidence, Demonyms, Placement, Renderings, SourceProfile, SourceWords,
};
use mtlint_compare::{copy, length, numbers, placeholders};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("measure: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let (cmd, a, b) = match args {
        [cmd, a, b, ..] => (cmd.as_str(), Path::new(a), Path::new(b)),
        _ => {
            return Err(
                "usage: measure names|numbers|placeholders|copy|length SOURCE TARGET".into(),
            )
        }
    };
    let option = |name: &str| {
        args.iter()
            .position(|x| x == name)
            .and_then(|i| args.get(i + 1))
            .map(PathBuf::from)
    };
    match cmd {
        "names" => run_names(a, b, option("--glossaries").as_deref()),
        "numbers" => run_numbers(&source_of(a), &lines(b)?),
        "placeholders" => run_placeholders(a, (b.as_os_str() != "-").then_some(b)),
        "copy" => run_copy(&source_of(a), &lines(b)?),
        "length" => run_length(&source_of(a), &lines(b)?, option("--thresholds").as_deref()),
        _ => Err(format!("unknown command {cmd}")),
    }
}

fn source_of(corpus: &Path) -> PathBuf {
    if corpus.is_dir() {
        corpus.join("src.en.txt")
    } else {
        corpus.to_path_buf()
    }
}

fn lines(path: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(text.lines().map(str::to_string).collect())
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Data rows of a TSV file, without its `#` comments and header.
fn tsv(path: &Path) -> Result<Vec<Vec<String>>, String> {
    let rows = lines(path)?
        .into_iter()
        .filter(|l| !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect();
    Ok(rows)
}

fn english_words() -> Result<HashSet<String>, String> {
    let path = repo().join("crates/lexicon/data/en/words.txt");
    Ok(lines(&path)?
        .into_iter()
        .filter(|l| !l.starts_with('#'))
        .collect())
}

/// English place names of the shipped source tables, for the demonym test.
fn place_names() -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for (file, col) in [("countries.tsv", 1), ("cities.tsv", 1)] {
        for row in tsv(&repo().join("data/sources").join(file))? {
            if let Some(name) = row.get(col) {
                out.push(name.clone());
            }
        }
    }
    Ok(out)
}

/// The `[[term]]` tables of the glossaries in `dir`.
fn glossary_terms(dir: &Path) -> Result<Vec<toml::Value>, String> {
    let mut out = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let value: toml::Value =
            toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        if let Some(terms) = value.get("term").and_then(|t| t.as_array()) {
            out.extend(terms.iter().cloned());
        }
    }
    Ok(out)
}

fn toml_strings(term: &toml::Value, key: &str) -> Vec<String> {
    match term.get(key) {
        Some(toml::Value::String(s)) => vec![s.clone()],
        Some(toml::Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => vec![],
    }
}

/// Source form -> accepted target forms (`use` and `also`) of the glossaries in `dir`.
fn glossary_forms(dir: &Path) -> Result<HashMap<String, Vec<String>>, String> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for term in glossary_terms(dir)? {
        let mut forms = toml_strings(&term, "use");
        forms.extend(toml_strings(&term, "also"));
        for source in toml_strings(&term, "source") {
            out.entry(source).or_default().extend(forms.iter().cloned());
        }
    }
    Ok(out)
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn run_names(corpus: &Path, target: &Path, glossaries: Option<&Path>) -> Result<(), String> {
    let source = lines(&source_of(corpus))?;
    let target_lines = lines(target)?;
    let pt = mtlint_lexicon::profile("pt");
    let common = &pt.source;
    let profile = english();
    let forms = match glossaries {
        Some(dir) => glossary_forms(dir)?,
        None => HashMap::new(),
    };
    // As the rule does: the places of the glossaries make the demonyms.
    let places = match glossaries {
        Some(dir) => glossary_places(dir)?,
        None => Vec::new(),
    };
    let demonyms = Demonyms::new(places.iter().map(String::as_str), &profile);
    let table = pt.translations();
    let lexicon = mtlint_lexicon::portuguese();
    let people = mtlint_lexicon::person_names();
    let is_common = |w: &str| common.is_word(w);
    let is_translated = |w: &str| {
        demonyms.contains(w) || {
            let lower = w.to_lowercase();
            !common.is_word(&lower) && table.is_english_word(&lower)
        }
    };
    let words = SourceWords {
        is_common: &is_common,
        is_translated: &is_translated,
    };
    let evidence = CaseEvidence::from_texts(source.iter().map(String::as_str));
    let forms_of = |n: &str| forms.get(n).cloned().unwrap_or_default();
    let translations_of = |w: &str| {
        table
            .translations_of_name_part(w)
            .map(str::to_string)
            .collect()
    };
    let is_target_word = |w: &str| lexicon.contains(w);
    let renderings = Renderings {
        forms: &forms_of,
        translations: &translations_of,
        is_target_word: &is_target_word,
    };
    let is_person = |w: &str| people.contains(&w.to_lowercase());
    let is_given = |w: &str| is_person(w) && !is_common(&w.to_lowercase());
    let surnames = names::Surnames::from_texts(source.iter().map(String::as_str), &is_given);
    let judge = names::Judge {
        is_person: &is_person,
        is_source_word: &is_common,
        profile: &profile,
        surnames: Some(&surnames),
        // The example has no target profile: every accented respelling counts.
        follows_stress_rules: &|_| false,
    };
    let all = std::env::var_os("MEASURE_ALL").is_some();
    let only: Option<usize> = std::env::var("MEASURE_LINE")
        .ok()
        .and_then(|v| v.parse().ok());
    for (i, (src, tgt)) in source.iter().zip(&target_lines).enumerate() {
        if only.is_some_and(|n| n != i + 1) {
            continue;
        }
        for name in names::find_names(src, &profile, &words, Some(&evidence)) {
            let placement = names::locate(&name, src, tgt, &renderings);
            if only.is_some() {
                eprintln!("{:?} -> {placement:?}", name.text);
            }
            let Placement::Missing(place) = &placement else {
                continue;
            };
            let damage = names::damage(&name, src, tgt, &placement, &renderings, &judge);
            if damage.is_none() && !all {
                continue;
            }
            let (how, instead) = match place {
                Some((span, clue)) => (format!("{clue:?}"), tgt[span.clone()].to_string()),
                None => ("None".to_string(), String::new()),
            };
            let message = format!(
                "name \"{}\" missing from the translation (in its place, by {how}: \"{instead}\")",
                name.text
            );
            println!(
                "{{\"rule\":\"missing-name\",\"file\":{},\"start\":{{\"line\":{}}},\"message\":{},\"name\":{},\"clue\":{},\"instead\":{},\"why\":{},{}}}",
                json_str(&target.display().to_string()),
                i + 1,
                json_str(&message),
                json_str(&name.text),
                json_str(&how),
                json_str(&instead),
                json_str(&damage.as_ref().map_or("-".to_string(), |d| format!("{:?}", d.why))),
                name_features(&name, src, tgt, &instead, &|w| common.is_word(w))
            );
        }
    }
    Ok(())
}

/// The English names of the glossaries' places (`kind = "place"`).
fn glossary_places(dir: &Path) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for term in glossary_terms(dir)? {
        if term.get("kind").and_then(|k| k.as_str()) == Some("place") {
            out.extend(toml_strings(&term, "source"));
        }
    }
    Ok(out)
}

/// What a missing name looks like, for choosing the precise clues (JSON fields).
fn name_features(
    name: &names::Name,
    src: &str,
    tgt: &str,
    instead: &str,
    common: &dyn Fn(&str) -> bool,
) -> String {
    let people = mtlint_lexicon::person_names();
    let lexicon = mtlint_lexicon::portuguese();
    let words: Vec<&str> = name.words.iter().map(|w| &src[w.clone()]).collect();
    let count = |f: &dyn Fn(&str) -> bool| words.iter().filter(|w| f(w)).count();
    let person = count(&|w| people.contains(&w.to_lowercase()));
    let common_n = count(&|w| common(&w.to_lowercase()));
    let kept = count(&|w| has_word(tgt, w));
    let before = src[..name.span.start].trim_end();
    let initial = before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '“']);
    let instead_pt = !instead.is_empty()
        && instead
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| lexicon.contains(&w.to_lowercase()));
    let instead_cap = instead.starts_with(char::is_uppercase);
    let pwords: Vec<String> = words
        .iter()
        .filter(|w| people.contains(&w.to_lowercase()))
        .map(|w| json_str(w))
        .collect();
    format!(
        "\"nwords\":{},\"person\":{person},\"common\":{common_n},\"kept\":{kept},\"initial\":{initial},\"instead_pt\":{instead_pt},\"instead_cap\":{instead_cap},\"pwords\":[{}]",
        words.len(),
        pwords.join(",")
    )
}

fn has_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .any(|w| w == word)
}

/// One finding line: the corpus line (1-based), the check, and what it says.
fn finding(line: usize, check: &str, message: &str) {
    println!(
        "{{\"rule\":{},\"start\":{{\"line\":{line}}},\"message\":{}}}",
        json_str(check),
        json_str(message)
    );
}

/// A profile's number conventions as mtlint-compare reads them.
fn number_locale(n: &mtlint_lexicon::Numbers) -> numbers::NumberLocale {
    numbers::NumberLocale {
        decimal: n.decimal,
        group: n.group.clone(),
        scale_words: n.scale_words.clone(),
        number_words: n.number_words.clone(),
        ordinal_marks: n.ordinal_marks.clone(),
        am: n.am.clone(),
        pm: n.pm.clone(),
        hour_mark: n.hour_mark,
        range_joiners: n.range_joiners.clone(),
        converted_units: n.converted_units.clone(),
        function_words: Vec::new(),
    }
}

fn run_numbers(source: &Path, target: &[String]) -> Result<(), String> {
    let profile = mtlint_lexicon::profile("pt");
    let (Some(en), Some(pt)) = (profile.source.numbers.as_ref(), profile.numbers.as_ref()) else {
        return Err("the shipped profiles say nothing of numbers".to_string());
    };
    let (en, pt) = (number_locale(en), number_locale(pt));
    for (i, (src, tgt)) in lines(source)?.iter().zip(target).enumerate() {
        for m in numbers::compare(src, &en, tgt, &pt) {
            let instead = m.target.map(|t| tgt[t].to_string()).unwrap_or_default();
            finding(
                i + 1,
                "number-mismatch",
                &format!(
                    "\"{}\" missing (instead: \"{instead}\") | {src} | {tgt}",
                    &src[m.source]
                ),
            );
        }
        for f in numbers::source_format(src, &en, tgt, &pt) {
            finding(
                i + 1,
                "number-format",
                &format!("\"{}\" -> \"{}\" | {tgt}", &tgt[f.span], f.replacement),
            );
        }
    }
    Ok(())
}

/// A PO pair row of scripts/compare/po_pairs.py: catalogue, part, flavour, source, target.
struct Pair {
    catalogue: String,
    part: String,
    flavour: String,
    source: String,
    target: String,
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some(o) => out.push(o),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn pairs(path: &Path) -> Result<Vec<Pair>, String> {
    let mut out = Vec::new();
    for (n, line) in lines(path)?.iter().enumerate() {
        let cells: Vec<&str> = line.split('\t').collect();
        let [catalogue, part, flavour, source, target] = cells[..] else {
            return Err(format!("{}:{}: expected 5 columns", path.display(), n + 1));
        };
        out.push(Pair {
            catalogue: catalogue.into(),
            part: part.into(),
            flavour: flavour.into(),
            source: unescape(source),
            target: unescape(target),
        });
    }
    Ok(out)
}

/// Placeholder problems of PO pairs (SOURCE is the TSV of po_pairs.py; TARGET, when it is
/// a file, replaces the targets line by line: the MT of the sources).
fn run_placeholders(source: &Path, target: Option<&Path>) -> Result<(), String> {
    let mut rows = pairs(source)?;
    if let Some(t) = target {
        let mt = lines(t)?;
        if mt.len() != rows.len() {
            return Err(format!(
                "{}: {} lines for {} messages",
                t.display(),
                mt.len(),
                rows.len()
            ));
        }
        for (row, line) in rows.iter_mut().zip(mt) {
            row.target = unescape(&line);
        }
    }
    for (i, row) in rows.iter().enumerate() {
        let flavour = match row.flavour.as_str() {
            "c" => placeholders::Flavour::C,
            "python" => placeholders::Flavour::Python,
            "none" => placeholders::Flavour::NoFormat,
            _ => placeholders::Flavour::Any,
        };
        for p in placeholders::compare(&row.source, &row.target, flavour) {
            let what = match &p {
                placeholders::Problem::Missing(s)
                    if row.flavour == "singular" && s.kind == placeholders::Kind::Printf =>
                {
                    continue
                }
                placeholders::Problem::Missing(s) => format!("missing {:?} {}", s.kind, s.key),
                placeholders::Problem::Altered { source, target } => {
                    format!("altered {:?} {} -> {}", source.kind, source.key, target.key)
                }
                placeholders::Problem::Duplicated(t) => {
                    format!("duplicated {:?} {}", t.kind, t.key)
                }
                placeholders::Problem::Extra(t) => format!("extra {:?} {}", t.kind, t.key),
            };
            println!(
                "{}\t{}\t{}\t{what}\t{}\t{}",
                row.part,
                row.catalogue,
                i + 1,
                row.source.replace('\n', "\\n"),
                row.target.replace('\n', "\\n")
            );
        }
    }
    Ok(())
}

/// The Zipf value from which Portuguese text uses a word as its own (a loanword).
const LOANWORD_ZIPF: f64 = 2.0;

/// Copied source text: identical segments and copied spans of source-language words.
fn run_copy(source: &Path, target: &[String]) -> Result<(), String> {
    let common = english_words()?;
    let lexicon = mtlint_lexicon::portuguese();
    let places = place_names()?;
    let profile = english();
    let demonyms = Demonyms::new(places.iter().map(String::as_str), &profile);
    let is_common = |w: &str| common.contains(w);
    let is_translated = |w: &str| demonyms.contains(w);
    let words = SourceWords {
        is_common: &is_common,
        is_translated: &is_translated,
    };
    let src_lines = lines(source)?;
    let evidence = CaseEvidence::from_texts(src_lines.iter().map(String::as_str));
    // A loanword is at home in Portuguese: the lexicon has it, or Portuguese text uses it
    // at least once per 10 million words (wordfreq, via mtlint-lexicon's usage table).
    let usage = mtlint_lexicon::usage();
    let is_target_word = |w: &str| {
        lexicon.contains(w)
            || usage
                .get(w)
                .is_some_and(|u| u.portuguese.value() >= LOANWORD_ZIPF)
    };
    let lex = copy::Lexicons {
        is_source_word: &is_common,
        is_target_word: &is_target_word,
    };
    for (i, (src, tgt)) in src_lines.iter().zip(target).enumerate() {
        let found = names::find_names(src, &profile, &words, Some(&evidence));
        let name_words: Vec<&str> = found
            .iter()
            .flat_map(|n| n.words.iter().map(|w| &src[w.clone()]))
            .collect();
        if copy::identical(src, tgt, &lex, &name_words) {
            finding(
                i + 1,
                "identical",
                &format!("identical to its source | {tgt}"),
            );
            continue;
        }
        for span in copy::copied_spans(src, tgt, &lex, &name_words) {
            finding(i + 1, "copied", &format!("\"{}\" | {tgt}", &tgt[span]));
        }
    }
    Ok(())
}

/// Length outliers, empty targets and source sentences without a counterpart.
fn run_length(source: &Path, target: &[String], thresholds: Option<&Path>) -> Result<(), String> {
    let path = thresholds.map_or_else(
        || repo().join("crates/lexicon/data/pt/length-from-en.tsv"),
        Path::to_path_buf,
    );
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let t = length::Thresholds::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    for (i, (src, tgt)) in lines(source)?.iter().zip(target).enumerate() {
        if let Some(p) = length::check(src, tgt, &t) {
            finding(i + 1, "length", &format!("{p:?} | {src} | {tgt}"));
        }
        let missing = length::missing_sentences(src, tgt);
        if missing > 0 {
            finding(
                i + 1,
                "sentences",
                &format!("{missing} sentence(s) fewer | {src} | {tgt}"),
            );
        }
    }
    Ok(())
}

/// The shipped English profile's name conventions.
fn english() -> SourceProfile {
    let n = &mtlint_lexicon::profile("pt").source.names;
    SourceProfile {
        connectors: n.connectors.clone(),
        titles: n.titles.clone(),
        translated: n.translated.clone(),
        demonym_endings: n.demonym_endings.clone(),
        weekdays: n.weekdays.clone(),
        months: n.months.clone(),
        contractions: n.contractions.clone(),
        directions: n.directions.clone(),
        articles: n.articles.clone(),
    }
}
