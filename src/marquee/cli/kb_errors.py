"""Opening the knowledge base for a command: the ``--db`` option and one-line errors.

Every command that reads or writes the knowledge base goes through ``open_kb`` (no
command of its own lives here), so they all fail the same way: ``error: ...`` on one
line of stderr, the password never shown; exit status 2 for a URL that cannot work
(checked before anything is created), 1 for a database that fails.

The database modules load inside these functions, so a command's ``--help`` is quick.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

from marquee.cli.inert import inert
from marquee.config import DB_ENV, Settings

if TYPE_CHECKING:
    from marquee.kb import KnowledgeBase

DbOption = Annotated[
    str | None, typer.Option("--db", help="Knowledge base URL (default: $MARQUEE_DB).")
]


def db_setting(db: str | None) -> str:
    """Where the URL comes from, as an error names it."""
    return "--db" if db else DB_ENV if os.environ.get(DB_ENV) else "the default database"


def db_url(db: str | None, *, write: bool = False) -> str:
    """The ``--db`` URL, else ``$MARQUEE_DB``, else the default SQLite file; checked
    (SettingError names the setting and what is allowed)."""
    from marquee.kb.db import check_url

    url = db or Settings.from_env().db_url
    return check_url(url, db_setting(db), write=write)


def shown(url: str) -> str:
    """``url`` without its password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def require_existing(url: str) -> None:
    """Exit with a message when ``url`` is a SQLite file that does not exist."""
    from marquee.kb.db import sqlite_path

    path = sqlite_path(url)
    if path is not None and not path.exists():
        typer.echo(f"error: no knowledge base at {inert(shown(url))} (run `marquee ingest`)",
                   err=True)
        raise typer.Exit(1)


@contextmanager
def kb_errors(url: str) -> Iterator[None]:
    """Turn a database failure into ``error: ...`` on one line and exit status 1."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        yield
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        typer.echo(f"error: knowledge base at {inert(shown(url))}: {inert(reason)}", err=True)
        raise typer.Exit(1) from None


@contextmanager
def open_kb(db: str | None, *, write: bool = False) -> Iterator[KnowledgeBase]:
    """The knowledge base ``--db`` names, with one-line errors; unless ``write``, it must
    exist already."""
    from marquee.kb import KnowledgeBase

    url = db_url(db, write=write)
    if not write:
        require_existing(url)
    with kb_errors(url), KnowledgeBase(url) as kb:
        yield kb
