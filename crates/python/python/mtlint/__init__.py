"""mtlint: a glossary-driven quality checker for machine-translated text.

Build a :class:`Checker` once (it loads the glossaries and builds its rules) and reuse it::

    import mtlint
    checker = mtlint.Checker(lang="pt-BR")
    for finding in checker.check("Lavrov chegou a Wanson."):
        print(finding["rule"], finding["message"])

Findings are dicts with the fields of ``mtlint check --format json`` (docs/json-output.md).
"""

from mtlint._errors import (
    CheckError,
    GlossaryError,
    GlossaryFileError,
    MtlintError,
    UsageError,
)
from mtlint._mtlint import Checker, __version__, rule_names

__all__ = [
    "Checker",
    "CheckError",
    "GlossaryError",
    "GlossaryFileError",
    "MtlintError",
    "UsageError",
    "__version__",
    "rule_names",
]
