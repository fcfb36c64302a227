"""Opening the knowledge base for a command: the ``--db`` option and one-line errors.

Every command that reads or writes the knowledge base goes through ``open_kb`` (no
command of its own lives here), so they all fail the same way: ``error: ...`` on one
line of stderr and exit status 1, the password never shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from marquee.config import Settings
from marquee.kb import KnowledgeBase
from marquee.kb.db import sqlite_path

DbOption = Annotated[
    str | None, typer.Option("--db", help="Knowledge base URL (default: $MARQUEE_DB).")
]


def db_url(db: str | None) -> str:
    """The ``--db`` URL, else ``$MARQUEE_DB``, else the default SQLite file."""
    return db or Settings.from_env().db_url


def shown(url: str) -> str:
    """``url`` without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def require_existing(url: str) -> None:
    """Exit with a message when ``url`` is a SQLite file that does not exist."""
    try:
        path = sqlite_path(url)
    except ArgumentError as exc:
        typer.echo(f"error: bad database URL {url!r}: {exc}", err=True)
        raise typer.Exit(1) from None
    if path is not None and not path.exists():
        typer.echo(f"error: no knowledge base at {shown(url)} (run `marquee ingest`)", err=True)
        raise typer.Exit(1)


@contextmanager
def kb_errors(url: str) -> Iterator[None]:
    """Turn a database failure into ``error: ...`` on one line and exit status 1."""
    try:
        yield
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        typer.echo(f"error: knowledge base at {shown(url)}: {reason}", err=True)
        raise typer.Exit(1) from None


@contextmanager
def open_kb(db: str | None) -> Iterator[KnowledgeBase]:
    """The existing knowledge base ``--db`` names, with one-line errors."""
    url = db_url(db)
    require_existing(url)
    with kb_errors(url), KnowledgeBase(url) as kb:
        yield kb
