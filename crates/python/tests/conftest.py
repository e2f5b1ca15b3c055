"""Shared fixtures: the repository root and the `mtlint` binary the package is compared to."""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def root() -> pathlib.Path:
    return ROOT


@pytest.fixture(scope="session")
def mtlint_bin() -> str:
    """The CLI built from the same tree (scripts/test-all.sh builds it and sets MTLINT_BIN)."""
    path = os.environ.get("MTLINT_BIN", str(ROOT / "target" / "debug" / "mtlint"))
    if not os.access(path, os.X_OK):
        pytest.fail(f"no mtlint binary at {path}: run `cargo build --bin mtlint` or set MTLINT_BIN")
    return path


def run_cli(mtlint_bin, *args, cwd=ROOT):
    """`mtlint ARGS` in the repository root: (exit code, stdout, stderr)."""
    done = subprocess.run(
        [mtlint_bin, *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    return done.returncode, done.stdout, done.stderr


sys_path_example = str(ROOT / "crates" / "python" / "examples")


@pytest.fixture(scope="session")
def po_pairs():
    """(msgstr, msgid) pairs of the repository's real pt_BR PO catalogues."""
    import sys

    if sys_path_example not in sys.path:
        sys.path.insert(0, sys_path_example)
    import pairs

    found = []
    for path in sorted((ROOT / "tests/fixtures/formats").glob("*pt_BR.po")):
        found.extend(pairs.po_pairs(path))
    assert len(found) > 500
    return found
