"""The public API of claimline.reconcile: everything in __all__ exists and is documented."""

from __future__ import annotations

import claimline.reconcile as reconcile


def test_reconcile_api_all_names_exist_and_have_docstrings():
    for name in reconcile.__all__:
        obj = getattr(reconcile, name)
        assert obj.__doc__, name


def test_reconcile_api_lists_the_entry_points():
    assert {"build_timeline", "status_as_of", "changes_since", "Reconciler", "Timeline"} <= set(
        reconcile.__all__
    )
