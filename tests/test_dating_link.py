"""Event linking: features, story clusters, and stories the text's own dates rule out."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.model import DateBasis, Document
from claimline.nlp.dating import LinkIndex, date_undated, infer_from_corpus
from claimline.nlp.dating_features import fold_name, link_doc, link_features

# --- features -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("Their convoy reached the bridge at dawn.", "their"),
        ("Were the troops withdrawn? Nobody knew.", "were"),
        ("Among the wounded were two medics.", "among"),
        ("Despite the rain, the assault went on.", "despite"),
        ("Currently the road is closed to trucks.", "currently"),
        ("However, the mayor disagreed.", "however"),
        ("Однако мэр не согласился с этим.", "однако"),
        ("Проте мер не погодився з цим.", "проте"),
        # capitalised only at the start of a sentence: the text also writes it in lower case
        ("Shelling resumed at night. The shelling stopped by noon.", "shelling"),
    ],
)
def test_dating_link_function_words_are_not_features(text: str, word: str) -> None:
    feats = link_features(text, lexicons=False)
    key = fold_name(word)
    assert not [f for f in feats if f[2:] == key or key in f[2:].split()], feats


@pytest.mark.parametrize(
    "variants",
    [
        ("Ganchev", "Ганчев", "Ганчева", "Ганчеву", "Ganchev's"),
        ("Zelensky", "Zelenskyy", "Зеленский", "Зеленского", "Зеленського"),
        ("Levchuk", "Левчук", "Левчука", "Levchuk’s"),
        ("Rudenko", "Руденко"),
    ],
)
def test_dating_link_name_spellings_and_inflections_fold_together(
    variants: tuple[str, ...],
) -> None:
    assert len({fold_name(v) for v in variants}) == 1, {v: fold_name(v) for v in variants}


@pytest.mark.parametrize(
    "a, b", [("Marchenko", "Marchuk"), ("Kupala", "Kupiansk"), ("Ivanov", "Ivanchuk")]
)
def test_dating_link_names_sharing_a_prefix_stay_apart(a: str, b: str) -> None:
    assert fold_name(a) != fold_name(b)


@pytest.mark.parametrize(
    "text, feature",
    [
        ("A statement by Marko Levchuk was read out.", "n:mark levchuk"),
        ("The agency Radio Svoboda carried the report.", "n:radi svobod"),
        # an acronym next to a name is two things, not one name
        ("Об этом сообщил журналист ВГТРК Андрей Руденко.", "n:andr rudenk"),
        ("The town had around 31,000 people.", "#:31000"),
        ("The troops repelled five attacks overnight.", "#:5 attack"),
        ("The guns fired 4 350 shells.", "#:4350"),
        ('"We will never give up the river crossing," the officer said.', "q:the river crossing"),
        ("On June 12 the bridge held.", "d:6-12"),
    ],
)
def test_dating_link_features_of_names_numbers_quotes_and_days(text: str, feature: str) -> None:
    assert feature in link_features(text, lexicons=False), link_features(text, lexicons=False)


def test_dating_link_years_and_small_bare_numbers_are_not_features() -> None:
    feats = link_features("In 2023 the 12 villages near the lake were shelled.", lexicons=False)
    assert "#:2023" not in feats and "#:12" not in feats
    assert "#:12 village" in feats


def test_dating_link_place_variants_are_one_feature() -> None:
    texts = ["Fighting near Kupiansk went on.", "Fighting near Kupyansk went on.",
             "Бои у Купянска продолжались."]  # fmt: skip
    places = [{f for f in link_features(t) if f.startswith("p:")} for t in texts]
    assert places[0] and places[0] == places[1] == places[2], places


def test_dating_link_actor_misspelling_meets_the_canonical_name() -> None:
    a = link_features("Vitaly Ganchev said the road was cut.")
    b = link_features("Vitaly Gahev, the regional head, said the road was cut.")
    assert {f for f in a if f.startswith("n:")} & {f for f in b if f.startswith("n:")}


# --- linking --------------------------------------------------------------------------

STORY = (
    "Commander Oleksiy Hrytsenko said 4,350 shells fell on Zarichne overnight. "
    '"We will not give up the bridge at Zarichne," Hrytsenko told Radio Svoboda.'
)
QUERY = (
    "Hrytsenko told Radio Svoboda that some 4,350 shells had hit Zarichne. "
    '"We will not give up the bridge at Zarichne," he insisted.'
)
OTHER = "Farmers near Poltava began the harvest. Governor Maria Lysenko praised the yield."


def _doc(doc_id: str, text: str, published: date | None, cluster: str | None = None) -> Document:
    return Document(id=doc_id, content_hash="h" + doc_id, text=text, published=published,
                    cluster_id=cluster)  # fmt: skip


def test_dating_link_a_syndicated_pair_counts_once() -> None:
    docs = [
        link_doc("wire", STORY, date(2024, 6, 14), cluster_id="story-1"),
        link_doc("repost", STORY + " Read more.", date(2024, 6, 14), cluster_id="story-1"),
        link_doc("farm", OTHER, date(2023, 8, 2)),
    ]
    index = LinkIndex(docs)
    assert len(index.stories) == 2
    assert index.df["#:4350"] == 1
    est = infer_from_corpus(QUERY + " On June 15 the bridge held.", index, events=())
    assert est is not None and "repost+wire of 2024-06-14" in est.why


def test_dating_link_same_cluster_without_shared_names_still_links() -> None:
    docs = [_doc("wire", STORY, date(2024, 6, 14), "story-1"),
            _doc("copy", "An undated copy of the wire story.", None, "story-1")]  # fmt: skip
    out = date_undated(docs, events=())
    assert out[1].date_basis is DateBasis.INFERRED
    assert "same events" in out[1].metadata["date_inferred"]["why"]


@pytest.mark.parametrize(
    "extra, linked",
    [
        # July 28 lies within weeks of a mid-July story, not of a September one.
        ("On July 28, the bridge held.", date(2024, 7, 15)),
        # December 24 was a Thursday in 2020, not in 2021.
        ("On Thursday, December 24, the bridge held.", date(2020, 12, 12)),
    ],
)
def test_dating_link_a_story_contradicting_a_yearless_date_is_discarded(
    extra: str, linked: date
) -> None:
    strong = (STORY + " The bridge at Zarichne is the last crossing.", date(2023, 9, 10))
    if "Thursday" in extra:
        strong = (strong[0], date(2021, 12, 20))
    weaker = (STORY, linked)
    est = infer_from_corpus(QUERY + " " + extra, [strong, weaker, (OTHER, date(2022, 3, 1))],
                            events=())  # fmt: skip
    assert est is not None and linked.isoformat() in est.why, est
    assert est.interval.start is not None and est.interval.end is not None
    assert est.interval.start.year in (linked.year, linked.year + 1)


def test_dating_link_a_story_before_the_lower_bound_is_discarded() -> None:
    text = QUERY + " Zarichne has been shelled since its recapture in May 2024."
    est = infer_from_corpus(text, [(STORY, date(2023, 6, 14)), (OTHER, date(2023, 8, 2))],
                            events=())  # fmt: skip
    assert est is not None and "2023-06-14" not in est.why
    assert est.interval.start == date(2024, 5, 1) and est.interval.end is None


def test_dating_link_one_shared_person_is_not_a_story() -> None:
    corpus = [
        (OTHER, date(2023, 8, 2)),
        ("A court in Lviv sentenced an official.", date(2025, 2, 20)),
    ]
    text = "Governor Maria Lysenko opened a school. It was rebuilt in 2021."
    est = infer_from_corpus(text, corpus, events=())
    assert est is not None and est.interval.end is None  # the text's lower bound only


def test_dating_link_equal_stories_far_apart_abstain() -> None:
    corpus = [(STORY, date(2022, 6, 14)), (STORY, date(2024, 6, 14))]
    est = infer_from_corpus(QUERY + " The town was first shelled in 2021.", corpus, events=())
    assert est is not None and est.interval.end is None and "same events" not in est.why


def test_dating_link_precomputed_corpus_gives_the_same_dates() -> None:
    docs = [_doc("a", STORY, date(2024, 6, 14)), _doc("b", OTHER, date(2023, 8, 2)),
            _doc("u", QUERY + " On June 15 the bridge held.", None)]  # fmt: skip
    dated = [link_doc(d.id, d.text, d.published) for d in docs if d.published]
    plain = date_undated(docs, events=())
    with_index = date_undated(docs, events=(), dated=LinkIndex(dated))
    with_list = date_undated(docs, events=(), dated=dated)
    assert plain[2].published == with_index[2].published == with_list[2].published
    assert plain[2].published is not None and plain[2].published >= date(2024, 6, 15)
    assert plain[2].date_confidence is not None and plain[2].date_confidence < 1


WEAK_STORY = "Commander Oleksiy Hrytsenko said 4,350 shells fell on the town in a week."
# Shares a person and a number with WEAK_STORY among many things it does not share.
WEAK_QUERY = (
    "Commander Oleksiy Hrytsenko counted 4,350 shells. Engineers Petro Sobko and Halyna Bondar "
    "of Ukrzaliznytsia told Suspilne that the Horyn bridge and the Desna lock were rebuilt by "
    "Taras Melnyk, Ostap Kravets and Iryna Hlib. Mayor Bohdan Sirko of Tulchyn met Olena Zhuk, "
    "Maksym Dovbush and Roman Kvit at the Ros weir, with 1,275 sandbags and 3,940 planks."
)


@pytest.mark.parametrize(
    "extra, links",
    [
        ("", False),  # a middling likeness alone is not enough
        (" On June 20 the weir held.", True),  # a day the text names agrees with the story
    ],
)
def test_dating_link_a_weak_match_needs_a_day_that_agrees(extra: str, links: bool) -> None:
    corpus = [
        (WEAK_STORY, date(2024, 6, 14)),
        ("A court in Lviv jailed an official.", date(2023, 1, 5)),
    ]
    est = infer_from_corpus(WEAK_QUERY + extra, corpus, events=())
    assert (est is not None and "2024-06-14" in est.why) is links, est
    if links:
        assert est is not None and est.interval.start == date(2024, 6, 20)


def test_dating_link_a_yearless_day_takes_the_year_of_a_nearby_full_date() -> None:
    from claimline.nlp.dating import infer_from_text

    est = infer_from_text("On March 3, 2024 the dam was hit. Repairs began on March 10.", events=())
    assert est is not None
    assert (est.interval.start, est.interval.end) == (date(2024, 3, 10), date(2024, 4, 19))


def test_dating_link_a_capital_weighs_like_an_oblast() -> None:
    feats = link_features("Talks in Kyiv and shelling near Kupiansk went on.")
    assert any(f.startswith("r:") for f in feats) and any(f.startswith("p:") for f in feats)


def test_dating_link_a_russian_report_links_to_its_english_story() -> None:
    en = (
        "Vitaly Ganchev, the Russian-installed head of the region, said on May 6 that 12,400 "
        "residents had left Kupiansk and Vovchansk."
    )
    other = "Officials in Odesa said the port reopened; Oleh Kiper said 3,100 ships called there."
    ru = (
        "Ганчев сообщил, что из Купянска и Волчанска выехали 12 400 жителей. "
        "8 мая выезд продолжился."
    )
    est = infer_from_corpus(ru, [(en, date(2025, 5, 7)), (other, date(2024, 2, 1))], events=())
    assert est is not None and "2025-05-07" in est.why
    assert est.interval.start == date(2025, 5, 8) and est.best == date(2025, 5, 8)
    assert "Kupiansk" in est.why and "Vitaly Ganchev" in est.why
