"""`Checker.check` against `mtlint check --format json` on real text."""

import json

import pytest

import mtlint
from conftest import run_cli

SEED = "tests/fixtures/lavrov-wonsan.pt.txt"


def cli_findings(mtlint_bin, *args):
    code, out, err = run_cli(mtlint_bin, "check", "--format", "json", *args)
    assert code in (0, 1), err
    return json.loads(out)["findings"]


def test_seed_article_findings_equal_the_cli(root, mtlint_bin):
    text = (root / SEED).read_text(encoding="utf-8")
    findings = mtlint.Checker().check(text, name=SEED)
    expected = cli_findings(mtlint_bin, SEED)
    assert len(expected) > 5
    # Whole dicts: every field of the JSON schema, positions, suggestions, terms.
    assert findings == expected


def test_language_given_equals_the_cli(root, mtlint_bin):
    text = (root / SEED).read_text(encoding="utf-8")
    findings = mtlint.Checker(lang="pt-BR").check(text, name=SEED)
    assert findings == cli_findings(mtlint_bin, "--lang", "pt-BR", SEED)


def test_text_with_its_source_equals_the_cli(po_pairs, mtlint_bin, tmp_path):
    pairs = [(t, s) for t, s in po_pairs if "\n" not in t and "\n" not in s]
    text = "".join(t + "\n" for t, _ in pairs)
    source = "".join(s + "\n" for _, s in pairs)
    (tmp_path / "src.txt").write_text(source, encoding="utf-8")
    (tmp_path / "mt.txt").write_text(text, encoding="utf-8")
    findings = mtlint.Checker(lang="pt-BR").check(text, source=source, name="mt.txt")
    code, out, err = run_cli(
        mtlint_bin, "check", "--format", "json", "--lang", "pt-BR",
        "--source", "src.txt", "mt.txt", cwd=tmp_path,
    )
    assert code in (0, 1), err
    assert findings == json.loads(out)["findings"]
    # Each finding carries the source line of its segment.
    assert findings
    for f in findings:
        assert f["source"] == pairs[f["start"]["line"] - 1][1]


def test_rules_keeps_only_those_rules(root):
    text = (root / SEED).read_text(encoding="utf-8")
    everything = mtlint.Checker().check(text)
    only = mtlint.Checker(rules=["wrong-term"]).check(text)
    assert only and {f["rule"] for f in only} == {"wrong-term"}
    assert only == [f for f in everything if f["rule"] == "wrong-term"]
    without = mtlint.Checker(disable=["wrong-term"]).check(text)
    assert without == [f for f in everything if f["rule"] != "wrong-term"]


def test_user_glossary_and_no_default(root):
    glossary = root / "tests/fixtures/glossaries/korea.toml"
    checker = mtlint.Checker(lang="pt", glossaries=[glossary], no_default=True)
    findings = checker.check("Lavrov chegou a Wanson, na Coréia do Norte.")
    terms = {f["term"]["id"] for f in findings if "term" in f}
    assert any("wonsan" in t.lower() for t in terms), findings
    origin = {f["term"]["glossary"]["file"] for f in findings if "term" in f}
    assert all("korea.toml" in o for o in origin)


def test_rule_names_match_the_cli(mtlint_bin):
    code, out, _ = run_cli(mtlint_bin, "rule")
    assert code == 0
    for name in mtlint.rule_names():
        assert name in out
