//! mtlint for Python: `mtlint.Checker`, a [`mtlint_session::Session`] built once from its
//! arguments and reused for every text. The Python package (`python/mtlint`) re-exports
//! it with the exception classes and the type stubs.

mod checker;
mod convert;
mod errors;
mod options;

use pyo3::prelude::*;

#[pymodule]
fn _mtlint(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<checker::Checker>()?;
    m.add_function(wrap_pyfunction!(checker::rule_names, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
