//! The real fixtures (tests/fixtures/formats, fetched by scripts/formats/fetch.sh): each
//! is read whole, every run of every segment checked against the file's bytes, and every
//! target written back escaped re-reads to the same text.

mod common;

use common::{assert_all_mapped, assert_round_trip, fixture, units};
use mtlint_formats::{InputFormat, ReadOptions};

fn check(format: InputFormat, name: &str, at_least: usize) -> Vec<mtlint_formats::Unit> {
    let text = fixture(name);
    assert_eq!(
        InputFormat::sniff(&text).filter(|_| format != InputFormat::Csv),
        (format != InputFormat::Csv).then_some(format)
    );
    let units = units(format, &text);
    assert!(units.len() >= at_least, "{name}: {} units", units.len());
    assert_all_mapped(format, &text, &units);
    assert_round_trip(format, &text, &ReadOptions::default());
    units
}

#[test]
fn django_po_catalogues() {
    let units = check(InputFormat::Po, "django.pt_BR.po", 300);
    // msgctxt is part of the id; plural forms each a unit with their index.
    let may = units
        .iter()
        .find(|u| u.segment.id.as_deref() == Some("abbrev. month\u{4}May"));
    assert_eq!(may.map(|u| u.segment.target.text()), Some("Maio"));
    assert!(units.iter().any(|u| u.plural == Some(2)));
    assert!(units.iter().any(|u| u.has_flag("python-format")));
    check(InputFormat::Po, "django-admin.pt_BR.po", 150);
    check(InputFormat::Po, "djangojs-admin.pt_BR.po", 30);
}

#[test]
fn allauth_obsolete_entries_are_not_read() {
    let text = fixture("allauth.pt_PT.po");
    let units = check(InputFormat::Po, "allauth.pt_PT.po", 200);
    let obsolete: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("#~ msgid \""))
        .filter_map(|l| l.strip_suffix('"'))
        .filter(|m| !m.is_empty())
        .collect();
    assert!(obsolete.len() >= 3, "the file has obsolete entries");
    for m in obsolete {
        let live = text.contains(&format!("\nmsgid \"{m}\"\n"));
        let read = units.iter().any(|u| u.segment.id.as_deref() == Some(m));
        assert_eq!(read, live, "{m}");
    }
    // Reading fuzzy entries finds none more here: the one fuzzy entry is obsolete.
    let fuzzy = ReadOptions {
        include_fuzzy: true,
        ..ReadOptions::default()
    };
    let all = mtlint_formats::read(InputFormat::Po, &text, &fuzzy).map(|u| u.units.len());
    assert_eq!(all, Ok(units.len()));
}

#[test]
fn multi_line_po_strings_map_into_each_piece() {
    let text = fixture("django.pt_BR.po");
    let units = units(InputFormat::Po, &text);
    let multi = units
        .iter()
        .find(|u| {
            let t = &u.segment.target;
            t.map().runs().count() > 1
                && t.map()
                    .runs()
                    .all(|(k, _, _)| k == mtlint_check::RunKind::Verbatim)
        })
        .expect("a target split over lines");
    let runs: Vec<_> = multi.segment.target.map().runs().collect();
    // Two pieces in the file, with `"\n"` between them, one text.
    assert!(runs[1].2.start > runs[0].2.end + 2);
    assert_eq!(&text[runs[0].2.end..runs[0].2.end + 1], "\"");
}

#[test]
fn symfony_xliff_1_2() {
    let units = check(InputFormat::Xliff, "symfony-validators.pt_BR.xlf", 100);
    assert_eq!(units[0].segment.id.as_deref(), Some("1"));
    assert_eq!(units[0].segment.target.text(), "Este valor deve ser falso.");
    assert_eq!(
        units[0].segment.source.as_ref().map(|s| s.text()),
        Some("This value should be false.")
    );
}

#[test]
fn converted_xliff_2_0_tmx_csv_jsonl() {
    let xliff = check(InputFormat::Xliff, "django-admin.pt_BR.xlf", 150);
    assert_eq!(xliff[0].state.as_deref(), Some("translated"));
    // Plural entries are units of several segments: `unit/segment` ids.
    assert!(xliff
        .iter()
        .any(|u| u.segment.id.as_deref().is_some_and(|i| i.contains("/s2"))));
    let tmx = check(InputFormat::Tmx, "django-admin.pt_BR.tmx", 150);
    assert_eq!(tmx[0].segment.id.as_deref(), Some("1"));
    assert_eq!(
        tmx[0].segment.target.text(),
        "Remover %(verbose_name_plural)s selecionados"
    );
    check(InputFormat::Csv, "djangojs-admin.pt_BR.csv", 30);
    let jsonl = check(InputFormat::Jsonl, "djangojs-admin.pt_BR.jsonl", 30);
    assert_eq!(jsonl[0].segment.target.text(), "%s disponíveis");
}

#[test]
fn the_same_catalogue_reads_alike_in_every_format() {
    // The admin catalogue as PO, XLIFF 2.0 and TMX: the same targets in the same order.
    let targets = |f, name| -> Vec<String> {
        units(f, &fixture(name))
            .into_iter()
            .map(|u| u.segment.target.text().to_owned())
            .collect()
    };
    let po = targets(InputFormat::Po, "django-admin.pt_BR.po");
    assert_eq!(po, targets(InputFormat::Xliff, "django-admin.pt_BR.xlf"));
    // po2tmx writes one tu per entry, with the first plural form only.
    let tmx = targets(InputFormat::Tmx, "django-admin.pt_BR.tmx");
    assert!(tmx.iter().all(|t| po.contains(t)));
    let js_po = targets(InputFormat::Po, "djangojs-admin.pt_BR.po");
    assert_eq!(
        js_po,
        targets(InputFormat::Jsonl, "djangojs-admin.pt_BR.jsonl")
    );
}
