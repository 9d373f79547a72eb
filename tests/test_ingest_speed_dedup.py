"""MinHashes built with shared permutations equal datasketch's own, bit for bit.

Stored hash values must stay comparable across versions, so the faster
construction (permutations drawn once per process) must give exactly what a
plain ``MinHash(num_perm, seed=1, scheme)`` gives.
"""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHash

from claimline.ingest import dedup

# Written for this test.
TEXTS = [
    "The bridge over the river was closed to traffic after the strike on Tuesday night.",
    "The bridge over the river was closed to traffic after the strike on Tuesday night. "
    "Trucks were sent north.",
    "Колона прибула до порту в суботу після довгої дороги через гори.",
    "short text",
    "",
]


def _plain(text: str) -> MinHash:
    mh = MinHash(num_perm=dedup.NUM_PERM, seed=1, scheme=dedup.SCHEME)
    mh.update_batch([s.encode("utf-8") for s in dedup.shingles(text)])
    return mh


@pytest.mark.parametrize("text", TEXTS)
def test_minhash_equals_a_plain_datasketch_minhash(text: str) -> None:
    fast, plain = dedup.minhash_of(text), _plain(text)
    assert fast.hashvalues.dtype == plain.hashvalues.dtype
    assert np.array_equal(fast.hashvalues, plain.hashvalues)
    assert np.array_equal(np.asarray(fast.permutations), np.asarray(plain.permutations))


def test_index_from_stored_values_finds_what_plain_minhashes_find() -> None:
    pairs = [(f"d{i}", dedup.minhash_of(t).hashvalues.tolist()) for i, t in enumerate(TEXTS)]
    index = dedup.NearDuplicateIndex.from_pairs(pairs)
    plain_index = dedup.NearDuplicateIndex()
    for i, text in enumerate(TEXTS):
        plain_index.add(f"d{i}", _plain(text))
    found = [index.similar(dedup.minhash_of(t)) for t in TEXTS]
    assert found == [plain_index.similar(_plain(t)) for t in TEXTS]
    assert [d for d, _ in found[1]] == ["d1", "d0"]  # the edited copy is found


def test_shared_permutations_cannot_be_changed() -> None:
    perms = dedup.minhash_of(TEXTS[0]).permutations
    with pytest.raises(ValueError):
        perms[0][0] = 1
