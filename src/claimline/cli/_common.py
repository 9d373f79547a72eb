"""Shared pieces of the CLI: the root group, options, exit codes, output."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from claimline.errors import ClaimlineError, InputError, NotFound, StoreError
from claimline.model import to_dict

#: Exit codes scripts can rely on.
EXIT_OK = 0
EXIT_ERROR = 1  # an unexpected failure
EXIT_USAGE = 2  # bad command line (click's own code)
EXIT_PARTIAL = 3  # the command ran, but some inputs were rejected
EXIT_NOT_FOUND = 4  # the id, place or document asked for does not exist
EXIT_STORE = 5  # the store could not be opened or written
EXIT_INPUT = 6  # no input could be read at all

F = TypeVar("F", bound=Callable[..., Any])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimline")
@click.option(
    "--db",
    envvar="CLAIMLINE_DB",
    type=click.Path(dir_okay=False),
    default=None,
    help="SQLite file to use (env CLAIMLINE_DB; default: ./claimline.db if present, "
    "else the user data folder).",
)
@click.pass_context
def main(ctx: click.Context, db: str | None) -> None:
    """claimline: a claim ledger and control timelines from conflict news.

    Exit codes: 0 ok, 1 error, 2 usage, 3 some inputs rejected,
    4 not found, 5 store error, 6 no input readable.
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db


def open_store(ctx: click.Context):  # type: ignore[no-untyped-def]
    from claimline.store import open_store as _open

    return _open(ctx.obj.get("db") if ctx.obj else None)


def handle_errors(fn: F) -> F:
    """Turn library exceptions into a message with a hint and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except NotFound as exc:
            _fail(exc, EXIT_NOT_FOUND)
        except StoreError as exc:
            _fail(exc, EXIT_STORE)
        except InputError as exc:
            _fail(exc, EXIT_INPUT)
        except ClaimlineError as exc:
            _fail(exc, EXIT_ERROR)

    return wrapper  # type: ignore[return-value]


def _fail(exc: ClaimlineError, code: int) -> None:
    click.echo(f"Error: {exc}", err=True)
    if exc.hint:
        click.echo(f"Hint: {exc.hint}", err=True)
    sys.exit(code)


def echo_json(data: Any) -> None:
    click.echo(json.dumps(to_dict(data), ensure_ascii=False, indent=2))


def echo_jsonl(record: Any) -> None:
    click.echo(json.dumps(to_dict(record), ensure_ascii=False))
