"""The claimline exception hierarchy.

Every error carries a stable ``code`` so that scripts and logs can rely on it::

    ClaimlineError                  E000  base class
    ├── InputError                  E100  an input could not be read
    │   ├── EmptyInput              E101  nothing to read (empty or whitespace only)
    │   ├── BinaryInput             E102  not text (NUL bytes, a known binary format)
    │   ├── DecodeError             E103  no supported encoding decodes it
    │   ├── TooLarge                E104  larger than the configured limit
    │   ├── MalformedRecord         E105  a broken JSON line, feed entry or WARC record
    │   └── NoContent               E106  a page or record with no article text
    ├── StoreError                  E200  the store could not be opened or written
    │   └── MigrationError          E201  the schema could not be brought up to date
    ├── NotFound                    E300  an id, place or document does not exist
    ├── ProfileError                E400  a conflict profile is invalid
    └── GazetteerError              E500  the gazetteer is missing or unreadable
"""

from __future__ import annotations


class ClaimlineError(Exception):
    code = "E000"
    hint: str | None = None

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(ClaimlineError):
    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class DecodeError(InputError):
    code = "E103"


class TooLarge(InputError):
    code = "E104"


class MalformedRecord(InputError):
    code = "E105"


class NoContent(InputError):
    code = "E106"


class StoreError(ClaimlineError):
    code = "E200"


class MigrationError(StoreError):
    code = "E201"


class NotFound(ClaimlineError):
    code = "E300"


class ProfileError(ClaimlineError):
    code = "E400"


class GazetteerError(ClaimlineError):
    code = "E500"


__all__ = [
    "BinaryInput",
    "ClaimlineError",
    "DecodeError",
    "EmptyInput",
    "GazetteerError",
    "InputError",
    "MalformedRecord",
    "MigrationError",
    "NoContent",
    "NotFound",
    "ProfileError",
    "StoreError",
    "TooLarge",
]
