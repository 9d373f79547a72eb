"""Claim builders for the reconcile tests: short calls, explicit defaults.

``day`` is "2025-11-20" (a day), "2025-11" (a month) or "2022" (a year); the
interval and precision follow.  ``until`` closes a state's interval; ``since``
leaves it open (basis "since").
"""

from __future__ import annotations

import calendar
from datetime import date

from claimline.model import (
    Actor,
    Claim,
    ClaimType,
    Evidence,
    Modality,
    PlaceMention,
    Polarity,
    Precision,
    TimeInterval,
)

PLACES = {"Kupiansk": "704508", "Izium": "707292", "Vovchansk": "689096"}


def interval(
    day: str, *, until: str | None = None, since: bool = False, basis: str = "explicit"
) -> TimeInterval:
    parts = day.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        start, end, prec = date(y, 1, 1), date(y, 12, 31), Precision.YEAR
    elif len(parts) == 2:
        m = int(parts[1])
        start, end = date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        prec = Precision.MONTH
    else:
        start = end = date.fromisoformat(day)
        prec = Precision.DAY
    if until is not None:
        end = interval(until).end
    if since:
        return TimeInterval(start, None, Precision.OPEN, "since", day)
    return TimeInterval(start, end, prec, basis, day)


def claim(
    cid: str,
    type: str,
    actor: str | None,
    day: str,
    *,
    place: str = "Kupiansk",
    speaker: str | None = None,
    side: str = "unknown",
    polarity: str = "affirmed",
    modality: str = "asserted",
    hedged: bool = False,
    extent: str | None = None,
    cluster: str | None = None,
    doc: str | None = None,
    until: str | None = None,
    since: bool = False,
    basis: str = "explicit",
    outlet: str | None = None,
    denies: str | None = None,
    part: str | None = None,
) -> Claim:
    text = f"{place}: {type} {actor or ''} ({cid})"
    return Claim(
        id=cid,
        doc_id=doc or f"doc-{cid}",
        type=ClaimType(type),
        place=PlaceMention(
            text=place,
            start=0,
            end=len(place),
            place_id=PLACES.get(place, place),
            canonical=place,
            part=part,
        ),
        evidence=Evidence(text, 0, len(text)),
        actor=actor,
        time=interval(day, until=until, since=since, basis=basis),
        polarity=Polarity(polarity),
        modality=Modality(modality),
        hedged=hedged,
        extent=extent,
        speaker=Actor(speaker, side) if speaker else None,
        outlet=outlet,
        denies=denies,
        cluster_id=cluster,
    )


_GOLD_TYPES = {
    "liberated": "captured",
    "lost": "withdrew",
    "advancing_toward": "advancing",
    "repelled_attack": "repelled",
    "encircled/blockaded": "encircled",
}


def gold_claims(dev_dir) -> tuple[list[Claim], dict[str, date]]:  # type: ignore[no-untyped-def]
    """The dev set's gold annotations as Claim records, and the documents' dates.

    This stands in for extraction so that reconciliation can be checked against
    the facts on realistic claims.  Story clusters: articles with the same
    title are treated as one story (the dev set's syndicated pair).
    """
    import json

    articles = {}
    for line in (dev_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            articles[a["id"]] = a
    published: dict[str, date] = {}
    for aid, a in articles.items():
        p = a.get("published") or ""
        if len(p) == 10:
            published[aid] = date.fromisoformat(p)
    titles: dict[str, list[str]] = {}
    for aid, a in sorted(articles.items()):
        if a.get("title"):
            titles.setdefault(a["title"], []).append(aid)
    cluster = {aid: "story:" + ids[0] for ids in titles.values() if len(ids) > 1 for aid in ids}
    out = []
    for n, line in enumerate((dev_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        g = json.loads(line)
        if not g.get("event_date"):
            continue
        basis = g.get("date_basis") or "explicit"
        t = interval(g["event_date"], since=basis == "since", basis=basis)
        src = g.get("source_of_claim") or ""
        outlet = articles.get(g["article_id"], {}).get("outlet")
        name = (outlet or "outlet") if src == "outlet" or src.startswith("outlet") else src
        if g.get("background"):
            modality = Modality.BACKGROUND
        elif g.get("hedged"):
            modality = Modality.HEDGED
        else:
            modality = Modality.ASSERTED
        place = g["place_canonical"]
        out.append(
            Claim(
                id=g.get("claim_id") or f"gold-{n}",
                doc_id=g["article_id"],
                type=ClaimType(_GOLD_TYPES.get(g["claim_type"], g["claim_type"])),
                place=PlaceMention(g["place"], 0, 1, PLACES.get(place, place), place),
                evidence=Evidence(g.get("evidence") or "", 0, len(g.get("evidence") or "")),
                actor=g.get("actor"),
                time=t,
                polarity=Polarity.NEGATED if g.get("polarity") == "denied" else Polarity.AFFIRMED,
                modality=modality,
                hedged=bool(g.get("hedged")),
                extent=g.get("extent"),
                speaker=Actor(name, g.get("source_side") or "unknown"),
                outlet=outlet,
                cluster_id=cluster.get(g["article_id"]),
            )
        )
    return out, published
