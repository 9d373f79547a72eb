"""``places resolve``, ``places show``, ``places find``: the gazetteer from the shell."""

from __future__ import annotations

import click

from claimline.cli._common import echo_json, handle_errors, main


@main.group()
def places() -> None:
    """Look names up in the offline gazetteer (GeoNames CC BY 4.0 + KATOTTG)."""


@places.command("resolve")
@click.argument("text")
@click.option("--context", default=None, help="A sentence or document whose other places help.")
@click.option("--limit", default=10, show_default=True, help="Most candidates to print.")
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as JSON.")
@handle_errors
def resolve(text: str, context: str | None, limit: int, as_json: bool) -> None:
    """Candidates for the place name TEXT, with ids, scores and why.

    Exit code 4 when nothing in the gazetteer matches.
    """
    from claimline.errors import NotFound
    from claimline.nlp.places import resolve_place

    found = resolve_place(text, context=context, limit=limit)
    if as_json:
        echo_json(found)
    if not found:
        raise NotFound(f"no place matches {text!r}", hint="try another spelling, or `places find`")
    if not as_json:
        for c in found:
            where = ", ".join(x for x in (c.admin2, c.admin1, c.country) if x)
            click.echo(f"{c.score:5.3f}  {c.id:<20} {c.name} [{c.kind}] {where}")
            click.echo(f"       {c.why}")


@places.command("show")
@click.argument("place_id")
@click.option("--json", "as_json", is_flag=True, help="Print the entry as JSON.")
@handle_errors
def show(place_id: str, as_json: bool) -> None:
    """The gazetteer entry PLACE_ID with its aliases (exit code 4 if unknown)."""
    from dataclasses import asdict

    from claimline.nlp.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    entry = gaz.get(place_id)
    aliases = gaz.aliases_of(place_id)
    if as_json:
        echo_json({**asdict(entry), "aliases": [{"alias": a, "source": s} for a, s in aliases]})
        return
    for key, value in asdict(entry).items():
        if value not in (None, ""):
            click.echo(f"{key:12} {value}")
    click.echo("aliases:")
    for alias, source in aliases:
        click.echo(f"  {alias}  ({source})")


@places.command("find")
@click.argument("file", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--json", "as_json", is_flag=True, help="Print the mentions as JSON.")
@handle_errors
def find(file: click.utils.LazyFile, as_json: bool) -> None:
    """Place mentions in FILE (default: standard input)."""
    from claimline.nlp.places import find_places

    text = file.read()
    found = find_places(text)
    if as_json:
        echo_json(found)
        return
    for m in found:
        flag = " ambiguous" if m.ambiguous else ""
        part = f" ({m.part})" if m.part else ""
        click.echo(
            f"{m.start:>6}-{m.end:<6} {text[m.start : m.end]!r} -> {m.canonical} "
            f"[{m.kind.value}{part}] {m.place_id} {m.score:.2f}{flag}"
        )
