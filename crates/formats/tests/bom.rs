//! A byte order mark before the first byte (as Windows tools write) is not content.

mod common;

use mtlint_formats::InputFormat;

#[test]
fn every_format_reads_past_a_byte_order_mark() {
    let files = [
        (InputFormat::Po, "msgid \"a\"\nmsgstr \"b\"\n"),
        (InputFormat::Xliff, "<?xml version=\"1.0\"?><xliff version=\"1.2\"><file><body><trans-unit id=\"1\"><source>a</source><target>b</target></trans-unit></body></file></xliff>"),
        (InputFormat::Tmx, "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"pt\"><seg>b</seg></tuv></tu></body></tmx>"),
        (InputFormat::Csv, "source,target\na,b\n"),
        (InputFormat::Tsv, "source\ttarget\na\tb\n"),
        (InputFormat::Jsonl, "{\"src\": \"a\", \"mt\": \"b\"}\n"),
    ];
    for (format, text) in files {
        let text = format!("\u{feff}{text}");
        let units = common::units(format, &text);
        assert_eq!(units.len(), 1, "{format}");
        assert_eq!(units[0].segment.target.text(), "b", "{format}");
        common::assert_all_mapped(format, &text, &units);
        if format != InputFormat::Csv && format != InputFormat::Tsv {
            assert_eq!(InputFormat::sniff(&text), Some(format));
        }
    }
}
