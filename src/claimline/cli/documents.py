"""``ingest``, ``docs`` and ``doc``: getting articles in and looking at them."""

from __future__ import annotations

import sys

import click

from claimline.cli._common import (
    EXIT_INPUT,
    EXIT_PARTIAL,
    echo_json,
    handle_errors,
    main,
    open_store,
)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option(
    "--infer-dates/--no-infer-dates",
    default=True,
    show_default=True,
    help="Date undated documents from their text and from dated reports of the same events.",
)
@click.option(
    "--extract/--no-extract",
    default=True,
    show_default=True,
    help="Extract the claims of the stored documents into the ledger.",
)
@click.pass_context
@handle_errors
def ingest(
    ctx: click.Context,
    inputs: tuple[str, ...],
    as_json: bool,
    quiet: bool,
    infer_dates: bool,
    extract: bool,
) -> None:
    """Ingest files, folders (recursively), globs or - (standard input).

    Formats: plain text, HTML, JSON Lines, RSS/Atom, WARC.  Exact copies are
    stored once, near-duplicates are clustered, bad inputs are set aside with
    their reason, undated documents get an inferred date, and the claims of
    the new documents go into the ledger.  Exit code 3 when some inputs were
    rejected, 6 when none could be read.
    """
    from claimline.api import analyse

    with open_store(ctx) as store:
        analysis = analyse(
            store,
            list(inputs),
            progress=not quiet and not as_json,
            infer_dates=infer_dates,
            extract=extract,
        )
    report = analysis.ingest
    if as_json:
        echo_json(
            {
                "ingested": report.ingested,
                "duplicates": [{"source": s, "stored_as": d} for s, d in report.duplicates],
                "near_duplicates": [
                    {"id": i, "cluster": c, "similar_to": o, "similarity": round(s, 3)}
                    for i, c, o, s in report.near_duplicates
                ],
                "rejected": report.rejected,
                "renamed": [{"id": a, "stored_as": b} for a, b in report.renamed],
                "claims": analysis.extract.claims,
                "skipped": analysis.extract.skipped,
                "dated": [
                    {"id": i, "published": d, "basis": "inferred", "confidence": round(c, 3)}
                    for i, d, c in report.dated
                ],
            }
        )
    elif not quiet:
        click.echo(analysis.summary())
    else:
        for r in report.rejected:
            click.echo(f"rejected {r.source}: [{r.code}] {r.reason}", err=True)
    if report.rejected:
        touched = report.ingested or report.duplicates
        sys.exit(EXIT_PARTIAL if touched else EXIT_INPUT)


@main.command()
@click.argument("query", required=False)
@click.option("--limit", default=50, show_default=True, help="How many to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
@handle_errors
def docs(ctx: click.Context, query: str | None, limit: int, as_json: bool) -> None:
    """List stored documents, or full-text search them with QUERY."""
    with open_store(ctx) as store:
        if query:
            hits = store.search(query, limit=limit)
            if as_json:
                echo_json(hits)
                return
            for h in hits:
                click.echo(f"{h.doc_id}\t{h.title or ''}\n    {h.snippet}")
            return
        documents = store.documents(limit=limit)
        if as_json:
            echo_json(
                [
                    {
                        "id": d.id,
                        "title": d.title,
                        "outlet": d.outlet,
                        "published": d.published,
                        "date_basis": d.date_basis,
                        "language": d.language,
                        "cluster_id": d.cluster_id,
                        "chars": len(d.text),
                    }
                    for d in documents
                ]
            )
            return
        for d in documents:
            when = d.published.isoformat() if d.published else "undated"
            cluster = f"  [{d.cluster_id}]" if d.cluster_id else ""
            click.echo(
                f"{d.id}\t{when} ({d.date_basis})\t{d.language or '?'}\t"
                f"{d.outlet or '-'}\t{(d.title or '')[:70]}{cluster}"
            )


@main.command()
@click.argument("doc_id")
@click.option("--json", "as_json", is_flag=True, help="Print the whole record as JSON.")
@click.pass_context
@handle_errors
def doc(ctx: click.Context, doc_id: str, as_json: bool) -> None:
    """Show one document: metadata, clean text and the furniture removed from it."""
    with open_store(ctx) as store:
        d = store.get_document(doc_id)
    if as_json:
        echo_json(d)
        return
    click.echo(f"id:         {d.id}")
    click.echo(f"title:      {d.title or '-'}")
    click.echo(f"outlet:     {d.outlet or '-'}")
    click.echo(f"url:        {d.url or '-'}")
    when = d.published.isoformat() if d.published else "unknown"
    click.echo(f"published:  {when} (basis: {d.date_basis}, precision: {d.published_precision})")
    inferred = d.metadata.get("date_inferred") if isinstance(d.metadata, dict) else None
    if isinstance(inferred, dict):
        span = f"{inferred.get('start') or '…'} – {inferred.get('end') or '…'}"
        confidence = f"{d.date_confidence:.2f}" if d.date_confidence is not None else "?"
        click.echo(f"            inferred: {span}, confidence {confidence}; {inferred.get('why')}")
    click.echo(f"language:   {d.language or '-'}")
    click.echo(f"cluster:    {d.cluster_id or '-'}")
    click.echo(f"sentences:  {len(d.sentences)}")
    click.echo("")
    click.echo(d.text)
    if d.removed:
        click.echo("")
        click.echo(f"--- removed furniture ({len(d.removed)} spans) ---")
        for r in d.removed:
            click.echo(f"[{r.reason}] {r.text.strip()[:120]}")
