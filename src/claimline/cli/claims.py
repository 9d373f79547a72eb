"""``claimline extract``, ``claimline claims`` and ``claimline eval``."""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from claimline.cli._common import EXIT_INPUT, EXIT_PARTIAL, handle_errors, main, open_store


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _row(c) -> str:  # type: ignore[no-untyped-def]
    spk = c.speaker.name if c.speaker else "-"
    side = str(c.speaker.side) if c.speaker else "-"
    t = c.time
    when = "-" if t is None else f"{t.start or '…'}..{t.end or '…'}"
    neg = "NOT " if c.polarity.value == "negated" else ""
    return (
        f"{c.doc_id[:24]:24} {(c.place.canonical or c.place.text)[:18]:18} {neg}{c.type.value:10} "
        f"{c.actor or '?':4} {c.modality.value:10} {'H' if c.hedged else ' '} {when:23} "
        f"{spk[:28]} ({side})"
    )


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="JSON Lines (the claims contract) or a readable table.",
)
@click.option(
    "--store/--no-store",
    "store_it",
    default=False,
    help="Also save documents and claims to the database (--db on the root command).",
)
@click.option(
    "--no-infer-dates", is_flag=True, help="Do not date undated documents from the batch."
)
@click.option(
    "--processes",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for building documents and extracting claims (same output).",
)
@click.pass_context
@handle_errors
def extract(
    ctx: click.Context,
    inputs: tuple[str, ...],
    fmt: str,
    store_it: bool,
    no_infer_dates: bool,
    processes: int,
) -> None:
    """Ingest INPUTS (files, folders, JSONL, feeds, WARC) and print their claims.

    Documents in an unsupported language are reported on stderr as skipped.
    With --db (or --store) the documents and claims are saved too.
    """
    from claimline.nlp.claims_batch import claim_json, extract_inputs

    store = open_store(ctx) if (store_it or (ctx.obj or {}).get("db")) else None
    try:
        results, rejected = extract_inputs(
            inputs, infer_dates=not no_infer_dates, store=store, n_process=processes
        )
    finally:
        if store is not None:
            store.close()
    for r in rejected:
        click.echo(f"rejected {r.source}: [{r.code}] {r.reason}", err=True)
    for res in results:
        if res.status != "ok":
            click.echo(f"{res.document.id}: {res.status}", err=True)
        for c in res.claims:
            if fmt == "jsonl":
                click.echo(json.dumps(claim_json(c), ensure_ascii=False))
            else:
                click.echo(_row(c))
    if not results and rejected:
        sys.exit(EXIT_INPUT)
    if rejected:
        sys.exit(EXIT_PARTIAL)


@main.command()
@click.option("--place", help="Place id or canonical name.")
@click.option("--side", help="Actor side code (UA, RU, ...).")
@click.option("--type", "ctype", help="Claim type (captured, entered, controls, ...).")
@click.option("--since", help="Claims whose time ends on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Claims whose time starts on or before this date (YYYY-MM-DD).")
@click.option("--speaker", help="Part of the speaker's name.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines output.")
@click.pass_context
@handle_errors
def claims(
    ctx: click.Context,
    place: str | None,
    side: str | None,
    ctype: str | None,
    since: str | None,
    until: str | None,
    speaker: str | None,
    as_json: bool,
) -> None:
    """List stored claims, filtered."""
    from claimline.nlp.claims_batch import claim_json
    from claimline.store import ClaimFilter

    flt = ClaimFilter(
        place=place, side=side, type=ctype, since=_date(since), until=_date(until), speaker=speaker
    )
    store = open_store(ctx)
    try:
        found = store.claims(flt)
    finally:
        store.close()
    for c in found:
        click.echo(json.dumps(claim_json(c), ensure_ascii=False) if as_json else _row(c))


@main.command(name="eval")
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Gold annotations (JSON Lines, the dev-set format).",
)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="The full report as JSON.")
@click.option("--no-lists", is_flag=True, help="Leave out the lists of misses and false positives.")
@handle_errors
def eval_(gold_path: str, inputs: tuple[str, ...], as_json: bool, no_lists: bool) -> None:
    """Score the claims extracted from INPUTS against GOLD.

    P/R/F1 over unique (document, place, type, actor, polarity) tuples, then
    time, speaker-side and hedging accuracy on the matched ones, place
    linking, per-type figures, and the misses and false positives to read.
    """
    from claimline.evaluate import format_report, load_gold, score
    from claimline.nlp.claims_batch import extract_inputs

    gold = load_gold(gold_path)
    results, rejected = extract_inputs(inputs)
    for r in rejected:
        click.echo(f"rejected {r.source}: [{r.code}] {r.reason}", err=True)
    all_claims = [c for res in results for c in res.claims]
    docs = {res.document.id: res.document for res in results}
    skipped = {res.document.id: res.status for res in results if res.status != "ok"}
    report = score(gold, all_claims, documents=docs, skipped=skipped)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, show_lists=not no_lists))
