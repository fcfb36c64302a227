"""The input journal: every input of every run and how it ended.

An input ends as ``ingested``, ``duplicate``, ``updated``, ``skipped`` or ``rejected``,
with its file, its line (JSON Lines) and a reason. ``marquee inputs`` lists it.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from marquee.kb.models import InputRow

OUTCOMES = ("ingested", "duplicate", "updated", "skipped", "rejected")
_LINE = re.compile(r"^(?P<file>.+):(?P<line>\d+)$")


def split_source(source: str) -> tuple[str, int | None]:
    """``"a.jsonl:12"`` -> ``("a.jsonl", 12)``; a plain path has no line."""
    match = _LINE.match(source)
    return (match["file"], int(match["line"])) if match else (source, None)


def new_run() -> str:
    """An id for one run of a command (a sortable time, then random digits)."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class Entry:
    """How one input ended."""

    outcome: str
    source: str  # "path" or "path:line", as the reader named it
    doc_id: str | None = None
    reason: str | None = None
    text_hash: str | None = None
    previous_hash: str | None = None

    def __post_init__(self) -> None:
        if self.outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {self.outcome!r}")

    def row(self, run: str, at: datetime | None = None) -> InputRow:
        file, line = split_source(self.source)
        return InputRow(
            run=run, recorded_at=at or datetime.now(UTC).replace(tzinfo=None),
            file=file[:1024], line=line, doc_id=self.doc_id, outcome=self.outcome,
            reason=self.reason, text_hash=self.text_hash, previous_hash=self.previous_hash,
        )


def record(session: Session, run: str, entries: Iterable[Entry]) -> None:
    """Add the entries to the journal (the caller commits)."""
    session.add_all(entry.row(run) for entry in entries)


def list_inputs(
    session: Session, *, rejected: bool = False, run: str | None = None
) -> Sequence[InputRow]:
    """The journal, oldest first; only rejections with ``rejected``; one run with ``run``."""
    query = select(InputRow).order_by(InputRow.id)
    if rejected:
        query = query.where(InputRow.outcome == "rejected")
    if run is not None:
        query = query.where(InputRow.run == run)
    return session.scalars(query).all()


def last_run(session: Session) -> str | None:
    """The run of the newest entry."""
    return session.scalar(select(InputRow.run).order_by(InputRow.id.desc()).limit(1))


def as_dict(row: InputRow) -> dict[str, Any]:
    return {
        "run": row.run, "recorded_at": row.recorded_at.isoformat(timespec="seconds"),
        "file": row.file, "line": row.line, "doc": row.doc_id, "outcome": row.outcome,
        "reason": row.reason, "text_hash": row.text_hash, "previous_hash": row.previous_hash,
    }
