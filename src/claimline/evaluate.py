"""Scoring extracted claims against hand annotations (``claimline eval``).

The unit is the claim tuple ``(document, canonical place, type, actor,
polarity)``, unique on both sides, as the dev-set guideline describes:

- the annotators' type words map onto the model: liberated→captured,
  lost→withdrew, advancing_toward→advancing, repelled_attack→repelled,
  encircled/blockaded (and encircled, blockaded)→encircled;
- gold polarity ``denied`` is our ``negated``;
- ``contested`` is scored without the actor (it matches either side);
- only settlement- and part-level claims count, and not intended, predicted
  or conditional ones (they stay in the ledger, they are not scored).

On matched tuples each gold claim is paired with the predicted claim of the
same tuple that agrees with it best, and the pair is scored for time (the
gold ``event_date`` lies in the claim's interval at the gold precision),
speaker side and hedging.  Place linking is the share of gold (document,
place) pairs that some extracted claim of that document names.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claimline.errors import InputError
from claimline.model import Claim, Document, Modality, PlaceKind, TimeInterval

TYPE_MAP = {
    "liberated": "captured",
    "lost": "withdrew",
    "advancing_toward": "advancing",
    "repelled_attack": "repelled",
    "encircled/blockaded": "encircled",
    "blockaded": "encircled",
}
POLARITY_MAP = {"denied": "negated", "negated": "negated", "affirmed": "affirmed"}
UNSCORED_MODALITIES = frozenset({Modality.INTENDED, Modality.PREDICTED, Modality.CONDITIONAL})
SCORED_KINDS = frozenset({PlaceKind.SETTLEMENT, PlaceKind.PART})

Key = tuple[str, str, str, str, str]


@dataclass
class Rate:
    """A count of successes out of a total, printed as a share."""

    ok: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.ok / self.total if self.total else None

    def add(self, success: bool) -> None:
        self.total += 1
        self.ok += int(success)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "total": self.total, "value": _round(self.value)}


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
        }


@dataclass
class EvalReport:
    """Everything ``claimline eval`` prints."""

    tuples: PRF = field(default_factory=PRF)
    per_type: dict[str, PRF] = field(default_factory=dict)
    time: Rate = field(default_factory=Rate)
    speaker_side: Rate = field(default_factory=Rate)
    hedging: Rate = field(default_factory=Rate)
    place_linking: Rate = field(default_factory=Rate)
    furniture_claims: int = 0
    gold_claims: int = 0
    predicted_claims: int = 0
    scored_claims: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tuples": self.tuples.to_dict(),
            "per_type": {k: v.to_dict() for k, v in sorted(self.per_type.items())},
            "time_accuracy": self.time.to_dict(),
            "speaker_side_accuracy": self.speaker_side.to_dict(),
            "hedging_accuracy": self.hedging.to_dict(),
            "place_linking_accuracy": self.place_linking.to_dict(),
            "furniture_claims": self.furniture_claims,
            "gold_claims": self.gold_claims,
            "predicted_claims": self.predicted_claims,
            "scored_claims": self.scored_claims,
            "misses": self.misses,
            "false_positives": self.false_positives,
            "skipped": self.skipped,
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold file (JSON Lines, one annotated claim per line)."""
    out: list[dict[str, Any]] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not JSON ({exc.msg})") from exc
    return out


def gold_key(g: Mapping[str, Any]) -> Key:
    """The scoring tuple of a gold annotation."""
    ctype = TYPE_MAP.get(str(g["claim_type"]), str(g["claim_type"]))
    actor = "*" if ctype == "contested" else str(g.get("actor") or "")
    polarity = POLARITY_MAP.get(str(g.get("polarity") or "affirmed"), "affirmed")
    return (str(g["article_id"]), str(g["place_canonical"]), ctype, actor, polarity)


def is_scored(c: Claim) -> bool:
    """Whether a predicted claim takes part in tuple scoring."""
    return (
        c.place.kind in SCORED_KINDS
        and c.modality not in UNSCORED_MODALITIES
        and bool(c.place.canonical)
    )


