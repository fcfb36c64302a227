"""Engines and migrations: open any SQLAlchemy URL and bring its schema to the latest revision.

SQLite runs in WAL mode (a reader never waits for a writer) with a busy timeout (a second
writer waits for the first instead of failing). Writers, migrations included, take the
database's write lock (``lock_for_writing``) first, so two processes opening one new
database at once migrate it once and two ingests never interleave; an up-to-date
database is only read, never locked, so opening it costs a reader nothing.
"""

from __future__ import annotations

import os
import sqlite3
import time
from functools import partial
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from marquee.config import SettingError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
DEFAULT_BUSY_TIMEOUT_S = 60.0
WAL_RETRY_S = 0.01  # between two tries to switch a new SQLite file to WAL
# The newest migration's revision (tests keep it equal to Alembic's head): an up-to-date
# database is recognised without loading Alembic.
SCHEMA_HEAD = "0004"
WRITE_LOCK_KEY = 0x6D617271  # "marq": the PostgreSQL advisory lock of a KB's single writer
URLS_ALLOWED = (
    "sqlite:///PATH (a file in a writable folder) or postgresql+psycopg://USER@HOST/DATABASE "
    "(postgresql:// means the same; needs the postgres extra: pip install 'marquee[postgres]')"
)


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None (another backend, or in memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def engine_url(url: str) -> URL:
    """``url`` as SQLAlchemy opens it: a bare ``postgresql://`` uses psycopg 3."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def check_url(url: str, setting: str = "--db", *, write: bool = False) -> str:
    """``url`` when Marquee can open it (and, with ``write``, create or change it);
    otherwise SettingError, before anything touches the disk."""
    try:
        parsed = engine_url(url)
    except ArgumentError:
        raise SettingError(setting, url, "not a database URL", URLS_ALLOWED) from None
    url_shown = make_url(url).render_as_string(hide_password=True)  # errors never show it
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        path = sqlite_path(url)
        if path is not None and write:
            _check_writable(path, setting, url_shown)
    elif parsed.drivername == "postgresql+psycopg":
        if find_spec("psycopg") is None:
            raise SettingError(setting, url_shown, "psycopg is not installed", URLS_ALLOWED)
    else:
        raise SettingError(setting, url_shown, f"unsupported database {parsed.drivername!r}",
                           URLS_ALLOWED)
    return url


def _check_writable(path: Path, setting: str, url: str) -> None:
    """A SQLite file can be written (WAL adds files beside it) or created where it is."""
    if path.is_dir():
        raise SettingError(setting, url, f"{path} is a folder", URLS_ALLOWED)
    folder = path.parent if str(path.parent) else Path(".")
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise SettingError(setting, url, f"{folder} is not a folder", URLS_ALLOWED)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SettingError(setting, url, f"the folder {folder} is not writable", URLS_ALLOWED)
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise SettingError(setting, url, f"{path} is not writable", URLS_ALLOWED)


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
    parsed = engine_url(url)
    engine = create_engine(parsed, pool_pre_ping=parsed.get_backend_name() != "sqlite")
    if engine.dialect.name == "sqlite":
        pragmas = partial(_sqlite_pragmas, busy_timeout_ms=int(busy_timeout_s * 1000))
        event.listen(engine, "connect", pragmas)
    return engine


def alembic_config(url: str) -> Config:
    """An Alembic config that points at the migrations shipped inside the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _engine_config(engine: Engine) -> Config:
    return alembic_config(engine.url.render_as_string(hide_password=False))


def migration_heads() -> set[str]:
    """The newest revisions of the shipped migrations, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    """The revisions ``engine``'s database is at (none for an empty database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return set()
        rows = connection.execute(text("SELECT version_num FROM alembic_version"))
        return {row[0] for row in rows}


def needs_upgrade(engine: Engine) -> bool:
    """Whether ``engine``'s database is not at ``SCHEMA_HEAD`` (a read, no lock; Alembic
    itself loads only when there is something to migrate)."""
    return current_revisions(engine) != {SCHEMA_HEAD}


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
    from alembic import command

    cfg = _engine_config(engine)
    with engine.begin() as connection:
        lock_for_writing(connection)
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
