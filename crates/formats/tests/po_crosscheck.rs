//! The PO lexer against another parser: the polib crate reads the same catalogues, and
//! both must find the same messages with the same texts. With `MTLINT_PO_CORPUS_DIR`
//! (target/formats/corpus from scripts/formats/fetch.sh) the 53 Debian catalogues too.

use std::path::Path;

use mtlint_formats::{read, InputFormat, ReadOptions};

/// (id as mtlint writes it, target) for every non-empty translation, by polib.
fn by_polib(path: &Path) -> Vec<(String, String)> {
    let catalog = polib::po_file::parse(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    for m in catalog.messages() {
        if m.is_fuzzy() || m.msgid().is_empty() && m.msgctxt().is_empty() {
            continue;
        }
        let key = if m.msgctxt().is_empty() {
            m.msgid().to_owned()
        } else {
            format!("{}\u{4}{}", m.msgctxt(), m.msgid())
        };
        match m.msgstr_plural() {
            Ok(forms) => out.extend(
                forms
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| !f.is_empty())
                    .map(|(n, f)| (format!("{key}[{n}]"), f.clone())),
            ),
            Err(_) => out.extend(
                m.msgstr()
                    .ok()
                    .filter(|s| !s.is_empty())
                    .map(|s| (key.clone(), s.to_owned())),
            ),
        }
    }
    out
}

/// polib 0.2 unwraps every header field it knows: the catalogue with its header entry
/// (which neither reader returns) replaced by one that has them all.
fn with_full_header(path: &Path) -> std::path::PathBuf {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let body = match text.strip_prefix("msgid \"\"\nmsgstr \"\"\n") {
        Some(rest) => rest.split_once("\n\n").map_or("", |(_, b)| b),
        None => &text,
    };
    let header = "msgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: x\\n\"\n\"POT-Creation-Date: x\\n\"\n\"PO-Revision-Date: x\\n\"\n\"Last-Translator: x\\n\"\n\"Language-Team: x\\n\"\n\"Language: pt_BR\\n\"\n\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n";
    let out = std::env::temp_dir().join(format!(
        "mtlint-crosscheck-{}-{}",
        std::process::id(),
        path.file_name().map_or("x".into(), |n| n.to_string_lossy())
    ));
    std::fs::write(&out, format!("{header}{body}"))
        .unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    out
}

fn by_mtlint(path: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let units = read(InputFormat::Po, &text, &ReadOptions::default())
        .unwrap_or_else(|e| panic!("{}:{e}", path.display()));
    units
        .units
        .into_iter()
        .map(|u| {
            (
                u.segment.id.unwrap_or_default(),
                u.segment.target.text().to_owned(),
            )
        })
        .collect()
}

fn same(path: &Path) -> usize {
    let (theirs, ours) = (by_polib(path), by_mtlint(path));
    compare(path, theirs, ours)
}

fn compare(path: &Path, theirs: Vec<(String, String)>, ours: Vec<(String, String)>) -> usize {
    assert_eq!(theirs.len(), ours.len(), "{}", path.display());
    for (t, o) in theirs.iter().zip(&ours) {
        assert_eq!(t, o, "{}", path.display());
    }
    ours.len()
}

#[test]
fn django_catalogues_read_as_polib_reads_them() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/formats");
    let mut n = 0;
    for name in [
        "django.pt_BR.po",
        "django-admin.pt_BR.po",
        "djangojs-admin.pt_BR.po",
    ] {
        n += same(&dir.join(name));
    }
    assert!(n > 500, "{n} messages");
}

#[test]
fn debian_corpus_reads_as_polib_reads_it() {
    let Ok(dir) = std::env::var("MTLINT_PO_CORPUS_DIR") else {
        // scripts/test-all.sh builds the corpus; in CI it must be there.
        assert!(
            std::env::var_os("CI").is_none(),
            "MTLINT_PO_CORPUS_DIR unset in CI"
        );
        eprintln!("MTLINT_PO_CORPUS_DIR unset: the Debian corpus is not cross-checked");
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "po"))
        .collect();
    files.sort();
    let (mut n, mut polib_failed) = (0, Vec::new());
    for p in &files {
        // polib 0.2 panics on some headers (a metadata line without `:`): those files
        // are left out of the comparison, and counted.
        let copy = with_full_header(p);
        let theirs = std::panic::catch_unwind(|| by_polib(&copy));
        let _ = std::fs::remove_file(&copy);
        match theirs {
            Ok(theirs) => n += compare(p, theirs, by_mtlint(p)),
            Err(_) => polib_failed.push(p.display().to_string()),
        }
    }
    eprintln!("{n} messages compared; polib could not read {polib_failed:?}");
    assert!(n >= 20_000, "{n} messages");
    assert!(polib_failed.len() * 5 < files.len(), "{polib_failed:?}");
}