def claim_key(c: Claim) -> Key:
    """The scoring tuple of a predicted claim."""
    ctype = c.type.value
    actor = "*" if ctype == "contested" else str(c.actor or "")
    return (c.doc_id, str(c.place.canonical), ctype, actor, c.polarity.value)


def time_matches(
    interval: TimeInterval | None, event_date: str | None, precision: str | None
) -> bool:
    """Whether the gold date lies in ``interval`` at the gold precision (day, month, year)."""
    if interval is None or not event_date:
        return False
    gold = _truncate_str(event_date, precision)
    if gold is None:
        return False
    lo = _truncate(interval.start, precision) if interval.start else None
    hi = _truncate(interval.end, precision) if interval.end else None
    if lo is None and hi is None:
        return False  # an interval open on both sides says nothing
    return (lo is None or lo <= gold) and (hi is None or gold <= hi)


def _truncate(d: date, precision: str | None) -> tuple[int, ...]:
    if precision == "year":
        return (d.year,)
    if precision == "month":
        return (d.year, d.month)
    return (d.year, d.month, d.day)


def _truncate_str(value: str, precision: str | None) -> tuple[int, ...] | None:
    try:
        parts = tuple(int(p) for p in value.split("-"))
    except ValueError:
        return None
    want = {"year": 1, "month": 2}.get(precision or "day", 3)
    return parts[:want] if len(parts) >= want else None


def score(
    gold: Sequence[Mapping[str, Any]],
    claims: Iterable[Claim],
    *,
    documents: Mapping[str, Document] | None = None,
    skipped: Mapping[str, str] | None = None,
) -> EvalReport:
    """Score ``claims`` against ``gold`` annotations (see the module docstring).

    Only documents that appear in the gold file are scored; ``documents``
    (by id) lets the report count claims drawn from removed furniture.
    """
    report = EvalReport(skipped=dict(skipped or {}))
    gold_docs = {str(g["article_id"]) for g in gold}
    all_claims = [c for c in claims if c.doc_id in gold_docs]
    report.predicted_claims = len(all_claims)
    scored = [c for c in all_claims if is_scored(c)]
    report.scored_claims = len(scored)
    report.gold_claims = len(gold)
    gold_by: dict[Key, list[Mapping[str, Any]]] = defaultdict(list)
    for g in gold:
        gold_by[gold_key(g)].append(g)
    pred_by: dict[Key, list[Claim]] = defaultdict(list)
    for c in scored:
        pred_by[claim_key(c)].append(c)
    matched = set(gold_by) & set(pred_by)
    report.tuples = PRF(
        tp=len(matched), fp=len(set(pred_by) - matched), fn=len(set(gold_by) - matched)
    )
    for key in set(gold_by) | set(pred_by):
        prf = report.per_type.setdefault(key[2], PRF())
        if key in matched:
            prf.tp += 1
        elif key in gold_by:
            prf.fn += 1
        else:
            prf.fp += 1
    for key in sorted(matched):
        for g in gold_by[key]:
            best = max(pred_by[key], key=lambda c, g=g: _agreement(g, c))
            if g.get("event_date") and g.get("date_precision"):
                report.time.add(time_matches(best.time, g["event_date"], g["date_precision"]))
            if g.get("source_side"):
                side = best.speaker.side if best.speaker is not None else "unknown"
                report.speaker_side.add(str(side) == str(g["source_side"]))
            report.hedging.add(bool(best.hedged) == bool(g.get("hedged")))
    named: dict[str, set[str]] = defaultdict(set)
    for c in all_claims:
        if c.place.canonical:
            named[c.doc_id].add(c.place.canonical)
    for doc_id, place in sorted({(str(g["article_id"]), str(g["place_canonical"])) for g in gold}):
        report.place_linking.add(place in named[doc_id])
    report.misses = [_gold_row(key, gold_by[key]) for key in sorted(set(gold_by) - matched)]
    report.false_positives = [
        _pred_row(key, pred_by[key]) for key in sorted(set(pred_by) - matched)
    ]
    if documents:
        report.furniture_claims = sum(
            1 for c in all_claims if _in_furniture(c, documents.get(c.doc_id))
        )
    return report


