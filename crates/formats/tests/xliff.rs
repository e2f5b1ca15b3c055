//! XLIFF 1.2 and 2.0: pairing, ids, states, skipped units, inline codes, entities,
//! suppression comments; bad and hostile XML with its line:col.

mod common;

use common::{assert_all_mapped, assert_round_trip};
use mtlint_check::ByteRange;
use mtlint_formats::{read, FormatError, InputFormat, ReadOptions, Suppression, Unit};

const X: InputFormat = InputFormat::Xliff;

fn units(text: &str) -> Vec<Unit> {
    let units = common::units(X, text);
    assert_all_mapped(X, text, &units);
    units
}

fn error(text: &str) -> FormatError {
    read(X, text, &ReadOptions::default()).expect_err("an error")
}

fn v12(body: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file source-language=\"en\" target-language=\"pt-BR\" datatype=\"plaintext\" original=\"x\"><body>\n{body}\n</body></file></xliff>\n"
    )
}

#[test]
fn xliff_1_2_units_states_and_skips() {
    let text = v12(
        r#"<trans-unit id="a"><source>Hello</source><target state="translated">Olá</target>
  <alt-trans><target>Oi</target></alt-trans></trans-unit>
<trans-unit id="b" translate="no"><source>Kim</source><target>Kim</target></trans-unit>
<group translate="no"><trans-unit id="c"><source>X</source><target>Y</target></trans-unit></group>
<trans-unit id="d"><source>Only source</source></trans-unit>
<trans-unit id="e"><source>Bye</source><target>Tchau</target></trans-unit>"#,
    );
    let u = units(&text);
    let got: Vec<_> = u
        .iter()
        .map(|u| (u.segment.id.as_deref(), u.segment.target.text()))
        .collect();
    assert_eq!(got, [(Some("a"), "Olá"), (Some("e"), "Tchau")]);
    assert_eq!(u[0].state.as_deref(), Some("translated"));
    assert_eq!(
        u[0].segment.source.as_ref().map(|s| s.text()),
        Some("Hello")
    );
    assert!(text[u[0].span.as_range()].starts_with("<trans-unit id=\"a\">"));
    assert!(text[u[0].span.as_range()].ends_with("</trans-unit>"));
    assert_round_trip(X, &text, &ReadOptions::default());
}

#[test]
fn entities_and_character_references_are_escaped_runs() {
    let text = v12(
        r#"<trans-unit id="1"><source>A &amp; B</source><target>Caf&#233; &amp; p&#xE3;o &lt;b&gt; <![CDATA[a & b]]></target></trans-unit>"#,
    );
    let u = units(&text);
    let t = &u[0].segment.target;
    assert_eq!(t.text(), "Café & pão <b> a & b");
    let amp = t.text().find('&').unwrap_or(0);
    assert_eq!(
        &text[t.map().file_range(ByteRange::new(amp, amp + 1)).as_range()],
        "&amp;"
    );
    let e = t.text().find('é').unwrap_or(0);
    assert_eq!(
        &text[t.map().file_range(ByteRange::new(e, e + 2)).as_range()],
        "&#233;"
    );
    let cdata = t.text().rfind("a & b").unwrap_or(0);
    assert!(
        t.map().touches_opaque(ByteRange::new(cdata - 1, cdata + 1)),
        "CDATA markers"
    );
    assert!(!t.map().touches_opaque(ByteRange::new(cdata, cdata + 5)));
}

#[test]
fn inline_codes_are_opaque_and_paired_content_is_text() {
    let text = v12(
        r#"<trans-unit id="1"><source>Click <g id="1">here</g><x id="2"/></source><target>Clique <g id="1">aqui</g><x id="2"/> e <bx id="3"/>ve<ex id="3"/>ja <ph id="4">&lt;br/&gt;</ph>fim <mrk mtype="term">termo</mrk> <bpt id="5">&lt;b&gt;</bpt>x<ept id="5">&lt;/b&gt;</ept></target></trans-unit>"#,
    );
    let u = units(&text);
    let t = &u[0].segment.target;
    assert_eq!(t.text(), "Clique aqui\u{fffc} e veja \u{fffc}fim termo x");
    // "aqui" maps to its own bytes, the codes around it are opaque.
    let aqui = t.text().find("aqui").unwrap_or(0);
    let r = ByteRange::new(aqui, aqui + 4);
    assert_eq!(&text[t.map().file_range(r).as_range()], "aqui");
    assert!(!t.map().touches_opaque(r));
    let veja = t.text().find("veja").unwrap_or(0);
    assert!(
        t.map().touches_opaque(ByteRange::new(veja, veja + 4)),
        "a code inside the word"
    );
    let ph = t.text().find('\u{fffc}').unwrap_or(0);
    assert_eq!(
        &text[t.map().file_range(ByteRange::new(ph, ph + 3)).as_range()],
        "<x id=\"2\"/>"
    );
}

