"""The public API: every name in ``__all__`` resolves, and every record is exported."""

from __future__ import annotations

import dataclasses
import enum

import pytest

import claimline
from claimline import model


@pytest.mark.parametrize("name", claimline.__all__)
def test_public_api_every_exported_name_resolves(name):
    assert getattr(claimline, name) is not None


def test_public_api_exports_every_record_and_enum_of_the_model():
    public = {
        name
        for name, value in vars(model).items()
        if not name.startswith("_")
        and isinstance(value, type)
        and value.__module__ == model.__name__
        and (dataclasses.is_dataclass(value) or issubclass(value, enum.Enum))
    }
    missing = public - set(claimline.__all__) - {"Side"}
    assert not missing, f"add to claimline.__all__: {sorted(missing)}"


def test_public_api_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError):
        claimline.no_such_thing  # noqa: B018
