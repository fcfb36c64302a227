"""One-line errors for commands that open a knowledge base (no command of its own)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from marquee.kb.db import sqlite_path


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
        typer.echo(f"bad database URL {url!r}: {exc}", err=True)
        raise typer.Exit(1) from None
    if path is not None and not path.exists():
        typer.echo(f"no knowledge base at {shown(url)}", err=True)
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
