"""Every command has --help and a section in docs/cli.md (scripts/gen_cli_docs.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimline.cli import main

REPO = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("gen_cli_docs", REPO / "scripts" / "gen_cli_docs.py")
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
COMMANDS = [path for path, _cmd, _ctx in gen.iter_commands(main)]


@pytest.mark.parametrize("path", COMMANDS)
def test_cli_docs_every_command_has_help(path):
    args = path.split()[1:] + ["--help"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


@pytest.mark.parametrize("path", COMMANDS)
def test_cli_docs_every_command_is_documented(path):
    text = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"## {path}\n" in text, f"run scripts/gen_cli_docs.py to document `{path}`"
