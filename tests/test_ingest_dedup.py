from __future__ import annotations

from claimline.ingest.dedup import NearDuplicateIndex, content_hash, minhash_of

STORY = (
    "Ukrainian units pushed forward along the river on Tuesday and reached the outskirts "
    "of a small village, the regional governor said in a statement. He added that the "
    "enemy had brought up reserves but could not stop the movement. Local residents "
    "reported heavy artillery fire through the night and several houses were destroyed. "
    "The military said that supplies were reaching the forward positions by road again."
)


def test_dedup_content_hash_ignores_whitespace_only():
    assert content_hash("a  b\n c") == content_hash("a b c")
    assert content_hash("a b c") != content_hash("a b d")


def test_dedup_near_duplicate_found_for_lightly_edited_copy():
    edited = "Wire copy. " + STORY.replace("on Tuesday", "on Tuesday morning")
    index = NearDuplicateIndex()
    index.add("orig", minhash_of(STORY))
    hits = index.similar(minhash_of(edited))
    assert [h[0] for h in hits] == ["orig"]
    assert hits[0][1] > 0.6


def test_dedup_different_report_is_not_a_near_duplicate():
    other = (
        "Officials in the capital announced new evacuation routes for families living near "
        "the border, and schools will move to remote lessons until the end of the term."
    )
    index = NearDuplicateIndex()
    index.add("orig", minhash_of(STORY))
    assert index.similar(minhash_of(other)) == []


def test_dedup_index_rebuilds_from_stored_values():
    mh = minhash_of(STORY)
    index = NearDuplicateIndex.from_pairs([("orig", mh.hashvalues.tolist())])
    assert index.similar(minhash_of(STORY))[0][0] == "orig"