#[test]
fn xliff_2_0_segments_ids_and_codes() {
    let text = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pt-BR">
 <file id="f1">
  <unit id="u1">
   <originalData><data id="d1">&lt;br/&gt;</data></originalData>
   <segment id="s1" state="final"><source>One.</source><target>Um.</target></segment>
   <ignorable><source> </source><target> </target></ignorable>
   <segment id="s2"><source>Two <pc id="1">bold</pc><ph id="2" dataRef="d1"/></source><target>Dois <pc id="1">negrito</pc><ph id="2" dataRef="d1"/></target></segment>
  </unit>
  <unit id="u2" translate="no"><segment><source>K</source><target>K</target></segment></unit>
  <unit id="u3"><segment><source>Three</source><target><mrk id="m1" translate="no">Três</mrk></target></segment></unit>
 </file>
</xliff>
"#;
    let u = units(text);
    let got: Vec<_> = u
        .iter()
        .map(|u| (u.segment.id.as_deref(), u.segment.target.text()))
        .collect();
    assert_eq!(
        got,
        [
            (Some("u1/s1"), "Um."),
            (Some("u1/s2"), "Dois negrito\u{fffc}"),
            (Some("u3"), "Três")
        ]
    );
    assert_eq!(u[0].state.as_deref(), Some("final"));
    assert_eq!(u[0].span, u[1].span, "segments of one unit share its span");
    assert_eq!(InputFormat::sniff(text), Some(X));
}

#[test]
fn comments_before_a_unit_suppress_in_it_only() {
    let text = v12(r#"<!-- mtlint-disable wrong-term -->
<!-- a plain comment -->
<trans-unit id="1"><source>a</source><target>b</target></trans-unit>
<trans-unit id="2"><source>c</source><target>d<!-- mtlint-disable --></target></trans-unit>
<!-- mtlint-disable -->
<trans-unit id="3"><source>e</source><target>f</target></trans-unit>"#);
    let u = units(&text);
    let s: Vec<_> = u.iter().map(|u| u.suppress.clone()).collect();
    assert_eq!(
        s,
        [
            Suppression::Rules(vec!["wrong-term".into()]),
            Suppression::None,
            Suppression::All
        ]
    );
    assert_eq!(
        u[1].segment.target.text(),
        "d",
        "a comment inside a target is not text"
    );
}

#[test]
fn unclosed_and_mismatched_xml_point_at_their_place() {
    let e = error(
        "<xliff version=\"1.2\"><file><body>\n  <trans-unit id=\"1\"><source>a</source><target>b\n",
    );
    assert_eq!((e.line, e.column), (2, 40), "{e}");
    assert!(e.message.contains("<target>"), "{e}");
    let e = error("<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"1\"><source>a</target>\n");
    assert_eq!(e.line, 2, "{e}");
    assert!(e.message.contains("malformed XML"), "{e}");
    let e = error(&v12(
        "<trans-unit id=\"1\"><source>a</source><target>Tom &amp Jerry</target></trans-unit>",
    ));
    assert_eq!(e.line, 4, "{e}");
}

#[test]
fn xxe_and_billion_laughs_are_refused() {
    let xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</source><target>&xxe;</target></trans-unit></body></file></xliff>\n";
    let e = error(xxe);
    assert_eq!((e.line, e.column), (2, 1), "{e}");
    assert!(e.message.contains("DOCTYPE"), "{e}");
    let mut lol =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for i in 1..10 {
        let prev = if i == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", i - 1)
        };
        lol += &format!(" <!ENTITY lol{i} \"{}\">\n", format!("&{prev};").repeat(10));
    }
    lol += "]>\n<xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</source><target>&lol9;</target></trans-unit></body></file></xliff>\n";
    let e = error(&lol);
    assert_eq!((e.line, e.column), (2, 1), "{e}");
    // Without the DOCTYPE, the entity alone is undefined.
    let e = error(&v12(
        "<trans-unit id=\"1\"><source>a</source><target>&lol9;</target></trans-unit>",
    ));
    assert!(e.message.contains("undefined entity `&lol9;`"), "{e}");
    assert_eq!((e.line, e.column), (4, 46), "{e}");
    // A DOCTYPE naming an external DTD only is passed over, the DTD never loaded.
    let ok = v12("<trans-unit id=\"1\"><source>a</source><target>b</target></trans-unit>")
        .replacen(
            "\n",
            "\n<!DOCTYPE xliff SYSTEM \"http://example.invalid/x.dtd\">\n",
            1,
        );
    assert_eq!(units(&ok).len(), 1);
}
