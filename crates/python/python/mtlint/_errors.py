"""mtlint's exceptions: each is an ``MtlintError`` and a built-in error, so callers catch
either. Their messages are the command line's."""


class MtlintError(Exception):
    """Every error mtlint raises."""


class UsageError(MtlintError, ValueError):
    """A bad argument: an unknown rule name, a malformed language tag."""


class GlossaryError(MtlintError, ValueError):
    """A glossary that is not valid: every problem, one per line, as ``file:line:col: ...``."""


class GlossaryFileError(MtlintError, OSError):
    """A glossary file or folder that cannot be read: missing, not UTF-8, no ``*.toml``."""


class CheckError(MtlintError, ValueError):
    """A text that cannot be checked: a malformed inline directive, a source too long to
    align by sentence, a language that cannot be detected or that no glossary covers."""
