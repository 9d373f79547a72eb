"""Turn records into JSON-ready data and back, driven by their type hints.

``to_dict`` lives in :mod:`claimline.model`; ``from_dict`` rebuilds any record
(nested records, enums, dates, tuples, optionals) from what ``to_dict`` made,
so stores and process pools can move records as plain JSON.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from claimline.model import to_dict

T = TypeVar("T")

__all__ = ["from_dict", "to_dict"]


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a record of type ``cls`` from ``data`` (the output of ``to_dict``)."""
    return _convert(cls, data)  # type: ignore[no-any-return]


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        for arg in args:
            try:
                return _convert(arg, value)
            except (TypeError, ValueError, KeyError):
                continue
        return value
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in value)
        return tuple(_convert(a, v) for a, v in zip(args, value, strict=False))
    if origin in (list, list):
        (arg,) = typing.get_args(tp)
        return [_convert(arg, v) for v in value]
    if origin is not None and origin.__name__ in ("Mapping", "dict"):
        return dict(value)
    if tp is Any:
        return value
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            if not isinstance(value, dict):
                raise TypeError(f"expected a mapping for {tp.__name__}")
            hints = _hints(tp)
            kwargs = {
                f.name: _convert(hints[f.name], value[f.name])
                for f in dataclasses.fields(tp)
                if f.name in value
            }
            return tp(**kwargs)
        if issubclass(tp, Enum):
            return tp(value)
        if tp is date:
            return value if isinstance(value, date) else date.fromisoformat(value)
        if tp in (int, float, str, bool):
            if tp is float and isinstance(value, int):
                return float(value)
            if not isinstance(value, tp):
                raise TypeError(f"expected {tp.__name__}, got {type(value).__name__}")
            return value
    return value
