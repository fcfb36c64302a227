"""Counts over the whole knowledge base (``marquee stats``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from marquee.kb.conflicts import find_conflicts
from marquee.kb.models import Alias, DocumentRow, Entity, EvidenceRow, FactRow, SplitRow


def _grouped(session: Session, column: Any, *where: Any) -> dict[str, int]:
    query = select(column, func.count()).where(*where).group_by(column).order_by(column)
    return {str(key): count for key, count in session.execute(query)}


def kb_stats(session: Session) -> dict[str, Any]:
    """Documents (and near-duplicates), entities by kind, facts by type, conflicts."""

    def count(query: Any) -> int:
        return session.scalar(query) or 0

    copies = DocumentRow.duplicate_of.is_not(None)
    return {
        "documents": count(select(func.count()).select_from(DocumentRow)),
        "near_duplicates": count(select(func.count()).select_from(DocumentRow).where(copies)),
        "duplicate_groups": count(select(func.count(func.distinct(DocumentRow.duplicate_of)))),
        "entities": _grouped(session, Entity.kind),
        "works": _grouped(session, Entity.work_kind, Entity.kind == "work"),
        "aliases": count(select(func.count()).select_from(Alias)),
        "splits": count(select(func.count()).select_from(SplitRow)),
        "facts": _grouped(session, FactRow.type),
        "evidence": count(select(func.count()).select_from(EvidenceRow)),
        "conflicts": len(find_conflicts(session)),
    }
