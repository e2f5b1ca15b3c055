use std::path::{Path, PathBuf};

use crate::model::Config;
use crate::parse::parse_config;
use crate::{ConfigError, ConfigErrors};

/// The name of the configuration file mtlint looks for.
pub const FILE_NAME: &str = "mtlint.toml";

/// The nearest `mtlint.toml`: in `start` or the closest of its parents.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// Reads, parses and validates one configuration file. Glossary paths are checked to
/// exist, so a typo is reported where it is written.
pub fn load(path: &Path) -> Result<Config, ConfigErrors> {
    let bytes = std::fs::read(path).map_err(|source| ConfigError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|_| ConfigError::NotUtf8 {
        path: path.to_path_buf(),
    })?;
    // `mtlint.toml` alone has the empty parent: joined paths then read "korea.toml", not
    // "./korea.toml".
    let root = path.parent().map_or_else(PathBuf::new, Path::to_path_buf);
    let config = parse_config(&path.display().to_string(), &text, &root)?;
    let missing: Vec<ConfigError> = config
        .glossaries
        .iter()
        .filter(|g| !g.path.exists())
        .map(|g| ConfigError::Invalid {
            location: g.origin.clone(),
            message: format!("glossary `{}` not found", g.path.display()),
        })
        .collect();
    if missing.is_empty() {
        Ok(config)
    } else {
        Err(ConfigErrors(missing))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_nearest_file_upwards() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "").unwrap();
        assert_eq!(discover(&deep), Some(dir.path().join(FILE_NAME)));
        std::fs::write(dir.path().join("a").join(FILE_NAME), "").unwrap();
        assert_eq!(discover(&deep), Some(dir.path().join("a").join(FILE_NAME)));
    }

    #[test]
    fn missing_glossary_points_at_its_entry() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(FILE_NAME);
        std::fs::write(dir.path().join("here.toml"), "").unwrap();
        std::fs::write(
            &file,
            "glossaries = [\n  \"here.toml\",\n  \"gone.toml\",\n]\n",
        )
        .unwrap();
        let errors = load(&file).unwrap_err();
        let message = errors.to_string();
        assert!(
            message.starts_with(&format!("{}:3:3: glossary `", file.display())),
            "{message}"
        );
        assert!(message.ends_with("gone.toml` not found"), "{message}");
    }

    #[test]
    fn unreadable_file_is_an_io_error() {
        let dir = tempfile::tempdir().unwrap();
        let errors = load(&dir.path().join("nope.toml")).unwrap_err();
        assert!(matches!(errors.0[0], ConfigError::Io { .. }));
    }
}
