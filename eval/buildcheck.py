"""Checks and writes shared by the blind sets' build.py scripts (eval/blind5..8).

Each set's build.py holds its texts and annotations as Python data and calls
:func:`build`, which checks them against the dev gold's format (field names and order,
evidence verbatim in the text, vocabularies, side codes per conflict, word counts,
language and length mix, exactly one undated article) and writes articles.jsonl,
gold.jsonl and the counts section of the set's README.md.
"""
import collections
import json
import os
import re
import sys

_DEV = os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "dev")
)
DEV_GOLD = os.path.join(_DEV, "gold.jsonl")
DEV_ARTICLES = os.path.join(_DEV, "articles.jsonl")


def collector():
    """The lists a build script fills and the two helpers that fill them:
    ``art(id, url, outlet, published, title, text, language, kind)`` and
    ``g(article_id, place, canonical, type, actor, polarity, date, precision, basis,
    source, side, hedged, background, extent, evidence)``."""
    articles, gold = [], []

    def art(id_, url, outlet, published, title, text, language, kind):
        articles.append(dict(id=id_, url=url, outlet=outlet, published=published, title=title,
                             text=text.strip("\n"), language=language, _kind=kind))

    def g(aid, place, canon, ctype, actor, pol, date, prec, basis, src, side, hedged, bg,
          extent, ev):
        gold.append(dict(article_id=aid, place=place, place_canonical=canon, claim_type=ctype,
                         actor=actor, polarity=pol, event_date=date, date_precision=prec,
                         date_basis=basis, source_of_claim=src, source_side=side,
                         hedged=hedged, background=bg, extent=extent, evidence=ev))

    return articles, art, gold, g


