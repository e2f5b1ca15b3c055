//! PO: escapes, multi-line strings, plurals, flags, fuzzy, obsolete, header, ids,
//! suppression comments, and bad input with its line:col.

mod common;

use common::{assert_all_mapped, assert_round_trip};
use mtlint_check::{ByteRange, RunKind};
use mtlint_formats::{read, InputFormat, ReadOptions, Suppression, Unit};

const PO: InputFormat = InputFormat::Po;

fn units(text: &str) -> Vec<Unit> {
    let units = common::units(PO, text);
    assert_all_mapped(PO, text, &units);
    units
}

fn error(text: &str) -> (usize, usize, String) {
    let e = read(PO, text, &ReadOptions::default()).expect_err("an error");
    (e.line, e.column, e.message)
}

const HEADER: &str = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";

#[test]
fn escapes_are_single_escaped_runs() {
    let text = "msgid \"x\"\nmsgstr \"a\\\"b\\\\c\\nd\\te\\101\\x42\"\n";
    let u = units(text);
    let t = &u[0].segment.target;
    assert_eq!(t.text(), "a\"b\\c\nd\teAB");
    let newline = t.text().find('\n').unwrap_or(0);
    let at = t.map().file_range(ByteRange::new(newline, newline + 1));
    assert_eq!(&text[at.as_range()], "\\n");
    let kinds: Vec<RunKind> = t.map().runs().map(|(k, _, _)| k).collect();
    assert_eq!(kinds.iter().filter(|k| **k == RunKind::Escaped).count(), 6);
    assert_round_trip(PO, text, &ReadOptions::default());
}

#[test]
fn multi_line_strings_are_one_text() {
    let text =
        format!("{HEADER}msgid \"\"\n\"Hello \"\n\"world\"\nmsgstr \"\"\n\"Olá \"\n  \"mundo\"\n");
    let u = units(&text);
    assert_eq!(u.len(), 1, "the header is skipped");
    assert_eq!(u[0].segment.target.text(), "Olá mundo");
    assert_eq!(
        u[0].segment.source.as_ref().map(|s| s.text()),
        Some("Hello world")
    );
    assert_eq!(u[0].segment.id.as_deref(), Some("Hello world"));
    // "mundo" maps to its own piece on the last line.
    let r = u[0].segment.target.map().file_range(ByteRange::new(5, 10));
    assert_eq!(&text[r.as_range()], "mundo");
    assert_eq!(
        &text[u[0].span.as_range()],
        "msgid \"\"\n\"Hello \"\n\"world\"\nmsgstr \"\"\n\"Olá \"\n  \"mundo\""
    );
}

#[test]
fn plural_forms_pair_with_msgid_then_msgid_plural() {
    let text = "#, python-format\nmsgid \"%d file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"%d arquivo\"\nmsgstr[1] \"%d arquivos\"\nmsgstr[2] \"\"\n";
    let u = units(text);
    assert_eq!(u.len(), 2, "the empty form is untranslated");
    assert_eq!(u[0].plural, Some(0));
    assert_eq!(u[1].plural, Some(1));
    assert_eq!(
        u[0].segment.source.as_ref().map(|s| s.text()),
        Some("%d file")
    );
    assert_eq!(
        u[1].segment.source.as_ref().map(|s| s.text()),
        Some("%d files")
    );
    assert_eq!(u[1].segment.id.as_deref(), Some("%d file[1]"));
    assert!(u[1].has_flag("python-format"));
    let notes = read(PO, text, &ReadOptions::default())
        .map(|r| r.notes)
        .unwrap_or_default();
    assert_eq!(notes, ["1 untranslated messages skipped"]);
}

#[test]
fn context_flags_fuzzy_obsolete_and_suppression() {
    let text = "\
# mtlint-disable wrong-term, spacing
#. mtlint-disable everything
#: src/a.c:1
#, c-format
msgctxt \"menu\"
msgid \"Open %s\"
msgstr \"Abrir %s\"

#, fuzzy, c-format
msgid \"Close\"
msgstr \"Fechar\"

#, fuzzy
#~ msgid \"Old\"
#~ msgstr \"Velho\"

# mtlint-disable
msgid \"Save\"
msgstr \"Salvar\"
";
    let u = units(text);
    let ids: Vec<_> = u
        .iter()
        .map(|u| u.segment.id.as_deref().unwrap_or(""))
        .collect();
    assert_eq!(ids, ["menu\u{4}Open %s", "Save"]);
    assert_eq!(u[0].flags, ["c-format"]);
    assert_eq!(
        u[0].suppress,
        Suppression::Rules(vec!["wrong-term".into(), "spacing".into()])
    );
    assert!(u[0].suppress.covers("spacing") && !u[0].suppress.covers("untranslated"));
    assert_eq!(
        u[1].suppress,
        Suppression::All,
        "the obsolete entry's comments do not leak"
    );
    assert!(u[1].flags.is_empty());
    assert_eq!(&text[u[0].span.as_range()][..16], "# mtlint-disable");
    let fuzzy = ReadOptions {
        include_fuzzy: true,
        ..ReadOptions::default()
    };
    let all = read(PO, text, &fuzzy).map(|r| r.units).unwrap_or_default();
    assert_eq!(all.len(), 3);
    assert!(all[1].has_flag("fuzzy"));
    let notes = read(PO, text, &ReadOptions::default())
        .map(|r| r.notes)
        .unwrap_or_default();
    assert_eq!(
        notes,
        ["1 fuzzy entries skipped (--include-fuzzy reads them)"]
    );
}

#[test]
fn entries_without_blank_lines_and_crlf() {
    let text = "msgid \"a\"\r\nmsgstr \"b\"\r\nmsgid \"c\"\r\nmsgstr \"d\"\r\n";
    let u = units(text);
    let t: Vec<_> = u.iter().map(|u| u.segment.target.text()).collect();
    assert_eq!(t, ["b", "d"]);
}

#[test]
fn bad_input_points_at_its_place() {
    let open = "msgid \"a\"\nmsgstr \"never ends\n\nmsgid \"b\"\nmsgstr \"c\"\n";
    assert_eq!(error(open).0, 2);
    assert_eq!(error(open).1, 8);
    assert!(error(open).2.contains("never ends"));
    {
        let (l, c, _) = error("msgid \"a\"\nmsgstr \"a\\q\"\n");
        assert_eq!((l, c), (2, 10));
    }
    let (l, c, m) = error("msgid \"a\"\n\n");
    assert_eq!((l, c, m.as_str()), (1, 1, "msgid without msgstr"));
    assert_eq!(error("msgid \"a\"\nmsgstr \"b\" x\n").1, 12);
    assert_eq!(error("msgid \"a\"\nmsgstring \"b\"\n").0, 2);
    assert_eq!(error("\"stray\"\n").2, "a string with no keyword before it");
    assert_eq!(error("msgstr \"b\"\n").2, "msgstr without msgid");
    {
        let (l, c, _) = error("msgid \"a\"\nmsgstr b\n");
        assert_eq!((l, c), (2, 8));
    }
}
