//! Import tests on real files (tests/fixtures/import/, see its README for origins and
//! licences) and on small malformed inputs.

use super::csv::{to_csv, Delimiter};
use super::*;
use crate::{parse_glossary, shipped, Term};

const ASTRONOMY: &[u8] =
    include_bytes!("../../../../tests/fixtures/import/astronomy-tbx-basic-dca.tbx");
const WEBLATE: &[u8] = include_bytes!("../../../../tests/fixtures/import/weblate-martif-cs.tbx");
const COUNTRIES_CSV: &[u8] =
    include_bytes!("../../../../tests/fixtures/import/countries.pt-BR.csv");
const COUNTRIES_TSV: &[u8] = include_bytes!("../../../../tests/fixtures/import/countries.pt.tsv");

fn options(format: Format, lang: Option<&str>) -> ImportOptions {
    ImportOptions {
        lang: lang.map(|l| l.parse().expect("test tag")),
        ..ImportOptions::new(format)
    }
}

fn import(file: &str, bytes: &[u8], options: &ImportOptions) -> Import {
    import_bytes(file, bytes, options).unwrap_or_else(|e| panic!("import of {file} failed: {e}"))
}

fn error(file: &str, bytes: &[u8], options: &ImportOptions) -> String {
    match import_bytes(file, bytes, options) {
        Ok(i) => panic!("import of {file} should fail, got:\n{}", i.toml),
        Err(e) => e.to_string(),
    }
}

fn term<'a>(import: &'a Import, preferred: &str) -> &'a Term {
    import
        .glossary
        .terms
        .iter()
        .find(|t| t.preferred == preferred)
        .unwrap_or_else(|| panic!("no entry `{preferred}` in:\n{}", import.toml))
}

fn avoid_texts(term: &Term) -> Vec<&str> {
    term.avoid.iter().map(|a| a.text.as_str()).collect()
}

/// The written text loads as a glossary set on its own, with the same number of entries.
fn assert_loads(import: &Import) {
    let set = GlossarySet::build(&[GlossarySource {
        name: "out.toml".into(),
        text: import.toml.clone(),
    }])
    .unwrap_or_else(|e| panic!("written glossary does not load: {e}\n{}", import.toml));
    assert_eq!(set.terms().len(), import.glossary.terms.len());
}

// --- TBX v3, TBX-Basic (DCA) -------------------------------------------------------------

#[test]
fn tbx_v3_needs_a_target_when_several_languages_are_present() {
    let message = error("astronomy.tbx", ASTRONOMY, &options(Format::Tbx, None));
    assert_eq!(
        message,
        "astronomy.tbx: several target languages in the file: es, zu; choose one with --lang"
    );
}

#[test]
fn tbx_v3_spanish_terms_with_their_statuses() {
    let import = import(
        "astronomy.tbx",
        ASTRONOMY,
        &options(Format::Tbx, Some("es")),
    );
    assert_loads(&import);
    let meta = &import.glossary.meta;
    assert_eq!(meta.lang.to_string(), "es");
    assert_eq!(
        meta.source_lang
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("en")
    );
    assert_eq!(meta.name, "astronomy");
    assert!(meta
        .description
        .as_deref()
        .is_some_and(|d| d.contains("astronomy.tbx") && d.contains("TBX v3, TBX-Basic")));

    // c1: one Spanish term; both English terms (preferred and superseded) are its source.
    let open = term(&import, "cúmulo abierto");
    assert_eq!(open.source, ["open cluster", "galactic cluster"]);
    assert_eq!(open.kind, TermKind::Term);
    assert!(open.examples.is_empty());
    let note = open.note.as_deref().expect("note");
    assert!(note.contains("part of speech: noun"), "{note}");
    assert!(note.contains("Una acumulación de una docena"), "{note}");

    // c2: preferred and admitted.
    let disk = term(&import, "disco de acreción");
    assert_eq!(disk.accepted, ["disco de acrecimiento"]);
    assert!(disk.avoid.is_empty());

    // c16: preferred (listed last), admitted, unmarked and deprecated terms.
    let cno = term(&import, "ciclo del carbono-nitrógeno");
    assert_eq!(cno.accepted, ["ciclo CNO"]);
    assert_eq!(
        avoid_texts(cno),
        ["ciclo del carbono-nitrógeno-oxígeno", "ciclo del carbono"]
    );
    assert!(cno.avoid[1]
        .note
        .as_deref()
        .is_some_and(|n| n.contains("formación de las moléculas")));

    // c41: two admitted terms and no preferred one: the first is used, and that is said.
    let degeneracy = term(&import, "degeneración de electrones");
    assert_eq!(degeneracy.accepted, ["degeneración electrónica"]);
    assert_eq!(degeneracy.source, ["electron degeneracy"]);
    assert!(degeneracy
        .note
        .as_deref()
        .is_some_and(|n| n.ends_with("Import: no preferred term; imported the first admitted one, `degeneración de electrones`, as preferred.")));
    let warning = import
        .warnings
        .iter()
        .find(|w| w.message.contains("`degeneración de electrones`"))
        .expect("warning");
    assert_eq!(warning.at.to_string(), "astronomy.tbx:3663:6");

    // Concepts with no Spanish section (the zu-only bibliography entries) are reported once.
    assert_eq!(
        import.warnings[0].to_string(),
        "astronomy.tbx:1611:4: 6 entries have no `es` terms and were skipped (the first here)"
    );
}

