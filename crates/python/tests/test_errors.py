"""Errors are Python exceptions with the command line's messages."""

import pytest

import mtlint
from conftest import run_cli


def cli_error(mtlint_bin, *args, cwd=None):
    code, _, err = run_cli(mtlint_bin, *args, **({"cwd": cwd} if cwd else {}))
    assert code == 2, err
    return err


def test_unknown_rule_is_a_usage_error_with_the_cli_message(mtlint_bin):
    with pytest.raises(mtlint.UsageError) as caught:
        mtlint.Checker(disable=["no-such-rule"])
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, mtlint.MtlintError)
    message = str(caught.value)
    assert message.startswith("unknown rule `no-such-rule` (rules: wrong-term")
    assert message in cli_error(mtlint_bin, "check", "--disable", "no-such-rule", "README.md")
    with pytest.raises(mtlint.UsageError):
        mtlint.Checker(rules=["wrong-term", "nope"])


def test_a_misspelt_rule_gets_the_name_meant(mtlint_bin):
    with pytest.raises(mtlint.UsageError) as caught:
        mtlint.Checker(disable=["wrong-trem"])
    message = str(caught.value)
    assert message.startswith("unknown rule `wrong-trem`: did you mean `wrong-term`? (rules: ")
    assert message in cli_error(mtlint_bin, "check", "--disable", "wrong-trem", "README.md")
    with pytest.raises(mtlint.UsageError, match="did you mean `untranslated`"):
        mtlint.Checker(rules=["untranslatd"])


def test_malformed_language_tag():
    with pytest.raises(mtlint.UsageError):
        mtlint.Checker(lang="not a tag!")


def test_invalid_glossary_names_file_line_col(root, mtlint_bin):
    path = "tests/fixtures/bad/syntax.toml"
    with pytest.raises(mtlint.GlossaryError) as caught:
        mtlint.Checker(glossaries=[root / path])
    assert isinstance(caught.value, ValueError)
    message = str(caught.value)
    assert message.startswith(f"{root / path}:"), message
    # The CLI says the same after the file name.
    err = cli_error(mtlint_bin, "check", "--glossary", str(root / path), "README.md")
    assert message in err


def test_missing_glossary_is_an_os_error(tmp_path):
    missing = tmp_path / "nope.toml"
    with pytest.raises(mtlint.GlossaryFileError) as caught:
        mtlint.Checker(glossaries=[missing])
    assert isinstance(caught.value, OSError)
    assert str(caught.value).startswith(f"{missing}: cannot read glossary")


BAD_DIRECTIVE = "<!-- mtlint-disable no-such-rule -->\nLavrov chegou a Wanson.\n"


def test_bad_directive_is_a_check_error_with_the_cli_message(mtlint_bin, tmp_path):
    checker = mtlint.Checker(lang="pt-BR")
    with pytest.raises(mtlint.CheckError) as caught:
        checker.check(BAD_DIRECTIVE, name="bad.txt")
    assert isinstance(caught.value, ValueError)
    message = str(caught.value)
    assert message.startswith("bad.txt:1:"), message
    (tmp_path / "bad.txt").write_text(BAD_DIRECTIVE, encoding="utf-8")
    assert message in cli_error(mtlint_bin, "check", "--lang", "pt-BR", "bad.txt", cwd=tmp_path)
    # The checker still works after an error.
    assert checker.check("Lavrov chegou a Wanson.")


def test_check_many_names_the_failing_pair():
    checker = mtlint.Checker(lang="pt-BR")
    with pytest.raises(mtlint.CheckError, match=r"^pair 1: <text>:1:"):
        checker.check_many(["ok", (BAD_DIRECTIVE, None)])
    with pytest.raises(TypeError):
        checker.check_many([42])
    with pytest.raises(TypeError):
        checker.check_many(["ok", ["a", "b"]])


def test_undetectable_language_is_a_check_error():
    checker = mtlint.Checker(glossaries=[], no_default=True)
    with pytest.raises(mtlint.CheckError, match="cannot detect the language"):
        checker.check("1234")


