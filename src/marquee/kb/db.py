"""Engines and migrations: open any SQLAlchemy URL and bring its schema to the latest revision.

SQLite runs in WAL mode (a reader never waits for a writer) with a busy timeout (a second
writer waits for the first instead of failing). Writers, migrations included, take the
database's write lock (``lock_for_writing``) first, so two processes opening one new
database at once migrate it once and two ingests never interleave; an up-to-date
database is only read, never locked, so opening it costs a reader nothing.
"""

from __future__ import annotations

import sqlite3
import time
from functools import partial
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
DEFAULT_BUSY_TIMEOUT_S = 60.0
WAL_RETRY_S = 0.01  # between two tries to switch a new SQLite file to WAL
WRITE_LOCK_KEY = 0x6D617271  # "marq": the PostgreSQL advisory lock of a KB's single writer


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None (another backend, or in memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def _enable_wal(cursor: sqlite3.Cursor, busy_timeout_ms: int) -> None:
    """Put the file in WAL mode (it stays so: only its first connections change it).

    The change needs the file to itself, and when two new connections try at once
    SQLite fails one at once instead of calling its busy handler; so it is retried
    until the busy timeout.
    """
    if cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
        return
    deadline = time.monotonic() + busy_timeout_ms / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(WAL_RETRY_S)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any, busy_timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms:d}")  # first: WAL may need to wait
    cursor.execute("PRAGMA foreign_keys=ON")
    _enable_wal(cursor, busy_timeout_ms)
    cursor.close()


def make_engine(url: str, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> Engine:
    """An engine for ``url``.

    SQLite gets its parent folder, foreign keys, WAL mode and a busy timeout of
    ``busy_timeout_s`` seconds (how long a writer waits for another one).
    """
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, pool_pre_ping=make_url(url).get_backend_name() != "sqlite")
    if engine.dialect.name == "sqlite":
        pragmas = partial(_sqlite_pragmas, busy_timeout_ms=int(busy_timeout_s * 1000))
        event.listen(engine, "connect", pragmas)
    return engine


def alembic_config(url: str) -> Config:
    """An Alembic config that points at the migrations shipped inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _engine_config(engine: Engine) -> Config:
    return alembic_config(engine.url.render_as_string(hide_password=False))


def needs_upgrade(engine: Engine) -> bool:
    """Whether ``engine``'s database is not at the latest revision (a read, no lock)."""
    heads = set(ScriptDirectory.from_config(_engine_config(engine)).get_heads())
    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads()) != heads


def lock_for_writing(connection: Connection) -> None:
    """Make ``connection``'s transaction the database's only writer until it ends.

    Resolution and duplicate grouping read, decide, then write; with one writer at a
    time they never decide on a state another writer is changing. PostgreSQL takes a
    transaction-scoped advisory lock (readers are not blocked); SQLite begins the
    transaction IMMEDIATE (its write lock; WAL readers go on). Call it first in a
    transaction; others wait for the lock (SQLite: up to the busy timeout).
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})
    elif connection.dialect.name == "sqlite":
        if not connection.connection.driver_connection.in_transaction:  # type: ignore[union-attr]
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` on ``engine``'s database.

    Nothing is locked when the database is already at head; otherwise the write lock is
    taken first, and Alembic reads the current revision under it, so concurrent
    openers wait and then find the work done.
    """
    if revision == "head" and not needs_upgrade(engine):
        return
    cfg = _engine_config(engine)
    with engine.begin() as connection:
        lock_for_writing(connection)
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