#[test]
fn tbx_v3_superseded_and_deprecated_english_terms_become_wrong_renderings() {
    let options = ImportOptions {
        source_lang: Some("es".parse().expect("tag")),
        ..options(Format::Tbx, Some("en"))
    };
    let import = import("astronomy.tbx", ASTRONOMY, &options);
    assert_loads(&import);
    let open = term(&import, "open cluster");
    assert_eq!(avoid_texts(open), ["galactic cluster"]);
    let superseded = open.avoid[0].note.as_deref().expect("avoid note");
    assert!(
        superseded.starts_with("superseded term | Another name for an open star cluster."),
        "{superseded}"
    );
    assert_eq!(open.source, ["cúmulo abierto"]);

    let cno = term(&import, "CNO cycle");
    assert!(
        avoid_texts(cno).contains(&"carbon cycle"),
        "{:?}",
        avoid_texts(cno)
    );
    assert!(cno
        .accepted
        .contains(&"carbon-nitrogen-oxygen cycle".to_string()));
}

// --- TBX 2008, martif ----------------------------------------------------------------------

#[test]
fn martif_takes_the_only_target_language() {
    let import = import("cs.tbx", WEBLATE, &options(Format::Tbx, None));
    assert_loads(&import);
    assert_eq!(import.glossary.meta.lang.to_string(), "cs");
    assert_eq!(
        import
            .glossary
            .meta
            .source_lang
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("en")
    );
    let pairs: Vec<(&str, &str)> = import
        .glossary
        .terms
        .iter()
        .map(|t| (t.source[0].as_str(), t.preferred.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("address bar", "adresní řádek"),
            ("administrator", "správce"),
            ("administrate", "spravovat"),
            ("always on top", "vždy navrchu"),
        ]
    );
    assert!(import.warnings.is_empty(), "{:?}", import.warnings);
    assert!(
        import
            .toml
            .contains("[glossary]\nname = \"cs\"\nlang = \"cs\"\nsource-lang = \"en\"\n"),
        "{}",
        import.toml
    );
}

#[test]
fn martif_with_an_absent_language_lists_what_is_there() {
    let message = error("cs.tbx", WEBLATE, &options(Format::Tbx, Some("pt")));
    assert_eq!(
        message,
        "cs.tbx: no `pt` terms in the file (languages found: en, cs)"
    );
}

#[test]
fn ntig_and_normative_authorization_are_read() {
    let tbx = r#"<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="1">
  <langSet xml:lang="en"><ntig><termGrp><term>troop deployment</term></termGrp></ntig></langSet>
  <langSet xml:lang="pt-BR">
    <ntig><termGrp><term>implementação</term><termNote type="normativeAuthorization">deprecatedTerm</termNote></termGrp></ntig>
    <ntig><termGrp><term>envio</term><termNote type="normativeAuthorization">admittedTerm</termNote></termGrp></ntig>
    <ntig><termGrp><term>destacamento</term><termNote type="normativeAuthorization">preferredTerm</termNote>
      <termNote type="partOfSpeech">noun</termNote></termGrp><note>Of troops.</note></ntig>
  </langSet>
</termEntry>
</body></text></martif>"#;
    let import = import("mil.tbx", tbx.as_bytes(), &options(Format::Tbx, None));
    let t = term(&import, "destacamento");
    assert_eq!(t.accepted, ["envio"]);
    assert_eq!(avoid_texts(t), ["implementação"]);
    assert_eq!(t.note.as_deref(), Some("Of troops. | part of speech: noun"));
    assert_eq!(import.glossary.meta.lang.to_string(), "pt-BR");
}

