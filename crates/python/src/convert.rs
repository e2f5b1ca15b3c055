//! Findings as Python dicts with the fields of `mtlint check --format json`
//! (docs/json-output.md), built directly rather than through JSON text.

use mtlint_check::{ByteRange, Finding, LineCol, LineColCursor, LineIndex};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// Every finding of `text` (the file `name`) as a list of dicts.
pub fn findings<'py>(
    py: Python<'py>,
    name: &str,
    text: &str,
    found: &[Finding],
) -> PyResult<Bound<'py, PyList>> {
    let index = LineIndex::new(text);
    let mut cursor = index.cursor(text);
    let list = PyList::empty(py);
    for f in found {
        list.append(finding(py, name, text, &mut cursor, f)?)?;
    }
    Ok(list)
}

fn finding<'py>(
    py: Python<'py>,
    name: &str,
    text: &str,
    cursor: &mut LineColCursor<'_>,
    f: &Finding,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("rule", f.rule.name())?;
    d.set_item("severity", f.severity.as_str())?;
    d.set_item("file", name)?;
    d.set_item("range", range(py, f.range)?)?;
    d.set_item("start", line_col(py, cursor.line_col(f.range.start))?)?;
    d.set_item("end", line_col(py, cursor.line_col(f.range.end))?)?;
    d.set_item("text", text.get(f.range.as_range()).unwrap_or(""))?;
    d.set_item("message", &f.message)?;
    let suggestions = PyList::empty(py);
    for s in &f.suggestions {
        let sd = PyDict::new(py);
        sd.set_item("replacement", &s.replacement)?;
        sd.set_item("range", range(py, s.range)?)?;
        sd.set_item("applicability", applicability(s.applicability))?;
        suggestions.append(sd)?;
    }
    d.set_item("suggestions", suggestions)?;
    if let Some(note) = &f.note {
        d.set_item("note", note)?;
    }
    if let Some(c) = f.confidence {
        d.set_item("confidence", shortest(c))?;
    }
    if let Some(t) = &f.term {
        let td = PyDict::new(py);
        td.set_item("id", &t.id)?;
        td.set_item("kind", t.kind.as_str())?;
        td.set_item("preferred", &t.preferred)?;
        let gd = PyDict::new(py);
        gd.set_item("file", &t.origin.file)?;
        gd.set_item("line", t.origin.line)?;
        gd.set_item("column", t.origin.column)?;
        td.set_item("glossary", gd)?;
        d.set_item("term", td)?;
    }
    if let Some(seg) = &f.segment {
        if let Some(id) = &seg.id {
            d.set_item("segment", id)?;
        }
        if let Some(source) = &seg.source {
            d.set_item("source", source)?;
        }
    }
    if !f.related.is_empty() {
        let related = PyList::empty(py);
        for r in &f.related {
            let rd = PyDict::new(py);
            rd.set_item("range", range(py, r.range)?)?;
            rd.set_item("start", line_col(py, cursor.line_col(r.range.start))?)?;
            rd.set_item("end", line_col(py, cursor.line_col(r.range.end))?)?;
            rd.set_item("text", text.get(r.range.as_range()).unwrap_or(""))?;
            rd.set_item("message", &r.message)?;
            related.append(rd)?;
        }
        d.set_item("related", related)?;
    }
    Ok(d)
}

fn range(py: Python<'_>, r: ByteRange) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("start", r.start)?;
    d.set_item("end", r.end)?;
    Ok(d)
}

fn line_col(py: Python<'_>, at: LineCol) -> PyResult<Bound<'_, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("line", at.line)?;
    d.set_item("column", at.column)?;
    Ok(d)
}

fn applicability(a: mtlint_check::Applicability) -> &'static str {
    match a {
        mtlint_check::Applicability::Safe => "safe",
        mtlint_check::Applicability::Unsafe => "unsafe",
        mtlint_check::Applicability::DisplayOnly => "display-only",
    }
}

/// The confidence as JSON writes it: the shortest decimal that reads back as the same
/// f32 (0.8, not 0.800000011920929), so the dicts equal the CLI's parsed JSON.
fn shortest(c: f32) -> f64 {
    c.to_string().parse().unwrap_or(f64::from(c))
}
