"""Type stubs of the native module (src/*.rs)."""

import os
from typing import Iterable, List, Literal, Optional, Sequence, Tuple, TypedDict, Union

__version__: str

class ByteRange(TypedDict):
    start: int
    end: int

class LineCol(TypedDict):
    line: int
    column: int

class Suggestion(TypedDict):
    replacement: str
    range: ByteRange
    applicability: Literal["safe", "unsafe", "display-only"]

class GlossaryPlace(TypedDict):
    file: str
    line: int
    column: int

class Term(TypedDict):
    id: str
    kind: str
    preferred: str
    glossary: GlossaryPlace

class _FindingRequired(TypedDict):
    rule: str
    severity: Literal["error", "warning", "info"]
    file: str
    range: ByteRange
    start: LineCol
    end: LineCol
    text: str
    message: str
    suggestions: List[Suggestion]

class Finding(_FindingRequired, total=False):
    note: str
    confidence: float
    term: Term
    segment: str
    source: str

Pair = Union[str, Tuple[str, Optional[str]]]

class Checker:
    def __init__(
        self,
        lang: Optional[str] = None,
        glossaries: Optional[Sequence[Union[str, os.PathLike[str]]]] = None,
        disable: Optional[Sequence[str]] = None,
        rules: Optional[Sequence[str]] = None,
        no_default: bool = False,
        threads: Optional[int] = None,
    ) -> None: ...
    def check(
        self, text: str, source: Optional[str] = None, name: str = "<text>"
    ) -> List[Finding]: ...
    def check_many(self, pairs: Iterable[Pair], name: str = "<text>") -> List[List[Finding]]: ...
    def __reduce__(self) -> Tuple[type, tuple]: ...

def rule_names() -> List[str]: ...