/// TBX-Min 2013: `<TBX dialect="TBX-Min">`, `entry`/`langGroup`/`termGroup`, `termStatus`,
/// and the languages in the header instead of the root's xml:lang.
#[test]
fn tbx_min_2013_shape() {
    let tbx = r#"<TBX dialect="TBX-Min"><header><id>t</id><languages source="en" target="pt-PT"/></header>
<body><entry id="C1"><subjectField>news</subjectField>
<langGroup xml:lang="en"><termGroup><term>Moscow</term><termStatus>preferred</termStatus></termGroup></langGroup>
<langGroup xml:lang="pt-PT">
<termGroup><term>Moscovo</term><termStatus>preferred</termStatus><partOfSpeech>properNoun</partOfSpeech></termGroup>
<termGroup><term>Moscou</term><termStatus>notRecommended</termStatus><note>Brazilian form.</note></termGroup>
</langGroup></entry></body></TBX>"#;
    let import = import("min.tbx", tbx.as_bytes(), &options(Format::Tbx, None));
    assert_loads(&import);
    assert_eq!(import.glossary.meta.lang.to_string(), "pt-PT");
    let t = term(&import, "Moscovo");
    assert_eq!(t.source, ["Moscow"]);
    assert_eq!(avoid_texts(t), ["Moscou"]);
    assert_eq!(t.avoid[0].note.as_deref(), Some("Brazilian form."));
    assert_eq!(t.note.as_deref(), Some("part of speech: properNoun"));
    assert!(import
        .glossary
        .meta
        .description
        .as_deref()
        .is_some_and(|d| d.contains("(TBX, TBX-Min)")));
}

/// TBX v3 in DCT style: data categories as namespaced elements, not `termNote type=`.
#[test]
fn tbx_v3_dct_style() {
    let tbx = r#"<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
  xmlns:basic="http://www.tbxinfo.net/ns/basic"><text><body>
<conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>top diplomat</term></termSec></langSec>
<langSec xml:lang="pt"><termSec><term>alto diplomata</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
<termSec><term>chefe da diplomacia</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec></langSec>
</conceptEntry></body></text></tbx>"#;
    let import = import("dct.tbx", tbx.as_bytes(), &options(Format::Tbx, None));
    let t = term(&import, "chefe da diplomacia");
    assert_eq!(avoid_texts(t), ["alto diplomata"]);
    assert_eq!(t.source, ["top diplomat"]);
}

#[test]
fn several_preferred_terms_keep_the_first_and_say_so() {
    let tbx = r#"<tbx type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
<conceptEntry id="c1">
<langSec xml:lang="pt"><termSec><term>Quieve</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>Kiev</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
</conceptEntry></body></text></tbx>"#;
    let import = import("kyiv.tbx", tbx.as_bytes(), &options(Format::Tbx, None));
    let t = term(&import, "Quieve");
    assert_eq!(t.accepted, ["Kiev"]);
    assert!(import.warnings.iter().any(|w| w
        .message
        .starts_with("2 preferred terms; imported the first, `Quieve`")));
    assert_eq!(import.warnings[0].at.to_string(), "kyiv.tbx:3:24");
}

#[test]
fn an_entry_with_only_deprecated_terms_is_skipped() {
    let tbx = r#"<martif xml:lang="en"><text><body>
<termEntry><langSet xml:lang="pt"><tig><term>sorteio</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>
<termEntry><langSet xml:lang="pt"><tig><term>TASS</term></tig></langSet></termEntry>
</body></text></martif>"#;
    let import = import("x.tbx", tbx.as_bytes(), &options(Format::Tbx, None));
    assert_eq!(import.glossary.terms.len(), 1);
    assert_eq!(
        import.warnings[0].to_string(),
        "x.tbx:2:1: entry has only deprecated pt terms (sorteio): skipped, nothing to suggest instead"
    );
}

// --- CSV and TSV ---------------------------------------------------------------------------

#[test]
fn csv_of_country_names() {
    let import = import(
        "countries.pt-BR.csv",
        COUNTRIES_CSV,
        &options(Format::Csv, Some("pt-BR")),
    );
    assert_loads(&import);
    assert_eq!(import.glossary.terms.len(), 14);
    let iran = term(&import, "Irã, República Islâmica do");
    assert_eq!(iran.source, ["Iran, Islamic Republic of"]);
    assert_eq!(iran.kind, TermKind::Place);
    assert_eq!(
        iran.note.as_deref(),
        Some("ISO 3166-1 IR (Debian iso-codes)")
    );
    assert_eq!(iran.origin.line, 5);
    assert!(import.warnings.is_empty(), "{:?}", import.warnings);
}

