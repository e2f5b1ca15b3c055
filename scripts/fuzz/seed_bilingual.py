#!/usr/bin/env python3
"""Seeds the bilingual readers' fuzz corpora (fuzz/corpus/{po,xliff,tmx,csv,jsonl}) with
pieces of real files: each fixture of tests/fixtures/formats cut into small files of a few
units (header and closing tags kept, so each piece is a valid file), and, for PO, pieces of
the Debian pt_BR catalogues that `bash scripts/formats/fetch.sh` unpacks under
target/formats/corpus (GPL-2+/GPL-3+/LGPL-2.1+, each under its package's licence; see that
script). Small pieces make the fuzzer fast; real ones make it start from what files hold.

    python3 scripts/fuzz/seed_bilingual.py            # writes the seeds (named by SHA-1)
"""
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests/fixtures/formats"
DEBIAN = ROOT / "target/formats/corpus"
CORPUS = ROOT / "fuzz/corpus"
UNITS_PER_PIECE = 4
# Debian catalogues cut for the PO seeds, and pieces kept per catalogue.
DEBIAN_CATALOGUES = 24
PIECES_PER_CATALOGUE = 6


def write(target, data):
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def groups(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def po_pieces(text):
    """The header entry with each run of a few entries after it (entries are separated by
    blank lines in real catalogues)."""
    entries = [e for e in re.split(r"\n\s*\n", text) if e.strip()]
    if not entries:
        return []
    header, rest = entries[0], entries[1:]
    return ["\n\n".join([header] + g) + "\n" for g in groups(rest, UNITS_PER_PIECE)]


def xml_pieces(text, unit):
    """The text before the first `unit` element and after the last, with a few units
    between: a well-formed file of fewer units."""
    pattern = re.compile(r"<%s[\s>].*?</%s>" % (unit, unit), re.S)
    found = list(pattern.finditer(text))
    if not found:
        return [text]
    head, tail = text[: found[0].start()], text[found[-1].end():]
    units = [m.group(0) for m in found]
    return [head + "\n".join(g) + tail for g in groups(units, UNITS_PER_PIECE)]


def records(text):
    """CSV records (a quoted field may hold line breaks), each with its line end."""
    out, start, quoted = [], 0, False
    for i, c in enumerate(text):
        if c == '"':
            quoted = not quoted
        elif c == "\n" and not quoted:
            out.append(text[start:i + 1])
            start = i + 1
    if text[start:]:
        out.append(text[start:])
    return out


def csv_pieces(text):
    rows = records(text)
    return [rows[0] + "".join(g) for g in groups(rows[1:], UNITS_PER_PIECE)]


def jsonl_pieces(text):
    lines = text.splitlines(keepends=True)
    return ["".join(g) for g in groups(lines, UNITS_PER_PIECE)]


def main():
    count = {}
    for f in sorted(FIXTURES.iterdir()):
        text = f.read_text(encoding="utf-8")
        if f.suffix == ".po":
            target, pieces = "po", po_pieces(text)
        elif f.suffix == ".xlf":
            unit = "trans-unit" if 'version="1.2"' in text else "unit"
            target, pieces = "xliff", xml_pieces(text, unit)
        elif f.suffix == ".tmx":
            target, pieces = "tmx", xml_pieces(text, "tu")
        elif f.suffix == ".csv":
            target, pieces = "csv", csv_pieces(text)
        elif f.suffix == ".jsonl":
            target, pieces = "jsonl", jsonl_pieces(text)
        else:
            continue
        for p in pieces:
            write(target, p.encode("utf-8"))
        count[target] = count.get(target, 0) + len(pieces)
    catalogues = sorted(DEBIAN.glob("*.po"))
    if not catalogues:
        sys.exit("no Debian catalogues under target/formats/corpus: run scripts/formats/fetch.sh")
    step = max(1, len(catalogues) // DEBIAN_CATALOGUES)
    for f in catalogues[::step][:DEBIAN_CATALOGUES]:
        pieces = po_pieces(f.read_text(encoding="utf-8", errors="replace"))
        pick = pieces[:: max(1, len(pieces) // PIECES_PER_CATALOGUE)][:PIECES_PER_CATALOGUE]
        for p in pick:
            write("po", p.encode("utf-8"))
        count["po"] += len(pick)
    print(", ".join(f"{t}: {n} seeds" for t, n in sorted(count.items())))


if __name__ == "__main__":
    main()
