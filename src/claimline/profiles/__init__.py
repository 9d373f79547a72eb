"""Conflict profiles: the data that tells claimline who is who in one war.

A profile is a YAML file (sides and their words, officials, state bodies, armed
forces and units, media outlets with their alignment, OSINT projects, generic
speakers, renamings, reference events, the gazetteer's countries).  The code
never names a conflict; everything conflict-specific lives here.  See
``docs/profiles.md`` for the format and how to add a conflict.

>>> profile = load_profile()            # the default, "ru_ua"
>>> profile = load_profile("sudan")     # a profile shipped with claimline
>>> profile = load_profile("my.yaml")   # a user's own file
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from claimline.errors import ProfileError
from claimline.profiles._loader import EXTRA_SIDES, parse_profile, read_profile_file
from claimline.profiles._schema import (
    Event,
    GenericSpeaker,
    Official,
    Organisation,
    Outlet,
    PlaceNote,
    Profile,
    Renaming,
    SideDef,
    UnitPattern,
)

#: The profile used when none is named (environment variable CLAIMLINE_PROFILE overrides it).
DEFAULT_PROFILE = "ru_ua"

_PACKAGE_DIR = Path(__file__).resolve().parent


def list_profiles() -> list[str]:
    """Names of the profiles shipped with claimline, sorted."""
    return sorted(p.stem for p in _PACKAGE_DIR.glob("*.yaml") if not p.stem.startswith("_"))


def profile_path(name_or_path: str | None = None) -> Path:
    """The file a profile name or path refers to.

    A value that looks like a path (has a separator or a .yaml/.yml suffix, or
    names an existing file) is a path; anything else is the name of a shipped
    profile.  Raises :class:`ProfileError` if neither exists.
    """
    name = name_or_path or os.environ.get("CLAIMLINE_PROFILE") or DEFAULT_PROFILE
    looks_like_path = (
        os.sep in name or "/" in name or name.endswith((".yaml", ".yml")) or Path(name).is_file()
    )
    if looks_like_path:
        path = Path(name).expanduser()
        if not path.is_file():
            raise ProfileError(f"profile file {name} does not exist")
        return path.resolve()
    path = _PACKAGE_DIR / f"{name}.yaml"
    if not path.is_file():
        raise ProfileError(
            f"no profile named {name!r}",
            hint="shipped profiles: "
            + ", ".join(list_profiles())
            + "; or pass a path to a YAML file",
        )
    return path


def load_profile(name_or_path: str | None = None) -> Profile:
    """Load and validate a conflict profile (default ``ru_ua``).

    ``name_or_path`` is a shipped profile's name or a path to a YAML file.  The
    result is cached per file and reloaded when the file changes, so calling
    this in every stage is cheap.  Raises :class:`ProfileError` naming the bad
    key when the file is invalid.
    """
    path = profile_path(name_or_path)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:  # pragma: no cover - raced with a deletion
        raise ProfileError(f"profile {path}: cannot be read: {exc.strerror}") from None
    return _load_cached(str(path), stamp)


@functools.lru_cache(maxsize=32)
def _load_cached(path: str, stamp: int) -> Profile:
    return read_profile_file(Path(path))


def profile_summary(profile: Profile) -> dict[str, Any]:
    """A JSON-ready overview of a profile: its sides and how much it holds."""
    return {
        "name": profile.name,
        "title": profile.title,
        "source": profile.source,
        "countries": list(profile.countries),
        "sides": [
            {
                "code": s.code,
                "name": s.name,
                "forces": s.forces,
                "terms": len(s.names)
                + len(s.adjectives)
                + len(s.demonyms)
                + len(s.capitals)
                + len(s.pejoratives),
            }
            for s in profile.sides
        ],
        "counts": {
            "officials": len(profile.officials),
            "bodies": len(profile.bodies),
            "forces": len(profile.forces),
            "units": len(profile.units),
            "groupings": len(profile.groupings),
            "unit_patterns": len(profile.unit_patterns),
            "outlets": len(profile.outlets),
            "osint": len(profile.osint),
            "generic_speakers": len(profile.generic_speakers),
            "renamings": len(profile.renamings),
            "exonyms": len(profile.exonyms),
            "events": len(profile.events),
            "places": len(profile.places),
        },
    }


__all__ = [
    "DEFAULT_PROFILE",
    "EXTRA_SIDES",
    "Event",
    "GenericSpeaker",
    "Official",
    "Organisation",
    "Outlet",
    "PlaceNote",
    "Profile",
    "ProfileError",
    "Renaming",
    "SideDef",
    "UnitPattern",
    "list_profiles",
    "load_profile",
    "parse_profile",
    "profile_path",
    "profile_summary",
]
