use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use crate::paths::absolute;

/// `include` and `exclude`: which files found by walking folders are checked.
///
/// Patterns are matched against the path relative to the configuration's folder, with
/// `/` between folders, the way `.gitignore` reads them: `*` stays inside one folder,
/// `**` crosses folders, a pattern without `/` matches a name at any depth, a leading `/`
/// anchors it to the configuration's folder, and a pattern naming a folder covers
/// everything below it.
#[derive(Debug, Clone, Default)]
pub struct FileFilter {
    root: PathBuf,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

/// A glob pattern that does not compile.
#[derive(Debug)]
pub struct BadPattern {
    pub pattern: String,
    pub message: String,
}

impl FileFilter {
    /// `root` is the configuration's folder (absolute, or relative to the current folder).
    pub fn new(root: &Path, include: &[String], exclude: &[String]) -> Result<Self, BadPattern> {
        Ok(FileFilter {
            root: absolute(root),
            include: glob_set(include)?,
            exclude: glob_set(exclude)?,
        })
    }

    /// Whether a file found below a folder is checked. Files outside the configuration's
    /// folder are not subject to its patterns.
    pub fn selects(&self, path: &Path) -> bool {
        if self.include.is_none() && self.exclude.is_none() {
            return true;
        }
        let path = absolute(path);
        let Ok(relative) = path.strip_prefix(&self.root) else {
            return true;
        };
        let included = self
            .include
            .as_ref()
            .is_none_or(|set| set.is_match(relative));
        let excluded = self
            .exclude
            .as_ref()
            .is_some_and(|set| set.is_match(relative));
        included && !excluded
    }

    pub fn is_empty(&self) -> bool {
        self.include.is_none() && self.exclude.is_none()
    }
}

/// Checks one pattern on its own, so an error can point at it.
pub fn check_pattern(pattern: &str) -> Result<(), BadPattern> {
    glob_set(&[pattern.to_string()]).map(|_| ())
}

fn glob_set(patterns: &[String]) -> Result<Option<GlobSet>, BadPattern> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        for form in expand(pattern) {
            let glob = GlobBuilder::new(&form)
                .literal_separator(true)
                .build()
                .map_err(|e| BadPattern {
                    pattern: pattern.clone(),
                    message: e.kind().to_string(),
                })?;
            builder.add(glob);
        }
    }
    builder.build().map(Some).map_err(|e| BadPattern {
        pattern: patterns.join(", "),
        message: e.to_string(),
    })
}

/// The globs one `.gitignore`-style pattern stands for.
fn expand(pattern: &str) -> Vec<String> {
    let trimmed = pattern.trim_end_matches('/');
    let (anchored, body) = match trimmed.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    let mut forms = vec![body.to_string(), format!("{body}/**")];
    if !anchored && !body.contains('/') {
        forms.push(format!("**/{body}"));
        forms.push(format!("**/{body}/**"));
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(include: &[&str], exclude: &[&str]) -> FileFilter {
        let own = |v: &[&str]| v.iter().map(ToString::to_string).collect::<Vec<_>>();
        FileFilter::new(Path::new("/p"), &own(include), &own(exclude)).unwrap()
    }

    #[test]
    fn patterns_read_like_gitignore() {
        let f = filter(&[], &["drafts", "*.tmp.md", "/top.md"]);
        assert!(!f.selects(Path::new("/p/drafts/a.md")));
        assert!(!f.selects(Path::new("/p/docs/drafts/a.md")));
        assert!(!f.selects(Path::new("/p/docs/x.tmp.md")));
        assert!(!f.selects(Path::new("/p/top.md")));
        assert!(f.selects(Path::new("/p/docs/top.md")));
        assert!(f.selects(Path::new("/p/docs/a.md")));
    }

    #[test]
    fn include_limits_and_star_stays_in_one_folder() {
        let f = filter(&["docs/*.md"], &[]);
        assert!(f.selects(Path::new("/p/docs/a.md")));
        assert!(!f.selects(Path::new("/p/docs/sub/a.md")));
        assert!(!f.selects(Path::new("/p/a.md")));
        let f = filter(&["docs/**/*.md"], &["docs/old/**"]);
        assert!(f.selects(Path::new("/p/docs/sub/a.md")));
        assert!(!f.selects(Path::new("/p/docs/old/a.md")));
    }

    #[test]
    fn files_outside_the_root_are_not_filtered() {
        let f = filter(&["docs/**"], &["*.md"]);
        assert!(f.selects(Path::new("/elsewhere/a.md")));
        assert!(f.selects(Path::new("/p/../elsewhere/a.md")));
    }

    #[test]
    fn bad_pattern_is_reported() {
        assert!(check_pattern("docs/[a").is_err());
        assert!(check_pattern("docs/*.md").is_ok());
    }
}
