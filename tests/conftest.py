"""Shared fixtures: a fresh knowledge-base URL on every backend the machine offers."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

PG_ENV = "MARQUEE_TEST_PG"
PG_PREFIX = "marquee_test_"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Engine]:
    """An AUTOCOMMIT engine on the server named by ``MARQUEE_TEST_PG``.

    Unset: the test skips with a message. Set but unreachable: the test fails, so CI
    never passes by silently skipping PostgreSQL.
    """
    server = os.environ.get(PG_ENV)
    if not server:
        pytest.skip(f"PostgreSQL not tested: set {PG_ENV} to a server URL (.ci/run starts one)")
    shown = make_url(server).render_as_string(hide_password=True)
    engine = create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    problem = ""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as exc:
        problem = str(exc.orig).splitlines()[0]
    if problem:
        engine.dispose()
        pytest.fail(f"{PG_ENV}={shown} but the server is unreachable: {problem}", pytrace=False)
    yield engine
    engine.dispose()


def fresh_pg_database(server: Engine) -> URL:
    """Create a uniquely named empty database on ``server``; its URL."""
    name = PG_PREFIX + uuid.uuid4().hex
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    return server.url.set(database=name)


def drop_pg_database(server: Engine, url: URL) -> None:
    """Drop the database at ``url``, closing any connection a test left open."""
    with server.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", "postgresql"])
def kb_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty knowledge base: SQLite always, PostgreSQL when a server is given.

    PostgreSQL runs when ``MARQUEE_TEST_PG`` names a server (``.ci/run`` starts one): each
    test gets a database of its own, dropped afterwards. Without it those cases skip.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'kb.db'}"
        return
    server: Engine = request.getfixturevalue("pg_server")
    url = fresh_pg_database(server)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        drop_pg_database(server, url)
