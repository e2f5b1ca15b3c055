"""The Dask example (examples/dask_check.py) on a small sample with two workers."""

import json
import sys

import mtlint
from conftest import ROOT

sys.path.insert(0, str(ROOT / "crates" / "python" / "examples"))
import dask_check  # noqa: E402
import pairs  # noqa: E402


def test_two_workers_write_every_segment_once(tmp_path):
    out = tmp_path / "out"
    summary = dask_check.main(
        ["--workers", "2", "--pairs", "3000", "--chunk", "400", "--out", str(out)]
    )
    assert summary["workers"] == 2 and summary["pairs"] == 3000
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == 8  # 3000 pairs in chunks of 400
    assert not list(out.glob("*.tmp"))
    records = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == list(range(3000))
    assert sum(len(r["findings"]) for r in records) == summary["findings"] > 0
    # The workers' findings are those of a checker in this process.
    segments = pairs.sized(pairs.corpus(), 3000)
    checker = mtlint.Checker(lang="pt-BR")
    for r in records[::97]:
        text, source = segments[r["id"]]
        assert r["findings"] == checker.check(text, source=source)


def test_the_corpus_holds_each_pair_once_and_samples_spread_over_it():
    real = pairs.corpus()
    assert len(real) == len(set(real)) >= 1900
    sample = pairs.sized(real, 1000)
    assert len(sample) == len(set(sample)) == 1000
    # Evenly spaced: from the first pair to the last tenth, not the first 1,000.
    assert sample[0] == real[0]
    assert sample[-1] in real[len(real) * 9 // 10:]
    more = pairs.sized(real, len(real) + 5)
    assert more[len(real):] == real[:5]


def test_po_reader_skips_fuzzy_and_obsolete_entries(tmp_path):
    po = tmp_path / "x.po"
    po.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#: a.py:1\nmsgid "Save"\nmsgstr "Salvar"\n\n'
        '#, fuzzy\nmsgid "Delete"\nmsgstr "Apagar"\n\n'
        'msgid "one file"\nmsgid_plural "%d files"\nmsgstr[0] "um arquivo"\nmsgstr[1] "%d arquivos"\n\n'
        'msgid ""\n"Long "\n"line"\nmsgstr "Linha \\"longa\\""\n\n'
        'msgid "Untranslated"\nmsgstr ""\n\n'
        '#~ msgid "Old"\n#~ msgstr "Velho"\n',
        encoding="utf-8",
    )
    assert list(pairs.po_pairs(po)) == [
        ("Salvar", "Save"),
        ("um arquivo", "one file"),
        ('Linha "longa"', "Long line"),
    ]
