"""Why entities are what they are, and how a user undoes a wrong merge.

``explain`` lists an entity's aliases with the rule, detail and document that merged
each one (``marquee why``); ``split_alias`` moves an alias and the facts written with
it to an entity of its own and records the split, so the resolver never merges that
alias back (``marquee split``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from marquee.kb.groups import rebuild
from marquee.kb.kinds import KINDS
from marquee.kb.models import Alias, Entity, EvidenceRow, FactRow, SplitRow
from marquee.kb.normalise import entity_key, norm_name, strip_possessive
from marquee.kb.resolve import clean

# The fact fields that hold an entity's name, per the entity's role in the fact.
WORK_FIELDS = ("work", "title")
SUBJECT_FIELDS = ("person", "company", "speaker", "author")


class ExplainError(Exception):
    """A one-line reason why an entity or alias cannot be explained or split."""


@dataclass(frozen=True)
class AliasLine:
    alias: str
    rule: str
    detail: str
    doc_id: str | None


@dataclass(frozen=True)
class SplitLine:
    alias: str
    from_entity: str
    to_entity: str
    created_at: datetime


@dataclass
class Explanation:
    """An entity, the aliases that make it up with their evidence, and its splits."""

    id: int
    kind: str
    name: str
    work_kind: str | None
    facts: int
    documents: int
    aliases: list[AliasLine] = field(default_factory=list)
    splits: list[SplitLine] = field(default_factory=list)


@dataclass(frozen=True)
class SplitResult:
    alias: str
    source: Entity
    target: Entity
    facts_moved: int


def find_entities(session: Session, name: str, kind: str | None = None) -> list[Entity]:
    """Entities with ``name`` as an alias: exactly, else by their kind's resolution key."""
    cleaned = clean(name)
    if cleaned is None:
        return []
    kinds = [kind] if kind else list(KINDS)
    exact = select(Entity).join(Alias).where(Alias.alias == cleaned, Entity.kind.in_(kinds))
    found = list(dict.fromkeys(session.scalars(exact.order_by(Entity.id))))
    if found:
        return found
    keyed = [(Entity.kind == k) & (Alias.norm_alias == entity_key(k, cleaned)) for k in kinds]
    query = select(Entity).join(Alias).where(or_(*keyed)).order_by(Entity.id)
    return list(dict.fromkeys(session.scalars(query)))


def explain(session: Session, name: str, kind: str | None = None) -> list[Explanation]:
    """An explanation of each entity ``name`` stands for."""
    return [_explain(session, entity) for entity in find_entities(session, name, kind)]


def _explain(session: Session, entity: Entity) -> Explanation:
    involved = or_(FactRow.work_entity_id == entity.id, FactRow.subject_entity_id == entity.id)
    facts = session.scalar(select(func.count()).select_from(FactRow).where(involved)) or 0
    own = select(FactRow.doc_id).where(involved)
    copies = select(EvidenceRow.doc_id).join(FactRow).where(involved)
    documents = session.scalar(
        select(func.count()).select_from(own.union(copies).subquery())
    ) or 0
    aliases = session.scalars(
        select(Alias).where(Alias.entity_id == entity.id).order_by(Alias.id)
    ).all()
    result = Explanation(
        id=entity.id,
        kind=entity.kind,
        name=entity.name,
        work_kind=entity.work_kind,
        facts=facts,
        documents=documents,
        aliases=[
            AliasLine(a.alias, a.rule or "recorded before merge evidence", a.detail or "", a.doc_id)
            for a in aliases
        ],
    )
    splits = session.scalars(
        select(SplitRow)
        .where(or_(SplitRow.from_entity_id == entity.id, SplitRow.to_entity_id == entity.id))
        .order_by(SplitRow.id)
    ).all()
    for split in splits:
        source, target = session.get(Entity, split.from_entity_id), session.get(
            Entity, split.to_entity_id
        )
        result.splits.append(
            SplitLine(
                split.alias,
                source.name if source else "?",
                target.name if target else "?",
                split.created_at,
            )
        )
    return result


def _one_entity(session: Session, name: str, kind: str | None) -> Entity:
    found = find_entities(session, name, kind)
    if not found:
        raise ExplainError(f"no entity called {name!r}")
    if len(found) > 1:
        listed = ", ".join(f"{e.name} ({e.kind}{'/' + e.work_kind if e.work_kind else ''}, "
                           f"#{e.id})" for e in found)
        raise ExplainError(f"{name!r} names {len(found)} entities: {listed}; give --kind or --id")
    return found[0]


def _the_alias(entity: Entity, alias: str) -> Alias:
    wanted = clean(alias) or ""
    exact = [a for a in entity.aliases if a.alias == wanted]
    close = [a for a in entity.aliases if norm_name(a.alias) == norm_name(wanted)]
    found = exact or close
    if not found:
        known = ", ".join(sorted(a.alias for a in entity.aliases))
        raise ExplainError(f"{entity.name} has no alias {alias!r} (aliases: {known})")
    if len(entity.aliases) < 2:
        raise ExplainError(f"{alias!r} is the only alias of {entity.name}: nothing to split")
    return found[0]


def _written_as(row: FactRow, names: Sequence[str], fields: Sequence[str]) -> bool:
    """Whether one of the fact's ``fields`` writes one of ``names`` (a person's possessive
    aside, as the resolver stores names)."""
    for field_name in fields:
        value = clean(str(row.fields.get(field_name) or ""))
        if value is not None and (value in names or strip_possessive(value) in names):
            return True
    return False


def split_alias(
    session: Session,
    name: str,
    alias: str,
    kind: str | None = None,
    entity_id: int | None = None,
) -> SplitResult:
    """Move ``alias`` of the entity called ``name`` to a new entity, with its facts.

    The caller commits. The new entity keeps the alias (rule ``split``); a ``splits``
    row stops the resolver from merging the alias back on later ingests.
    """
    source = session.get(Entity, entity_id) if entity_id else _one_entity(session, name, kind)
    if source is None:
        raise ExplainError(f"no entity #{entity_id}")
    moving = _the_alias(source, alias)
    target = Entity(
        kind=source.kind,
        name=moving.alias,
        norm_name=norm_name(moving.alias),
        work_kind=source.work_kind,
    )
    session.add(target)
    moving.entity = target
    moving.rule = "split"
    moving.detail = f"split from {source.name} (#{source.id}) by the user"
    session.flush()
    session.add(
        SplitRow(
            kind=source.kind,
            alias=moving.alias,
            norm_alias=entity_key(source.kind, moving.alias),
            from_entity_id=source.id,
            to_entity_id=target.id,
            created_at=datetime.now(UTC).replace(tzinfo=None),
        )
    )
    moved = _move_facts(session, source, target, moving.alias)
    if source.kind == "work":  # the facts' groups follow them to the new work
        session.flush()
        rebuild(session.connection(), {source.id, target.id})
    return SplitResult(moving.alias, source, target, moved)


def _move_facts(session: Session, source: Entity, target: Entity, alias: str) -> int:
    """Point the facts that wrote ``source`` as ``alias`` at ``target``; how many moved."""
    names = [alias]
    moved = 0
    as_work = session.scalars(select(FactRow).where(FactRow.work_entity_id == source.id)).all()
    for row in as_work:
        if _written_as(row, names, WORK_FIELDS):
            row.work_entity_id = target.id
            moved += 1
    as_subject = session.scalars(
        select(FactRow).where(FactRow.subject_entity_id == source.id)
    ).all()
    for row in as_subject:
        if _written_as(row, names, SUBJECT_FIELDS):
            row.subject_entity_id = target.id
            moved += 1
    return moved
