//! TMX 1.4: `tu`s of `tuv`s, each with a language (`xml:lang`, or `lang` in TMX 1.1) and
//! a `seg`. The source language is `source_lang`, else the header's `srclang`; the target
//! language `target_lang`, else the one language besides the source. A tag matches a
//! language it equals or refines (`pt` takes in `pt-BR`), case aside.
//!
//! A tu's id is its `tuid`, else its number in the file (from 1).

use mtlint_check::{ByteRange, MappedText, MappedTextBuilder, Segment};
use quick_xml::events::Event;

use crate::xml::{Located, XmlReader};
use crate::{FormatError, ReadOptions, Suppression, Unit, Units};

/// A translation unit as read, before languages are chosen.
struct Tu {
    id: String,
    span: ByteRange,
    suppress: Suppression,
    variants: Vec<(String, MappedText)>,
}

pub(crate) fn read(text: &str, opts: &ReadOptions) -> Result<Units, FormatError> {
    let mut xml = XmlReader::new(text);
    let mut tus = Vec::new();
    let mut header: Option<(Option<String>, usize)> = None;
    let mut open: Option<Tu> = None;
    let mut lang: Option<String> = None;
    loop {
        let Located { event, span } = xml.next()?;
        match event {
            Event::Empty(e) if e.local_name().as_ref() == b"header" => {
                header = Some((xml.attr(&e, b"srclang", span.start)?, span.start));
            }
            Event::Start(e) if e.local_name().as_ref() == b"header" => {
                header = Some((xml.attr(&e, b"srclang", span.start)?, span.start));
                xml.skip_element()?;
            }
            Event::Start(e) => match e.local_name().as_ref() {
                b"tu" => {
                    let number = tus.len() + 1;
                    open = Some(Tu {
                        id: xml
                            .attr(&e, b"tuid", span.start)?
                            .unwrap_or(number.to_string()),
                        span,
                        suppress: xml.take_directives(),
                        variants: Vec::new(),
                    });
                }
                b"tuv" => {
                    let tag = match xml.attr(&e, b"xml:lang", span.start)? {
                        Some(l) => Some(l),
                        None => xml.attr(&e, b"lang", span.start)?,
                    };
                    lang =
                        Some(tag.ok_or_else(|| xml.error(span.start, "a <tuv> without xml:lang"))?);
                }
                b"seg" => {
                    let mut b = MappedTextBuilder::new();
                    xml.content(&mut b)?;
                    if let (Some(tu), Some(l)) = (open.as_mut(), lang.as_ref()) {
                        tu.variants.push((l.clone(), b.finish()));
                    }
                }
                b"note" | b"prop" => {
                    xml.skip_element()?;
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == b"tu" => {
                if let Some(mut tu) = open.take() {
                    tu.span.end = span.end;
                    tus.push(tu);
                }
                xml.clear_directives();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let header_at = header.as_ref().map_or(0, |h| h.1);
    let source = match (&opts.source_lang, header.and_then(|h| h.0)) {
        (Some(l), _) => l.clone(),
        (None, Some(l)) if !l.eq_ignore_ascii_case("*all*") => l,
        _ => {
            return Err(FormatError::at(
                text,
                header_at,
                "the TMX header names no source language (srclang): give it with --source-lang",
            ))
        }
    };
    let target = target_lang(text, &tus, &source, opts, header_at)?;
    Ok(pair(tus, &source, &target))
}

/// Whether language tag `tag` is `want` or a refinement of it.
fn matches(tag: &str, want: &str) -> bool {
    tag.eq_ignore_ascii_case(want)
        || tag.len() > want.len()
            && tag.as_bytes()[want.len()] == b'-'
            && tag[..want.len()].eq_ignore_ascii_case(want)
}

fn target_lang(
    text: &str,
    tus: &[Tu],
    source: &str,
    opts: &ReadOptions,
    at: usize,
) -> Result<String, FormatError> {
    let mut others: Vec<&str> = Vec::new();
    for (l, _) in tus.iter().flat_map(|t| &t.variants) {
        if !matches(l, source) && !others.iter().any(|o| o.eq_ignore_ascii_case(l)) {
            others.push(l);
        }
    }
    let error = |m: String| FormatError::at(text, at, m);
    if let Some(want) = &opts.target_lang {
        return if others.iter().any(|o| matches(o, want)) {
            Ok(want.clone())
        } else {
            Err(error(format!(
                "the TMX has no `{want}` text (its languages besides `{source}`: {})",
                list(&others)
            )))
        };
    }
    match others.as_slice() {
        [one] => Ok((*one).to_owned()),
        [] => Err(error(format!(
            "the TMX has no target language: every tuv is in the source language `{source}`"
        ))),
        several => Err(error(format!(
            "the TMX has several target languages ({}): choose one with --lang",
            list(several)
        ))),
    }
}

fn list(langs: &[&str]) -> String {
    if langs.is_empty() {
        "none".into()
    } else {
        langs.join(", ")
    }
}

fn pair(tus: Vec<Tu>, source: &str, target: &str) -> Units {
    let mut out = Units::default();
    let mut missing = 0;
    for tu in tus {
        let find = |want: &str| tu.variants.iter().find(|(l, _)| matches(l, want));
        let Some((_, tgt)) = find(target).filter(|(_, t)| !t.text().trim().is_empty()) else {
            missing += 1;
            continue;
        };
        let segment = Segment {
            id: Some(tu.id.clone()),
            target: tgt.clone(),
            source: find(source).map(|(_, s)| s.clone()),
        };
        let mut unit = Unit::new(segment, tu.span);
        unit.suppress = tu.suppress.clone();
        out.units.push(unit);
    }
    if missing > 0 {
        out.notes.push(format!(
            "{missing} translation units without `{target}` text skipped"
        ));
    }
    out
}
