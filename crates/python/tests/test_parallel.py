"""`check_many` and pickling: what distributed jobs rely on."""

import pickle
import threading

import mtlint


def test_check_many_equals_check_one_by_one(po_pairs, root):
    checker = mtlint.Checker(lang="pt-BR")
    pairs = po_pairs[:300]
    items = [text if i % 3 == 0 else (text, src) for i, (text, src) in enumerate(pairs)]
    seed = (root / "tests/fixtures/lavrov-wonsan.pt.txt").read_text(encoding="utf-8")
    items += [(line, None) for line in seed.splitlines() if line.strip()]
    one_by_one = [
        checker.check(item) if isinstance(item, str) else checker.check(item[0], source=item[1])
        for item in items
    ]
    assert sum(map(len, one_by_one)) > 20
    assert checker.check_many(items) == one_by_one
    assert mtlint.Checker(lang="pt-BR", threads=2).check_many(iter(items)) == one_by_one


def test_check_many_releases_the_gil(po_pairs):
    """Another Python thread runs while check_many works: it counts during the call."""
    checker = mtlint.Checker(lang="pt-BR", threads=1)
    pairs = po_pairs * 20
    ticks = 0
    done = threading.Event()

    def count():
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    thread = threading.Thread(target=count)
    thread.start()
    before = ticks
    checker.check_many(pairs)
    during = ticks - before
    done.set()
    thread.join()
    # Holding the GIL, the counter would get only the interpreter's switch intervals.
    assert during > 10_000, during


def test_pickle_round_trip(root):
    glossary = root / "tests/fixtures/glossaries/korea.toml"
    checker = mtlint.Checker(lang="pt", glossaries=[str(glossary)], disable=["spaced-hyphen"])
    copy = pickle.loads(pickle.dumps(checker))
    assert isinstance(copy, mtlint.Checker)
    assert repr(copy) == repr(checker)
    assert repr(copy).startswith("Checker(lang='pt', glossaries=[")
    text = "Lavrov chegou a Wanson - na Coréia do Norte."
    assert copy.check(text) == checker.check(text)
    assert copy.check(text)
    assert not any(f["rule"] == "spaced-hyphen" for f in copy.check(text))


def test_pickled_checker_finds_its_glossaries_from_another_directory(root, tmp_path, monkeypatch):
    monkeypatch.chdir(root)
    checker = mtlint.Checker(lang="pt", glossaries=["tests/fixtures/glossaries/korea.toml"], no_default=True)
    data = pickle.dumps(checker)
    monkeypatch.chdir(tmp_path)
    copy = pickle.loads(data)
    found = copy.check("Lavrov chegou a Wanson.")
    assert [f["range"] for f in found] == [f["range"] for f in checker.check("Lavrov chegou a Wanson.")]
    # The copy loaded the same file, by its absolute path.
    assert found[0]["term"]["glossary"]["file"] == str(root / "tests/fixtures/glossaries/korea.toml")