#[test]
fn tsv_with_status_and_variants() {
    let import = import(
        "countries.pt.tsv",
        COUNTRIES_TSV,
        &options(Format::Tsv, Some("pt")),
    );
    assert_loads(&import);
    // 14 countries, 3 of them (Iran, Syria, Viet Nam) named differently in Brazil and Portugal.
    assert_eq!(import.glossary.terms.len(), 17);
    let br = term(&import, "Vietnã");
    assert_eq!(
        br.variant.as_ref().map(ToString::to_string).as_deref(),
        Some("pt-BR")
    );
    assert_eq!(avoid_texts(br), ["Vietname"]);
    assert_eq!(
        br.avoid[0].variant, None,
        "the term's variant already scopes it"
    );
    assert_eq!(
        br.avoid[0].note.as_deref(),
        Some("European Portuguese form")
    );
    let pt = term(&import, "Vietname");
    assert_eq!(
        pt.variant.as_ref().map(ToString::to_string).as_deref(),
        Some("pt-PT")
    );
    assert_eq!(avoid_texts(pt), ["Vietnã"]);
    assert!(term(&import, "Alemanha").variant.is_none());
}

#[test]
fn utf16_tsv_reads_like_utf8() {
    let text = std::str::from_utf8(COUNTRIES_TSV).expect("utf-8 fixture");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let a = import("c.tsv", COUNTRIES_TSV, &options(Format::Tsv, Some("pt")));
    let b = import("c.tsv", &bytes, &options(Format::Tsv, Some("pt")));
    assert_eq!(a.toml, b.toml);
}

#[test]
fn forgiving_headers_semicolons_and_lists() {
    let csv = "\u{feff}Source Term;Translation;Accepted;Do not use;Category;Comments;Part_of_Speech;Owner\n\
               Kyiv;Quieve;Kiev | Kyiv;Kiew;city;Capital of Ukraine.;noun;ana\n";
    let import = import("k.csv", csv.as_bytes(), &options(Format::Csv, Some("pt")));
    let t = term(&import, "Quieve");
    assert_eq!(t.accepted, ["Kiev", "Kyiv"]);
    assert_eq!(avoid_texts(t), ["Kiew"]);
    assert_eq!(t.kind, TermKind::Place);
    assert_eq!(
        t.note.as_deref(),
        Some("Capital of Ukraine. | part of speech: noun")
    );
    assert_eq!(
        import.warnings[0].to_string(),
        "k.csv:1: columns ignored: Owner"
    );
}

#[test]
fn language_named_columns_give_the_languages() {
    let csv = "en,pt-BR\nMoscow,Moscou\n";
    let import = import("m.csv", csv.as_bytes(), &options(Format::Csv, None));
    assert_eq!(import.glossary.meta.lang.to_string(), "pt-BR");
    assert_eq!(
        import
            .glossary
            .meta
            .source_lang
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("en")
    );
    assert_eq!(term(&import, "Moscou").source, ["Moscow"]);
}

#[test]
fn duplicates_merge_and_conflicting_wrong_forms_are_dropped() {
    let csv = "source,target,avoid\nSeoul,Seul,Seoul\nSeoul city,Seul,Seúl\nBusan,Busan,Seul\n";
    let import = import("d.csv", csv.as_bytes(), &options(Format::Csv, Some("pt")));
    assert_loads(&import);
    assert_eq!(import.glossary.terms.len(), 2);
    let seul = term(&import, "Seul");
    assert_eq!(seul.source, ["Seoul", "Seoul city"]);
    assert_eq!(avoid_texts(seul), ["Seoul", "Seúl"]);
    assert!(term(&import, "Busan").avoid.is_empty());
    let messages: Vec<String> = import.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "d.csv:3:1: same preferred term `Seul` as the entry at line 2: merged into it",
            "d.csv:4:1: `Seul` is deprecated here but a good term of `Seul`: not listed as wrong",
        ]
    );
}

// --- round trip ----------------------------------------------------------------------------

