"""``claimline profile``: list, show (text and JSON), speaker, actors, and errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from claimline.cli import main


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["profile", *args])


def test_profiles_cli_list():
    result = _run("list")
    assert result.exit_code == 0
    assert "ru_ua" in result.output and "sudan" in result.output


def test_profiles_cli_show_text():
    result = _run("show", "sudan")
    assert result.exit_code == 0, result.output
    assert "SAF" in result.output and "RSF" in result.output
    assert "officials" in result.output


def test_profiles_cli_show_json_default():
    result = _run("show", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["name"] == "ru_ua"
    assert [s["code"] for s in data["sides"]] == ["UA", "RU"]
    assert set(data["counts"]) >= {"officials", "outlets", "units", "renamings", "events"}


def test_profiles_cli_show_bad_file_names_key(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "name: x\ntitle: y\ncountries: [XA]\n"
        "sides: [{code: A, name: A}, {code: B, name: B}]\n"
        "officials: [{name: Ann Bee, side: C}]\n",
        encoding="utf-8",
    )
    result = _run("show", str(path))
    assert result.exit_code == 1
    assert "officials[0].side" in result.output
    assert "Hint: use one of: A, B, neutral, unknown" in result.output


def test_profiles_cli_show_unknown_name():
    result = _run("show", "atlantis")
    assert result.exit_code == 1
    assert "no profile named 'atlantis'" in result.output


def test_profiles_cli_speaker_and_actors():
    result = _run("speaker", "Russia's Defence Ministry")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["side"] == "RU"
    result = _run("actors", "-p", "sudan", "Hemedti met Burhan.")
    assert result.exit_code == 0, result.output
    assert [m["actor"]["side"] for m in json.loads(result.output)] == ["RSF", "SAF"]