def _agreement(g: Mapping[str, Any], c: Claim) -> tuple[int, int, int]:
    side = c.speaker.side if c.speaker is not None else "unknown"
    return (
        int(str(side) == str(g.get("source_side"))),
        int(time_matches(c.time, g.get("event_date"), g.get("date_precision"))),
        int(bool(c.hedged) == bool(g.get("hedged"))),
    )


def _in_furniture(c: Claim, doc: Document | None) -> bool:
    """A claim whose evidence is text the cleaner removed (it must never happen)."""
    if doc is None or not doc.removed:
        return False
    ev = " ".join(c.evidence.text.split())
    return bool(ev) and any(ev in " ".join(r.text.split()) for r in doc.removed)


def _gold_row(key: Key, rows: list[Mapping[str, Any]]) -> dict[str, Any]:
    g = rows[0]
    return {
        "doc_id": key[0],
        "place": key[1],
        "type": key[2],
        "actor": key[3],
        "polarity": key[4],
        "source": g.get("source_of_claim"),
        "evidence": g.get("evidence"),
    }


def _pred_row(key: Key, rows: list[Claim]) -> dict[str, Any]:
    c = rows[0]
    return {
        "doc_id": key[0],
        "place": key[1],
        "type": key[2],
        "actor": key[3],
        "polarity": key[4],
        "speaker": c.speaker.name if c.speaker else None,
        "framing": c.framing,
        "evidence": c.evidence.text,
    }


def format_report(report: EvalReport, *, show_lists: bool = True) -> str:
    """The report as readable text."""
    t = report.tuples
    lines = [
        f"claim tuples: P {t.precision:.3f}  R {t.recall:.3f}  F1 {t.f1:.3f}  "
        f"(tp {t.tp}, fp {t.fp}, fn {t.fn}; gold claims {report.gold_claims}, "
        f"extracted {report.predicted_claims}, scored {report.scored_claims})",
    ]
    for name, rate in (
        ("time", report.time),
        ("speaker side", report.speaker_side),
        ("hedging", report.hedging),
        ("place linking", report.place_linking),
    ):
        v = rate.value
        lines.append(
            f"{name} accuracy: {'n/a' if v is None else f'{v:.3f}'} ({rate.ok}/{rate.total})"
        )
    lines.append(f"claims from removed furniture: {report.furniture_claims}")
    lines.append("per type:")
    for name, prf in sorted(report.per_type.items()):
        lines.append(
            f"  {name:10} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}  "
            f"(tp {prf.tp}, fp {prf.fp}, fn {prf.fn})"
        )
    for doc_id, why in sorted(report.skipped.items()):
        lines.append(f"skipped {doc_id}: {why}")
    if show_lists:
        lines.append(f"misses ({len(report.misses)}):")
        lines += [
            f"  {m['doc_id']} | {m['place']} {m['type']} {m['actor']} {m['polarity']} | "
            f"{(m.get('evidence') or '')[:160]}"
            for m in report.misses
        ]
        lines.append(f"false positives ({len(report.false_positives)}):")
        lines += [
            f"  {m['doc_id']} | {m['place']} {m['type']} {m['actor']} {m['polarity']} "
            f"[{m.get('framing')}] | {(m.get('evidence') or '')[:160]}"
            for m in report.false_positives
        ]
    return "\n".join(lines)


def type_counts(gold: Sequence[Mapping[str, Any]]) -> Counter[str]:
    """Gold claims per (mapped) type, for reports and tests."""
    return Counter(gold_key(g)[2] for g in gold)


__all__ = [
    "EvalReport",
    "PRF",
    "Rate",
    "claim_key",
    "format_report",
    "gold_key",
    "is_scored",
    "load_gold",
    "score",
    "time_matches",
    "type_counts",
]
