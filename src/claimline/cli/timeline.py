"""``timeline``, ``contradictions``, ``status`` and ``changes``: the reconciled view.

Each command reads the stored claims, hands them to :mod:`claimline.reconcile`
and prints the result; the reasoning lives in the library, not here.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import click

from claimline.cli._common import echo_json, handle_errors, main, open_store

_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _profile(name: str | None) -> Any:
    if not name:
        return None
    from claimline.profiles import load_profile

    return load_profile(name)


def _reconciler(ctx: click.Context, profile: str | None, place: str | None = None):  # type: ignore[no-untyped-def]
    """A Reconciler over the stored claims (of one place), with the documents' dates."""
    from claimline.errors import NotFound
    from claimline.reconcile import Reconciler
    from claimline.store.base import ClaimFilter

    with open_store(ctx) as store:
        claims = store.claims(ClaimFilter(place=place) if place else None)
        if place and not claims:
            raise NotFound(
                f"no claims about a place called {place!r}",
                hint="check the spelling, or list places with `claimline status --as-of DATE`",
            )
        published: dict[str, date] = {}
        for doc_id in sorted({c.doc_id for c in claims}):
            try:
                doc = store.get_document(doc_id)
            except NotFound:
                continue  # claims of a document that is gone: their own dates stand in
            if doc.published is not None:
                published[doc_id] = doc.published
    return Reconciler(claims, profile=_profile(profile), published=published)


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def _segment_json(seg: Any) -> dict[str, Any]:
    return {
        "start": seg.start,
        "end": seg.end,
        "state": seg.state,
        "holder": seg.holder,
        "pressing": seg.pressing,
        "extent": seg.extent,
        "confidence": seg.confidence,
        "supporting": list(seg.supporting),
        "contradicting": list(seg.contradicting),
        "why": seg.why,
    }


def _contradiction_json(c: Any) -> dict[str, Any]:
    return {
        "type": c.type,
        "place_id": c.place_id,
        "claims": list(c.claim_ids),
        "sides": list(c.sides),
        "start": c.start,
        "end": c.end,
        "explanation": c.explanation,
    }


def _fmt(d: date | None) -> str:
    return d.isoformat() if d else "…"


@main.command()
@click.argument("place")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--why", is_flag=True, help="Print each segment's reasons (rules, weights).")
@click.option(
    "--as-of",
    "as_of",
    type=_DATE,
    default=None,
    help="Only what was known on DATE (claims made or dated later are left out).",
)
@click.option("--profile", default=None, help="Conflict profile for the side codes.")
@click.pass_context
@handle_errors
def timeline(ctx: click.Context, place: str, as_json: bool, why: bool, as_of: datetime | None,
             profile: str | None) -> None:  # fmt: skip
    """The control timeline of PLACE (canonical name or id), with its contradictions.

    Segments are [start, end): an empty end means "until now".  States: a
    side code (UA, RU), contested, presence, encircled, unknown.  Each
    segment's why (--why, or in --json) lists the rules and weights behind it.
    """
    rec = _reconciler(ctx, profile, place)
    tl = rec.timeline(place, as_of=_day(as_of))
    if as_json:
        echo_json(
            {
                "place": {"id": tl.place_id, "canonical": tl.canonical},
                "segments": [_segment_json(s) for s in tl.segments],
                "contradictions": [_contradiction_json(c) for c in tl.contradictions],
                "ignored": [{"claim": cid, "reason": r} for cid, r in tl.ignored],
            }
        )
        return
    click.echo(f"{tl.canonical} ({tl.place_id})")
    for s in tl.segments:
        ext = f" [{s.extent}]" if s.extent else ""
        click.echo(
            f"  {_fmt(s.start)} → {_fmt(s.end):10}  {str(s.state) + ext:24} "
            f"conf {s.confidence:.2f}  for: {', '.join(s.supporting) or '-'}"
            + (f"  against: {', '.join(s.contradicting)}" if s.contradicting else "")
        )
        if why:
            for line in s.why.splitlines():
                click.echo(f"      {line}")
    if tl.contradictions:
        click.echo("Contradictions:")
        for c in tl.contradictions:
            click.echo(f"  [{c.type}] {_fmt(c.start)}..{_fmt(c.end)} {', '.join(c.claim_ids)}")
            click.echo(f"      {c.explanation}")


@main.command()
@click.option("--place", default=None, help="Only this place (canonical name or id).")
@click.option("--since", type=_DATE, default=None, help="Only those ending on or after DATE.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--profile", default=None, help="Conflict profile for the side codes.")
@click.pass_context
@handle_errors
def contradictions(
    ctx: click.Context, place: str | None, since: datetime | None, as_json: bool,
    profile: str | None,
) -> None:  # fmt: skip
    """Typed contradictions: direct, denial, granularity, temporal, claim_about_claim."""
    rec = _reconciler(ctx, profile, place)
    found = rec.contradictions(place, _day(since))
    if as_json:
        echo_json([_contradiction_json(c) for c in found])
        return
    names = {t.place_id: t.canonical for t in rec.timelines()}
    for c in found:
        click.echo(
            f"[{c.type}] {names.get(c.place_id, c.place_id)} {_fmt(c.start)}..{_fmt(c.end)} "
            f"{', '.join(c.claim_ids)}\n    {c.explanation}"
        )
    if not found:
        click.echo("no contradictions")


@main.command()
@click.option("--as-of", "as_of", type=_DATE, required=True, help="The day (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--profile", default=None, help="Conflict profile for the side codes.")
@click.pass_context
@handle_errors
def status(ctx: click.Context, as_of: datetime, as_json: bool, profile: str | None) -> None:
    """The state of every place on a day, from the claims made by then."""
    day = as_of.date()
    rows = _reconciler(ctx, profile).status_as_of(day)
    if as_json:
        echo_json(
            {
                "as_of": day,
                "places": [
                    {"id": s.place.id, "canonical": s.place.name, "state": s.state,
                     "confidence": s.confidence}
                    for s in rows
                ],
            }
        )  # fmt: skip
        return
    for s in rows:
        click.echo(f"{s.place.name:28} {str(s.state):10} {s.confidence:.2f}")
    if not rows:
        click.echo(f"no place has a state on {day.isoformat()}")


@main.command()
@click.option("--since", type=_DATE, required=True, help="The day (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--profile", default=None, help="Conflict profile for the side codes.")
@click.pass_context
@handle_errors
def changes(ctx: click.Context, since: datetime, as_json: bool, profile: str | None) -> None:
    """Every change of state on or after a day, by date."""
    found = _reconciler(ctx, profile).changes_since(since.date())
    if as_json:
        echo_json(
            [
                {"place": {"id": c.place.id, "canonical": c.place.name}, "day": c.day,
                 "before": c.before, "before_extent": c.before_extent, "after": c.after,
                 "extent": c.extent, "confidence": c.confidence,
                 "supporting": list(c.segment.supporting)}
                for c in found
            ]
        )  # fmt: skip
        return
    for c in found:
        before = f"{c.before or '-'}" + (f" [{c.before_extent}]" if c.before_extent else "")
        after = f"{c.after}" + (f" [{c.extent}]" if c.extent else "")
        click.echo(
            f"{c.day.isoformat()}  {c.place.name:28} {before} → {after}  conf {c.confidence:.2f}"
        )
    if not found:
        click.echo(f"no changes since {since.date().isoformat()}")
