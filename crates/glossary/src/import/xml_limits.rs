//! Limits checked on a TBX file before the XML parser sees it: roxmltree parses nested
//! elements by recursion (100,000 levels overflowed the stack and aborted mtlint) and
//! expands entities declared in the file (nested references cost time growing much faster
//! than the file). TBX needs neither: its elements nest about ten deep, and the DTD CAT
//! tools name is never read.

use super::ImportError;

/// Elements may nest this deep: many times what any TBX shape uses.
pub(super) const MAX_DEPTH: usize = 256;

/// An error if elements nest deeper than [`MAX_DEPTH`] or the file declares entities.
/// One pass over the bytes; comments, CDATA, processing instructions and quoted attribute
/// values are skipped. Malformed markup is left for the parser to report.
pub(super) fn check(file: &str, text: &str) -> Result<(), ImportError> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut at = 0;
    while let Some(offset) = find(&bytes[at..], b"<") {
        at += offset;
        let rest = &bytes[at..];
        let skip_to = |end: &[u8]| find(rest, end).map_or(bytes.len(), |e| at + e + end.len());
        at = if rest.starts_with(b"<!--") {
            skip_to(b"-->")
        } else if rest.starts_with(b"<![CDATA[") {
            skip_to(b"]]>")
        } else if rest.starts_with(b"<?") {
            skip_to(b"?>")
        } else if rest.starts_with(b"<!") {
            let end = declaration_end(rest);
            if find(&rest[..end], b"<!ENTITY").is_some() {
                return Err(error(
                    file,
                    text,
                    at,
                    "the file declares XML entities, which mtlint does not read (TBX needs none)",
                ));
            }
            at + end
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            skip_to(b">")
        } else {
            let end = tag_end(rest);
            if rest[..end].ends_with(b"/>") {
                at + end
            } else {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(error(
                        file,
                        text,
                        at,
                        &format!(
                            "elements nest more than {MAX_DEPTH} deep: not a TBX file mtlint reads"
                        ),
                    ));
                }
                at + end
            }
        };
    }
    Ok(())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The length of a start tag up to and including its `>`, quoted values skipped.
fn tag_end(tag: &[u8]) -> usize {
    let mut quote: Option<u8> = None;
    for (i, &b) in tag.iter().enumerate() {
        match (quote, b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    tag.len()
}

/// The length of a `<!DOCTYPE …>` (with its internal subset in brackets) up to its `>`.
fn declaration_end(decl: &[u8]) -> usize {
    let mut brackets = 0usize;
    let mut quote: Option<u8> = None;
    for (i, &b) in decl.iter().enumerate() {
        match (quote, b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') => quote = Some(b),
            (None, b'[') => brackets += 1,
            (None, b']') => brackets = brackets.saturating_sub(1),
            (None, b'>') if brackets == 0 => return i + 1,
            _ => {}
        }
    }
    decl.len()
}

fn error(file: &str, text: &str, at: usize, message: &str) -> ImportError {
    let (line, column) = crate::text::line_col(text, at);
    ImportError::syntax(file, line, Some(column), message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_tbx_passes() {
        let tbx = "<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"TBXcoreStructV02.dtd\">\n<martif a=\"x>y\"><!-- <a><b> --><text><body><termEntry/><![CDATA[<c>]]></body></text></martif>";
        assert!(check("f.tbx", tbx).is_ok());
    }

    #[test]
    fn deep_nesting_is_refused_at_its_position() {
        let deep = format!("<a>\n{}", "<b>".repeat(MAX_DEPTH));
        let err = check("f.tbx", &deep).expect_err("too deep");
        assert!(err.to_string().starts_with("f.tbx:2:"), "{err}");
        assert!(err.to_string().contains("nest more than 256"), "{err}");
        let fine = format!("{}{}", "<b>".repeat(MAX_DEPTH), "</b>".repeat(MAX_DEPTH));
        assert!(check("f.tbx", &fine.repeat(3)).is_ok());
    }

    #[test]
    fn entity_declarations_are_refused() {
        let tbx = "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [\n<!ENTITY e \"x\">\n]>\n<tbx>&e;</tbx>";
        let err = check("f.tbx", tbx).expect_err("entities");
        assert!(err.to_string().starts_with("f.tbx:2:1:"), "{err}");
    }
}