/// What an entry says, as CSV can carry it.
fn entries(terms: &[Term]) -> Vec<String> {
    terms
        .iter()
        .map(|t| {
            let avoid: Vec<String> = t
                .avoid
                .iter()
                .filter(|a| !a.is_contextual())
                .map(|a| {
                    // Where the form is wrong: its own variant, else its term's.
                    let scope = a.variant.as_ref().or(t.variant.as_ref());
                    format!(
                        "{}@{:?}#{:?}",
                        a.text,
                        scope.map(ToString::to_string),
                        a.note
                    )
                })
                .collect();
            // An accepted form equal to the preferred one says nothing; import drops it.
            let accepted: Vec<&String> = t.accepted.iter().filter(|a| **a != t.preferred).collect();
            format!(
                "{} [{}] {:?} also={:?} avoid={:?} source={:?} note={:?}",
                t.preferred,
                t.kind.as_str(),
                t.variant.as_ref().map(ToString::to_string),
                accepted,
                avoid,
                t.source,
                t.note
            )
        })
        .collect()
}

fn round_trip(terms: &[Term], lang: &str, delimiter: Delimiter) -> Import {
    let export = to_csv(terms, delimiter);
    let format = match delimiter {
        Delimiter::Comma => Format::Csv,
        Delimiter::Tab => Format::Tsv,
    };
    import(
        "again",
        export.text.as_bytes(),
        &options(format, Some(lang)),
    )
}

#[test]
fn csv_round_trip_gives_the_same_entries() {
    let first = import(
        "countries.pt-BR.csv",
        COUNTRIES_CSV,
        &options(Format::Csv, Some("pt-BR")),
    );
    let again = round_trip(&first.glossary.terms, "pt-BR", Delimiter::Comma);
    assert_eq!(
        entries(&first.glossary.terms),
        entries(&again.glossary.terms)
    );
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
}

#[test]
fn tsv_round_trip_keeps_variants() {
    let first = import(
        "countries.pt.tsv",
        COUNTRIES_TSV,
        &options(Format::Tsv, Some("pt")),
    );
    let again = round_trip(&first.glossary.terms, "pt", Delimiter::Tab);
    assert_eq!(
        entries(&first.glossary.terms),
        entries(&again.glossary.terms)
    );
    // And the exported text is the fixture's layout, row for row.
    let export = to_csv(&first.glossary.terms, Delimiter::Tab);
    assert_eq!(
        export.text.lines().count(),
        std::str::from_utf8(COUNTRIES_TSV)
            .expect("utf-8")
            .lines()
            .count()
    );
}

#[test]
fn shipped_glossaries_round_trip_through_csv() {
    for source in shipped::sources() {
        // Bounded: the largest shipped files are slow to load in debug builds.
        let cut: String = source
            .text
            .split("\n[[term]]")
            .take(150)
            .collect::<Vec<_>>()
            .join("\n[[term]]");
        let glossary = parse_glossary(&source.name, &cut).expect("shipped glossary loads");
        let again = round_trip(
            &glossary.terms,
            &glossary.meta.lang.to_string(),
            Delimiter::Comma,
        );
        assert_eq!(
            entries(&glossary.terms),
            entries(&again.glossary.terms),
            "{}",
            source.name
        );
    }
}

#[test]
fn export_names_what_csv_cannot_hold() {
    let text = "[glossary]\nname = \"n\"\nlang = \"pt\"\n\n[[term]]\nuse = \"TASS\"\nkind = \"org\"\ncase = \"exact\"\n\
                avoid = [{ text = \"sorteio\", near = [\"agência\"] }]\n\
                examples = [{ text = \"A TASS disse.\", ok = true }]\n";
    let glossary = parse_glossary("n.toml", text).expect("loads");
    let export = to_csv(&glossary.terms, Delimiter::Comma);
    assert_eq!(
        export.text,
        "source,target,status,kind,variant,note\n,TASS,preferred,org,,\n"
    );
    let warnings: Vec<String> = export.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "n.toml:5:1: the examples of 1 entries are not exported (the first here): a table has no column for them",
            "n.toml:5:1: `TASS`: not exported: its case mode, the wrong rendering `sorteio` (it needs its context)",
        ]
    );
}

// --- malformed input -------------------------------------------------------------------------

#[test]
fn broken_xml_gives_line_and_column() {
    let tbx = "<martif xml:lang=\"en\">\n<text><body>\n<termEntry>\n  <langSet xml:lang=\"pt\"><tig><term>Seul</term></tig>\n</termEntry>\n";
    assert_eq!(
        error("bad.tbx", tbx.as_bytes(), &options(Format::Tbx, None)),
        "bad.tbx:5:1: malformed XML: expected 'langSet' tag, not 'termEntry'"
    );
}

