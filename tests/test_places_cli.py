"""``claimline places`` commands."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claimline.cli import main


def test_places_cli_resolve_json() -> None:
    r = CliRunner().invoke(main, ["places", "resolve", "Kupyansk", "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data[0]["id"] == "703656" and data[0]["name"] == "Kupiansk" and data[0]["why"]


def test_places_cli_resolve_text_and_not_found() -> None:
    r = CliRunner().invoke(main, ["places", "resolve", "Купянск"])
    assert r.exit_code == 0 and "Kupiansk" in r.output and "703656" in r.output
    r = CliRunner().invoke(main, ["places", "resolve", "Qqqqqqqq"])
    assert r.exit_code == 4


def test_places_cli_show() -> None:
    r = CliRunner().invoke(main, ["places", "show", "703656", "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["name"] == "Kupiansk" and any(a["alias"] == "Куп’янськ" for a in data["aliases"])
    r = CliRunner().invoke(main, ["places", "show", "nope"])
    assert r.exit_code == 4 and "E300" in r.output


def test_places_cli_find() -> None:
    r = CliRunner().invoke(main, ["places", "find", "-"], input="Fighting in Izyum and Lyman.")
    assert r.exit_code == 0 and "Izium" in r.output
