#!/usr/bin/env python3
"""Runs the shell steps of action.yml that call mtlint, the way the runner would: each
step's `env` filled from the inputs (defaults, then the test's values), `run` under bash,
GITHUB_OUTPUT a file. The build and upload steps (cargo install, actions/cache,
upload-sarif) need GitHub; the schema check in scripts/test-all.sh covers their syntax.

Usage: test-action.py MTLINT_BINARY_DIR   (needs PyYAML: pre-commit's venv has it)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

SEED = "tests/fixtures/lavrov-wonsan.pt.txt"
CLEAN = "tests/fixtures/clean.pt.txt"


def steps():
    with open("action.yml", encoding="utf-8") as f:
        action = yaml.safe_load(f)
    return action["inputs"], {s["name"]: s for s in action["runs"]["steps"]}


def expand(value, inputs):
    """${{ inputs.x }} as the runner substitutes it (the only expressions in env)."""
    return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: str(inputs[m.group(1)]), value)


def run_step(step, inputs, bindir, tmp):
    output = os.path.join(tmp, "github_output")
    open(output, "w").close()
    env = dict(os.environ, GITHUB_OUTPUT=output, PATH=bindir + os.pathsep + os.environ["PATH"])
    env.update({k: expand(v, inputs) for k, v in step.get("env", {}).items()})
    proc = subprocess.run(["bash", "-e", "-c", step["run"]], env=env, capture_output=True, text=True)
    with open(output, encoding="utf-8") as f:
        outputs = dict(line.split("=", 1) for line in f.read().splitlines() if "=" in line)
    return proc, outputs


def main(bindir):
    declared, by_name = steps()
    defaults = {k: v.get("default", "") for k, v in declared.items()}
    check, sarif = by_name["Check the translations"], by_name["Write the SARIF report"]
    failures = []

    def expect(cond, what):
        print(("ok   " if cond else "FAIL ") + what)
        if not cond:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        proc, _ = run_step(check, dict(defaults, paths=SEED), bindir, tmp)
        expect(proc.returncode == 1, "errors on the seed fail the step (fail-on: error)")
        expect("::error" in proc.stdout and "Coréia" in proc.stdout, "annotations name Coréia")

        proc, _ = run_step(check, dict(defaults, paths=f"{CLEAN} {SEED}", **{"fail-on": "never"}), bindir, tmp)
        expect(proc.returncode == 0, "fail-on: never passes; two paths split on the space")
        expect(SEED in proc.stdout, "the second path is checked")

        proc, _ = run_step(check, dict(defaults, paths=CLEAN, lang="pt-BR", format="json"), bindir, tmp)
        expect(proc.returncode == 0 and json.loads(proc.stdout)["findings"] == [], "lang and format reach mtlint")

        proc, _ = run_step(check, dict(defaults, paths=SEED, lang="xx-bad"), bindir, tmp)
        expect(proc.returncode == 2, "a bad input value fails the step with mtlint's exit code 2")

        report = os.path.join(tmp, "out.sarif")
        proc, outputs = run_step(sarif, dict(defaults, paths=SEED, **{"sarif-file": report}), bindir, tmp)
        expect(proc.returncode == 0, "the SARIF step never fails on findings")
        expect(outputs.get("file") == report, "the SARIF step sets its output")
        with open(report, encoding="utf-8") as f:
            log = json.load(f)
        expect(len(log["runs"][0]["results"]) > 0, "the SARIF report holds the findings")

    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(os.path.abspath(sys.argv[1])))
