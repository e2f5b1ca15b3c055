//! Where a finding's file is, as machine readers want it: a path relative to the working
//! directory with `/` separators (GitHub matches files by repository-relative path), or an
//! absolute `file:` URI for files outside it.

use std::path::{Component, Path};

use mtlint_config::paths::normalize;

/// What `input::read` names standard input.
const STDIN_NAME: &str = "<stdin>";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Artifact {
    /// Relative to the working directory, `/`-separated, no `.` or `..` parts.
    Relative(String),
    /// Outside the working directory: a `file:` URI.
    Absolute(String),
    /// Standard input: there is no file to point at.
    Stdin,
}

impl Artifact {
    /// Locates a file as named on the command line (or `<stdin>`).
    pub fn locate(name: &str) -> Artifact {
        if name == STDIN_NAME {
            return Artifact::Stdin;
        }
        let path = Path::new(name);
        let cwd = std::env::current_dir().unwrap_or_default();
        let absolute = normalize(&cwd.join(path));
        match absolute.strip_prefix(normalize(&cwd)) {
            Ok(rel) if rel.as_os_str().is_empty() => Artifact::Relative(".".into()),
            Ok(rel) => Artifact::Relative(segments(rel).join("/")),
            Err(_) => Artifact::Absolute(format!(
                "file:///{}",
                segments(&absolute)
                    .iter()
                    .map(|s| percent_encode(s))
                    .collect::<Vec<_>>()
                    .join("/")
            )),
        }
    }

    /// The path as a URI reference (percent-encoded); `None` for stdin.
    pub fn uri(&self) -> Option<String> {
        match self {
            Artifact::Relative(path) => Some(
                path.split('/')
                    .map(percent_encode)
                    .collect::<Vec<_>>()
                    .join("/"),
            ),
            Artifact::Absolute(uri) => Some(uri.clone()),
            Artifact::Stdin => None,
        }
    }
}

/// The normal parts of a path, as text.
fn segments(path: &Path) -> Vec<String> {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect()
}

/// RFC 3986 percent-encoding of one path segment: unreserved characters stay, every other
/// byte of the UTF-8 becomes `%XX`.
fn percent_encode(segment: &str) -> String {
    let mut out = String::with_capacity(segment.len());
    for b in segment.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_are_cleaned_and_encoded() {
        let a = Artifact::locate("./docs/../notas/artigo 1 ção.txt");
        assert_eq!(a, Artifact::Relative("notas/artigo 1 ção.txt".into()));
        assert_eq!(a.uri().unwrap(), "notas/artigo%201%20%C3%A7%C3%A3o.txt");
    }

    #[test]
    fn files_outside_the_working_directory_get_file_uris() {
        let Artifact::Absolute(uri) = Artifact::locate("/nonexistent-root/x y.txt") else {
            panic!("expected an absolute URI");
        };
        assert_eq!(uri, "file:///nonexistent-root/x%20y.txt");
        assert_eq!(Artifact::locate("<stdin>"), Artifact::Stdin);
    }
}
