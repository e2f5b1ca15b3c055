"""Real (translation, source) segment pairs for the distributed examples.

The pt_BR PO catalogues of tests/fixtures/formats (msgid/msgstr; fuzzy, obsolete and
untranslated entries left out), the Debian catalogues that scripts/formats/fetch.sh puts
under target/formats/corpus when present, and NTREX-128's English source with its human
pt-BR translation and Apertium's MT (../shared/corpora/ntrex-dev, or $NTREX; left out when
absent). Each distinct pair once (the Debian catalogues share many messages): about 37,000
with the Debian catalogues, 1,942 without. `spread` picks fewer evenly from all of them;
`repeated` makes more by repeating the list.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
from typing import Iterator, List, Optional, Sequence, Tuple

ROOT = pathlib.Path(__file__).resolve().parents[3]
Pair = Tuple[str, str]  # (translation, source)


_PO_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
               "f": "\f", "v": "\v"}


def _po_string(line: str) -> str:
    """The text of a PO string literal line (`"..."`), escapes undone."""
    body = line.strip()[1:-1]
    return re.sub(r"\\(.)", lambda m: _PO_ESCAPES.get(m.group(1), m.group(1)), body)


def po_pairs(path: pathlib.Path) -> Iterator[Pair]:
    """(msgstr, msgid) of every translated entry (entries are blocks between blank lines;
    a plural gives its first form; fuzzy and obsolete `#~` entries are left out)."""
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        fields: dict = {}
        field = None
        fuzzy = False
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in line
            elif line.startswith("#"):
                continue
            elif line.startswith('"') and field:
                fields[field] += _po_string(line)
            elif line:
                field, _, rest = line.partition(" ")
                fields[field] = _po_string(rest)
        msgid = fields.get("msgid", "")
        msgstr = fields.get("msgstr", fields.get("msgstr[0]", ""))
        if msgid and msgstr and not fuzzy:
            yield msgstr, msgid


def ntrex_folder(root: pathlib.Path) -> Optional[pathlib.Path]:
    """NTREX-128 with its English source: $NTREX, or ../shared/corpora/ntrex-dev beside
    the repository or its worktree folder (the repository's fixtures hold only the
    references)."""
    candidates = [os.environ.get("NTREX", "")]
    candidates += [str(up / "shared/corpora/ntrex-dev") for up in (root.parent, root.parent.parent)]
    for folder in map(pathlib.Path, filter(None, candidates)):
        if (folder / "src.en.txt").is_file():
            return folder
    return None


def ntrex_pairs(folder: pathlib.Path) -> Iterator[Pair]:
    source = (folder / "src.en.txt").read_text(encoding="utf-8").splitlines()
    for name in ("ref.pt-BR.txt", "mt-apertium-es.pt-BR.txt"):
        target = (folder / name).read_text(encoding="utf-8").splitlines()
        yield from ((t, s) for t, s in zip(target, source) if t.strip())


def corpus(root: pathlib.Path = ROOT) -> List[Pair]:
    """Every real pt-BR pair this tree holds (see the module's docstring)."""
    files = sorted((root / "tests/fixtures/formats").glob("*pt_BR.po"))
    files += sorted((root / "target/formats/corpus").glob("**/*pt_BR*.po"))
    pairs: List[Pair] = []
    for path in files:
        pairs.extend(po_pairs(path))
    ntrex = ntrex_folder(root)
    if ntrex:
        pairs.extend(ntrex_pairs(ntrex))
    # A text is checked against its source line by line: a multi-line entry whose
    # translation has another number of lines cannot pair.
    pairs = [(t, s) for t, s in pairs if t.count("\n") == s.count("\n")]
    # Distinct pairs only, first occurrence kept: a repeated pair would be measured twice.
    return list(dict.fromkeys(pairs))


def spread(pairs: Sequence[Pair], n: int) -> List[Pair]:
    """`n` of `pairs` (n at most their number), evenly spaced, so that a sample holds
    every catalogue's kind of text and not only the first catalogue's."""
    if n >= len(pairs):
        return list(pairs)
    return [pairs[i * len(pairs) // n] for i in range(n)]


def sized(pairs: Sequence[Pair], n: int) -> List[Pair]:
    """`n` pairs: distinct ones spread over the corpus when it has that many, else the
    whole list repeated."""
    return spread(pairs, n) if n <= len(pairs) else repeated(pairs, n)


def repeated(pairs: Sequence[Pair], n: int) -> List[Pair]:
    """`n` pairs: the list, repeated as often as needed."""
    return [pairs[i % len(pairs)] for i in range(n)]


def write_jsonl(pairs: Sequence[Pair], path: pathlib.Path) -> None:
    """The pairs as `mtlint check --input-format jsonl` reads them, for the CLI comparison."""
    with path.open("w", encoding="utf-8") as f:
        for i, (mt, src) in enumerate(pairs):
            f.write(json.dumps({"id": i, "src": src, "mt": mt}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    # `python pairs.py N OUT.jsonl`: N pairs (`sized`) as JSONL, for the CLI and the
    # benchmarks (BENCHMARKS.md, "Python package"); N = 0: every distinct pair once.
    import sys

    real = corpus()
    count = int(sys.argv[1]) or len(real)
    write_jsonl(sized(real, count), pathlib.Path(sys.argv[2]))
    print(f"{count} pairs ({len(real)} distinct in the corpus) in {sys.argv[2]}")
