//! XLIFF 1.2 (`trans-unit` with `source` and `target`) and 2.0 (`unit` of `segment`s),
//! read by one streaming pass.
//!
//! Units with `translate="no"` (on themselves or a `group`) are skipped, and so are
//! `alt-trans` proposals, `seg-source`, 2.0 `ignorable`s and `originalData`, and units
//! with no or an empty target. A unit's id is its `id` (2.0: `unit/segment` when the
//! unit has several segments). Comments `<!-- mtlint-disable RULE -->` before a unit
//! apply to it.

use mtlint_check::{ByteRange, MappedText, MappedTextBuilder, Segment};
use quick_xml::events::Event;

use crate::xml::{Located, XmlReader};
use crate::{FormatError, ReadOptions, Suppression, Unit, Units};

/// A segment as read: id, state, source, target.
struct ReadSegment {
    id: Option<String>,
    state: Option<String>,
    source: Option<MappedText>,
    target: MappedText,
}

/// The unit being read.
#[derive(Default)]
struct OpenUnit {
    id: Option<String>,
    start: usize,
    suppress: Suppression,
    /// The segment being read (1.2: the unit itself).
    seg_id: Option<String>,
    state: Option<String>,
    source: Option<MappedText>,
    target: Option<MappedText>,
    /// Read segments.
    done: Vec<ReadSegment>,
}

pub(crate) fn read(text: &str, _opts: &ReadOptions) -> Result<Units, FormatError> {
    let mut xml = XmlReader::new(text);
    let mut out = Units::default();
    let mut unit: Option<OpenUnit> = None;
    // Depth of elements whose content is not read: groups with translate="no", skipped
    // units, alt-trans…
    let mut untranslated = 0usize;
    let mut no_translate_groups: Vec<bool> = Vec::new();
    loop {
        let Located { event, span } = xml.next()?;
        match event {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_vec();
                let translate = xml.attr(&e, b"translate", span.start)?;
                let skip = translate.as_deref() == Some("no");
                match name.as_slice() {
                    b"group" => no_translate_groups.push(skip),
                    b"trans-unit" | b"unit" => {
                        let suppress = xml.take_directives();
                        if skip || no_translate_groups.contains(&true) {
                            xml.skip_element()?;
                            continue;
                        }
                        unit = Some(OpenUnit {
                            id: xml.attr(&e, b"id", span.start)?,
                            start: span.start,
                            suppress,
                            ..OpenUnit::default()
                        });
                    }
                    b"segment" => {
                        if let Some(u) = unit.as_mut() {
                            u.seg_id = xml.attr(&e, b"id", span.start)?;
                            u.state = xml.attr(&e, b"state", span.start)?;
                        }
                    }
                    b"source" | b"target" if unit.is_some() => {
                        let state = xml.attr(&e, b"state", span.start)?;
                        let mut b = MappedTextBuilder::new();
                        xml.content(&mut b)?;
                        let Some(u) = unit.as_mut() else { continue };
                        if name == b"source" {
                            u.source = Some(b.finish());
                        } else {
                            u.state = state.or(u.state.take());
                            u.target = Some(b.finish());
                        }
                    }
                    b"alt-trans" | b"seg-source" | b"ignorable" | b"originalData" | b"notes"
                    | b"note" => {
                        xml.skip_element()?;
                    }
                    _ => {}
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"group" => {
                    no_translate_groups.pop();
                }
                b"segment" => {
                    if let Some(u) = unit.as_mut() {
                        end_segment(u);
                    }
                }
                b"trans-unit" | b"unit" => {
                    if let Some(mut u) = unit.take() {
                        end_segment(&mut u);
                        untranslated += emit(u, span.end, &mut out);
                    }
                    xml.clear_directives();
                }
                _ => {}
            },
            Event::Empty(e) if matches!(e.local_name().as_ref(), b"trans-unit" | b"unit") => {
                xml.take_directives();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if untranslated > 0 {
        out.notes.push(format!(
            "{untranslated} units without a translation skipped"
        ));
    }
    Ok(out)
}

/// Files the segment read (1.2: the unit's only one) if it has a target.
fn end_segment(u: &mut OpenUnit) {
    let seg_id = u.seg_id.take();
    let state = u.state.take();
    let source = u.source.take();
    if u.target.is_none() && source.is_none() {
        return;
    }
    u.done.push(ReadSegment {
        id: seg_id,
        state,
        source,
        target: u.target.take().unwrap_or_default(),
    });
}

/// Adds the unit's segments that hold a translation; returns how many did not.
fn emit(u: OpenUnit, end: usize, out: &mut Units) -> usize {
    let span = ByteRange::new(u.start, end);
    let several = u.done.len() > 1;
    let mut untranslated = 0;
    for (i, seg) in u.done.into_iter().enumerate() {
        let ReadSegment {
            id: seg_id,
            state,
            source,
            target,
        } = seg;
        if target.text().trim().is_empty() {
            untranslated += 1;
            continue;
        }
        let id = match (&u.id, several) {
            (Some(id), true) => Some(format!(
                "{id}/{}",
                seg_id.unwrap_or_else(|| (i + 1).to_string())
            )),
            (id, _) => id.clone(),
        };
        let mut unit = Unit::new(Segment { id, target, source }, span);
        unit.state = state;
        unit.suppress = u.suppress.clone();
        out.units.push(unit);
    }
    untranslated
}
