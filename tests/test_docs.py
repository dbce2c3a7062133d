"""Keep the README honest, as Datasette does: its pipeline list and commands must match the code."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from newsdossier.cli import app
from newsdossier.pipeline import STAGES

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_the_readme_lists_the_stages_in_pipeline_order() -> None:
    block = README.split("## The pipeline", 1)[1].split("```", 2)[1]
    listed = [line.split()[0] for line in block.strip().splitlines()]
    assert listed == [s.name for s in STAGES] + ["report"]


def test_every_dossier_command_in_the_readme_exists() -> None:
    used = set(re.findall(r"\.venv/bin/dossier (\w+)", README))
    assert used >= {"build", "add", "serve", "search", "eval"}
    for command in sorted(used):
        result = CliRunner().invoke(app, [command, "--help"])
        assert result.exit_code == 0, (command, result.output)


def test_the_readme_test_command_is_what_ci_runs() -> None:
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert "bash scripts/test.sh" in README.split("## Build a dossier", 1)[0]
    assert "exec bash scripts/test.sh" in ci