def build(ARTICLES, GOLD, HERE, *, prefix, count, sudan, langs, kinds, sort_articles=False,
          place_in_evidence=False):
    """Check a blind set's articles and gold, write articles.jsonl and gold.jsonl and
    the counts section of its README.md; exit 1 listing every failed check."""
    if sort_articles:
        ARTICLES.sort(key=lambda a: a["id"])
    errors = []
    ids = [a["id"] for a in ARTICLES]
    if len(ids) != len(set(ids)):
        errors.append("duplicate article ids")
    if ids != ["%s-%03d" % (prefix, i) for i in range(1, count + 1)]:
        errors.append("article ids are not %s-001..%s-%03d in order: %s"
                      % (prefix, prefix, count, ids))

    # field names: copy the dev gold's first line exactly
    with open(DEV_GOLD, encoding="utf-8") as fh:
        dev_gold_keys = list(json.loads(fh.readline()).keys())
    with open(DEV_ARTICLES, encoding="utf-8") as fh:
        dev_art_keys = list(json.loads(fh.readline()).keys())

    by_id = {a["id"]: a for a in ARTICLES}
    counters = collections.Counter()
    gold_rows = []
    for aid in ids:
        n = 0
        for row in GOLD:
            if row["article_id"] != aid:
                continue
            n += 1
            out = {"claim_id": "%s#%d" % (aid, n)}
            out.update(row)
            gold_rows.append(out)
    for row in GOLD:
        if row["article_id"] not in by_id:
            errors.append("gold row for unknown article %s" % row["article_id"])
    for row in gold_rows:
        if list(row.keys()) != dev_gold_keys:
            errors.append("%s: field names differ from dev gold: %s vs %s"
                          % (row["claim_id"], list(row.keys()), dev_gold_keys))
        text = by_id[row["article_id"]]["text"]
        if place_in_evidence and row["place"].lower() not in row["evidence"].lower() and not (
                row["polarity"] == "denied" and row["place"] in text):
            errors.append("%s: place %r not in evidence" % (row["claim_id"], row["place"]))
        if row["evidence"] not in text:
            errors.append("%s: evidence not verbatim in text: %r" % (row["claim_id"], row["evidence"]))
        if row["claim_type"] not in ("captured", "liberated", "controls", "entered",
                                     "encircled/blockaded", "advancing_toward", "withdrew",
                                     "repelled_attack", "contested", "lost"):
            errors.append("%s: bad claim_type" % row["claim_id"])
        if row["polarity"] not in ("affirmed", "denied"):
            errors.append("%s: bad polarity" % row["claim_id"])
        if row["date_basis"] not in ("explicit", "relative", "publication", "since", "none"):
            errors.append("%s: bad date_basis" % row["claim_id"])
        if row["date_precision"] not in ("day", "month", "year", None):
            errors.append("%s: bad date_precision" % row["claim_id"])
        d = row["event_date"]
        pat = {"day": r"^\d{4}-\d\d-\d\d$", "month": r"^\d{4}-\d\d$", "year": r"^\d{4}$"}
        if d is None:
            if row["date_precision"] is not None:
                errors.append("%s: null date with precision" % row["claim_id"])
        elif not re.match(pat.get(row["date_precision"], "^$"), d):
            errors.append("%s: date %s does not fit precision" % (row["claim_id"], d))
        is_sudan = row["article_id"] in sudan
        sides = ("SAF", "RSF") if is_sudan else ("UA", "RU")
        if row["claim_type"] == "contested":
            if row["actor"] is not None:
                errors.append("%s: contested with actor" % row["claim_id"])
        elif row["actor"] not in sides:
            errors.append("%s: bad actor %s" % (row["claim_id"], row["actor"]))
        if row["source_side"] not in sides + ("neutral", "unknown"):
            errors.append("%s: bad source_side" % row["claim_id"])
        if not isinstance(row["hedged"], bool) or not isinstance(row["background"], bool):
            errors.append("%s: hedged/background not bool" % row["claim_id"])

    # lengths and languages
    found_langs = collections.Counter(a["language"] for a in ARTICLES)
    if found_langs != langs:
        errors.append("language mix %s" % found_langs)
    nulls = [a["id"] for a in ARTICLES if a["published"] is None]
    if len(nulls) != 1:
        errors.append("exactly one article must have published=null: %s" % nulls)
    found_kinds = collections.Counter(a["_kind"] for a in ARTICLES)
    if found_kinds != kinds:
        errors.append("length mix %s" % found_kinds)
    words = {}
    for a in ARTICLES:
        w = len(a["text"].split())
        words[a["id"]] = w
        lo, hi = (180, 320) if a["_kind"] == "short" else (450, 750)
        if not lo <= w <= hi:
            errors.append("%s: %d words, outside %d-%d" % (a["id"], w, lo, hi))
        if not a["text"].startswith(a["title"]):
            errors.append("%s: text does not start with title" % a["id"])
        if "example" not in a["url"].split("/")[2]:
            errors.append("%s: url not on an example domain" % a["id"])

    art_rows = []
    for a in ARTICLES:
        row = {k: a[k] for k in dev_art_keys if k in a}
        for k in a:
            if k not in row and not k.startswith("_"):
                row[k] = a[k]
        missing = [k for k in dev_art_keys if k not in row]
        if missing:
            errors.append("%s: article lacks fields %s" % (a["id"], missing))
        art_rows.append(row)

    if errors:
        print("\n".join(errors))
        sys.exit(1)

    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as fh:
        for row in art_rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for row in gold_rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    # counts -> README section
    lines = ["Total: %d articles, %d gold claims." % (len(art_rows), len(gold_rows)), ""]

    def table(title, key):
        c = collections.Counter(key(r) for r in gold_rows)
        lines.append("**%s**: " % title + ", ".join("%s %d" % (k, v) for k, v in
                                                    sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))))
        lines.append("")
    table("claim_type", lambda r: r["claim_type"])
    table("polarity", lambda r: r["polarity"])
    table("hedged", lambda r: r["hedged"])
    table("background", lambda r: r["background"])
    table("source_side", lambda r: r["source_side"])
    table("actor", lambda r: r["actor"])
    table("date_basis", lambda r: r["date_basis"])
    table("date_precision", lambda r: r["date_precision"])
    lines.append("| article | lang | published | words | claims | unique scoring tuples |")
    lines.append("|---|---|---|---|---|---|")
    for a in ARTICLES:
        rows = [r for r in gold_rows if r["article_id"] == a["id"]]
        norm = {"liberated": "captured", "lost": "withdrew"}
        tuples = {(r["place_canonical"], norm.get(r["claim_type"], r["claim_type"]),
                   None if r["claim_type"] == "contested" else r["actor"], r["polarity"])
                  for r in rows}
        lines.append("| %s | %s | %s | %d | %d | %d |" % (a["id"], a["language"], a["published"],
                                                         words[a["id"]], len(rows), len(tuples)))
    lines.append("")
    lines.append("Per article, by field (value:count):")
    lines.append("")
    fields = ["claim_type", "polarity", "hedged", "background", "source_side", "actor",
              "date_basis", "date_precision"]
    lines.append("| article | " + " | ".join(fields) + " |")
    lines.append("|---|" + "---|" * len(fields))
    for a in ARTICLES:
        rows = [r for r in gold_rows if r["article_id"] == a["id"]]
        cells = []
        for f in fields:
            c = collections.Counter(str(r[f]) for r in rows)
            cells.append(", ".join("%s:%d" % kv for kv in sorted(c.items())))
        lines.append("| %s | %s |" % (a["id"], " | ".join(cells)))
    counts = "\n".join(lines)
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        with open(readme, encoding="utf-8") as fh:
            body = fh.read()
        start, end = "<!-- COUNTS START -->", "<!-- COUNTS END -->"
        if start in body and end in body:
            body = body.split(start)[0] + start + "\n" + counts + "\n" + end + body.split(end)[1]
            with open(readme, "w", encoding="utf-8") as fh:
                fh.write(body)
    print(counts)
    print("\nOK: %d articles, %d claims; words %s" % (len(art_rows), len(gold_rows), words))
