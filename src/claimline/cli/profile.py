"""``profile``: look at conflict profiles and try them on text."""

from __future__ import annotations

import click

from claimline.cli._common import echo_json, handle_errors, main

_PROFILE_HELP = "Profile name or path to a YAML file (default: ru_ua, or $CLAIMLINE_PROFILE)."


@main.group()
def profile() -> None:
    """Conflict profiles: sides, speakers, outlets, units, renamings, events."""


@profile.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@handle_errors
def list_cmd(as_json: bool) -> None:
    """List the profiles shipped with claimline."""
    from claimline.profiles import list_profiles, load_profile

    rows = [(name, load_profile(name).title) for name in list_profiles()]
    if as_json:
        echo_json([{"name": n, "title": t} for n, t in rows])
        return
    for name, title in rows:
        click.echo(f"{name:12} {title}")


@profile.command("show")
@click.argument("name", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@handle_errors
def show(name: str | None, as_json: bool) -> None:
    """Validate a profile and show its sides and what it holds.

    NAME is a shipped profile's name or a path to a YAML file.  An invalid file
    fails with the path of the bad key.
    """
    from claimline.profiles import load_profile, profile_summary

    summary = profile_summary(load_profile(name))
    if as_json:
        echo_json(summary)
        return
    click.echo(f"{summary['name']}: {summary['title']}")
    click.echo(f"  file: {summary['source']}")
    click.echo(f"  gazetteer countries: {', '.join(summary['countries'])}")
    click.echo("  sides:")
    for side in summary["sides"]:
        click.echo(
            f"    {side['code']:8} {side['name']} (forces: {side['forces'] or '-'}; "
            f"{side['terms']} side terms)"
        )
    click.echo("  counts:")
    for key, count in summary["counts"].items():
        click.echo(f"    {key:18} {count}")


@profile.command("speaker")
@click.argument("phrase")
@click.option("--profile", "-p", "profile_name", default=None, help=_PROFILE_HELP)
@handle_errors
def speaker(phrase: str, profile_name: str | None) -> None:
    """Resolve a speaker PHRASE to an actor and a side (prints JSON)."""
    from claimline.nlp.speaker_sides import resolve_speaker
    from claimline.profiles import load_profile

    echo_json(resolve_speaker(phrase, profile=load_profile(profile_name)))


@profile.command("actors")
@click.argument("text")
@click.option("--profile", "-p", "profile_name", default=None, help=_PROFILE_HELP)
@click.option("--generic", is_flag=True, help="Also list generic speakers (analysts, bloggers).")
@handle_errors
def actors(text: str, profile_name: str | None, generic: bool) -> None:
    """List the actors found in TEXT with their sides (prints JSON)."""
    from claimline.nlp.actors import find_actors
    from claimline.profiles import load_profile

    echo_json(find_actors(text, profile=load_profile(profile_name), include_generic=generic))
