//! `mtlint.Checker`: a session built once (glossaries loaded, the checker of the likely
//! language built), then `check` and `check_many` without the GIL.

use std::path::PathBuf;

use mtlint_check::{DocumentKind, Finding, Rule};
use mtlint_session::{CheckError, FileKind, Session};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};
use rayon::prelude::*;

use crate::convert;
use crate::errors::Raised;
use crate::options::Options;

/// What a pair's source is named in error messages (the text is named by the caller).
const SOURCE_NAME: &str = "<source>";

#[pyclass(module = "mtlint._mtlint", frozen)]
pub struct Checker {
    options: Options,
    /// The glossary paths made absolute: what a pickled checker rebuilds from, so a worker
    /// in another working directory finds the same files.
    absolute: Vec<PathBuf>,
    threads: Option<usize>,
    session: Session,
    /// A pool of `threads` threads for `check_many`; `None`: rayon's global pool.
    pool: Option<rayon::ThreadPool>,
}

/// The arguments `Checker(...)` takes, in order: what `__reduce__` gives back.
type Args = (
    Option<String>,
    Vec<PathBuf>,
    Vec<String>,
    Option<Vec<String>>,
    bool,
    Option<usize>,
);

/// The names of [`Args`], for `__repr__`.
const ARG_NAMES: [&str; 6] = [
    "lang",
    "glossaries",
    "disable",
    "rules",
    "no_default",
    "threads",
];

#[pymethods]
impl Checker {
    #[new]
    #[pyo3(signature = (lang=None, glossaries=None, disable=None, rules=None, no_default=false, threads=None))]
    fn new(
        py: Python<'_>,
        lang: Option<String>,
        glossaries: Option<Vec<PathBuf>>,
        disable: Option<Vec<String>>,
        rules: Option<Vec<String>>,
        no_default: bool,
        threads: Option<usize>,
    ) -> PyResult<Self> {
        let options = Options {
            lang,
            glossaries: glossaries.unwrap_or_default(),
            disable: disable.unwrap_or_default(),
            rules,
            no_default,
        };
        let absolute = options
            .glossaries
            .iter()
            .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone()))
            .collect();
        let pool = thread_pool(threads).map_err(|e| e.into_py(py))?;
        // Loading glossaries and building the checker take a while: other Python threads
        // run meanwhile.
        let session = py
            .allow_threads(|| {
                let session = options.session()?;
                // Built now, so the first check is as fast as the others.
                if let Some(lang) = session.likely_lang() {
                    session.checker(&lang);
                }
                Ok::<_, Raised>(session)
            })
            .map_err(|e| e.into_py(py))?;
        Ok(Checker {
            options,
            absolute,
            threads,
            session,
            pool,
        })
    }

    /// The findings of `text` (with its line-aligned `source`, if given) as dicts.
    #[pyo3(signature = (text, source=None, name="<text>"))]
    fn check<'py>(
        &self,
        py: Python<'py>,
        text: String,
        source: Option<String>,
        name: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let found = py
            .allow_threads(|| self.run(name, &text, source.as_deref()))
            .map_err(|e| Raised::check(&e, None).into_py(py))?;
        convert::findings(py, name, &text, &found)
    }

    /// `check` for each item of `pairs` (a text, or a `(text, source)` tuple), in
    /// parallel without the GIL: a list of finding lists, in the order of `pairs`.
    #[pyo3(signature = (pairs, name="<text>"))]
    fn check_many<'py>(
        &self,
        py: Python<'py>,
        pairs: &Bound<'py, PyAny>,
        name: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let items = pairs
            .try_iter()?
            .map(|item| pair(&item?))
            .collect::<PyResult<Vec<_>>>()?;
        let results = py.allow_threads(|| {
            self.in_pool(|| {
                items
                    .par_iter()
                    .map(|(text, source)| self.run(name, text, source.as_deref()))
                    .collect::<Vec<_>>()
            })
        });
        let out = PyList::empty(py);
        for (i, (result, (text, _))) in results.iter().zip(&items).enumerate() {
            let found = result
                .as_ref()
                .map_err(|e| Raised::check(e, Some(&format!("pair {i}"))).into_py(py))?;
            out.append(convert::findings(py, name, text, found)?)?;
        }
        Ok(out)
    }

    /// Pickled as its arguments: a worker that unpickles it loads the glossaries and
    /// builds its own checker.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Args)> {
        let this = slf.get();
        let o = &this.options;
        let args = (
            o.lang.clone(),
            this.absolute.clone(),
            o.disable.clone(),
            o.rules.clone(),
            o.no_default,
            this.threads,
        );
        Ok((slf.get_type().into_any(), args))
    }

    /// `Checker(lang='pt-BR', glossaries=[...], ...)`, the arguments it rebuilds from.
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let (_, args) = Self::__reduce__(slf)?;
        let args = args.into_pyobject(slf.py())?;
        let parts = ARG_NAMES
            .iter()
            .zip(args.iter())
            .map(|(name, value)| Ok(format!("{name}={}", value.repr()?)))
            .collect::<PyResult<Vec<_>>>()?;
        Ok(format!("Checker({})", parts.join(", ")))
    }
}

impl Checker {
    fn run(
        &self,
        name: &str,
        text: &str,
        source: Option<&str>,
    ) -> Result<Vec<Finding>, CheckError> {
        let kind = match source {
            Some(source) => FileKind::WithSource {
                name: SOURCE_NAME,
                text: source,
            },
            None => FileKind::Text(DocumentKind::PlainText),
        };
        self.session.check(name, text, kind).map(|r| r.findings)
    }

    fn in_pool<T: Send>(&self, work: impl FnOnce() -> T + Send) -> T {
        match &self.pool {
            Some(pool) => pool.install(work),
            None => work(),
        }
    }
}

/// A pool of `threads` threads, or `None` for rayon's global pool.
fn thread_pool(threads: Option<usize>) -> Result<Option<rayon::ThreadPool>, Raised> {
    match threads {
        None => Ok(None),
        Some(0) => Err(Raised::usage("threads must be at least 1")),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(Some)
            .map_err(|e| Raised::usage(e.to_string())),
    }
}

/// An item of `check_many`: a text, or a `(text, source)` tuple (`source` may be None).
fn pair(item: &Bound<'_, PyAny>) -> PyResult<(String, Option<String>)> {
    if let Ok(text) = item.downcast::<PyString>() {
        return Ok((text.to_cow()?.into_owned(), None));
    }
    if item.downcast::<PyTuple>().is_err() {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "check_many takes texts or (text, source) tuples, not {}",
            item.get_type().name()?
        )));
    }
    item.extract()
}

/// The names of every rule, as `disable` and `rules` take them.
#[pyfunction]
pub fn rule_names() -> Vec<&'static str> {
    Rule::ALL.iter().map(|r| r.name()).collect()
}