#[test]
fn truncated_xml_is_an_error() {
    let cut = &WEBLATE[..900];
    let message = error("cut.tbx", cut, &options(Format::Tbx, None));
    assert!(
        message.starts_with("cut.tbx:") && message.contains("malformed XML"),
        "{message}"
    );
}

#[test]
fn xml_that_is_not_tbx() {
    assert_eq!(
        error("page.tbx", b"<html>\n<body/></html>", &options(Format::Tbx, None)),
        "page.tbx:1:1: not a TBX file: the root element is `<html>`, expected `<tbx>` or `<martif>`"
    );
}

#[test]
fn language_section_without_a_language() {
    let tbx = "<martif xml:lang=\"en\"><text><body>\n<termEntry>\n  <langSet><tig><term>x</term></tig></langSet></termEntry></body></text></martif>";
    assert_eq!(
        error("nolang.tbx", tbx.as_bytes(), &options(Format::Tbx, None)),
        "nolang.tbx:3:3: `<langSet>` without xml:lang"
    );
}

#[test]
fn csv_row_with_the_wrong_number_of_fields() {
    let csv = "source,target\nMoscow,Moscou\nKyiv,Quieve,Kiev\n";
    assert_eq!(
        error("bad.csv", csv.as_bytes(), &options(Format::Csv, Some("pt"))),
        "bad.csv:3: row has 3 fields but the header has 2 (a separator inside an unquoted term, or an unclosed quote?)"
    );
}

#[test]
fn invalid_utf8_gives_line_and_column() {
    let bytes = b"source,target\nMoscow,Moscou\nKyiv,Qu\xE9ieve\n";
    assert_eq!(
        error("latin1.csv", bytes, &options(Format::Csv, Some("pt"))),
        "latin1.csv:3:8: not valid UTF-8 (save the file as UTF-8)"
    );
}

#[test]
fn csv_without_a_target_column() {
    let csv = "source,comment\nMoscow,capital\n";
    assert_eq!(
        error("n.csv", csv.as_bytes(), &options(Format::Csv, Some("pt"))),
        "n.csv:1: no target column in the header row (found: source, comment); name the column of translations `target`"
    );
}

#[test]
fn csv_needs_a_target_language() {
    let message = error(
        "n.csv",
        b"source,target\na,b\n",
        &options(Format::Csv, None),
    );
    assert!(
        message.starts_with("n.csv: the file does not say which language"),
        "{message}"
    );
}

#[test]
fn csv_variant_must_narrow_the_language() {
    let csv = "source,target,variant\nMoscow,Moscou,es-ES\n";
    assert_eq!(
        error("v.csv", csv.as_bytes(), &options(Format::Csv, Some("pt"))),
        "v.csv:2: variant `es-ES` is not a regional variant of the target language `pt`"
    );
}

#[test]
fn empty_and_unknown_inputs() {
    assert_eq!(
        error("e.csv", b"", &options(Format::Csv, Some("pt"))),
        "e.csv: empty file: expected a header row naming the columns (source, target, ...)"
    );
    assert_eq!(
        "xlsx".parse::<Format>().map_err(|e| e.to_string()),
        Err("unknown import format `xlsx` (expected csv, tsv or tbx)".to_string())
    );
    let missing = import_file(
        Path::new("/no/such/glossary.tbx"),
        &options(Format::Tbx, None),
    );
    let message = missing.map(|_| ()).map_err(|e| e.to_string()).unwrap_err();
    assert!(
        message.starts_with("/no/such/glossary.tbx: cannot read:"),
        "{message}"
    );
}

#[test]
fn statuses_from_every_vocabulary() {
    for (value, status) in [
        ("preferredTerm-admn-sts", Status::Preferred),
        ("preferredTerm", Status::Preferred),
        ("Preferred", Status::Preferred),
        ("admittedTerm-admn-sts", Status::Admitted),
        ("also", Status::Admitted),
        ("deprecatedTerm-admn-sts", Status::Deprecated),
        ("notRecommended", Status::Deprecated),
        ("avoid", Status::Deprecated),
        ("supersededTerm-admn-sts", Status::Superseded),
        ("obsolete", Status::Superseded),
        ("", Status::Unmarked),
    ] {
        assert_eq!(Status::parse(value), Some(status), "{value}");
    }
    assert_eq!(Status::parse("maybe"), None);
}
