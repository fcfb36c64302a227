"""Entity resolution: the same normalised name of the same kind is the same entity."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from marquee.extract.records import Company, Credit, Fact, Post, Quote, Work
from marquee.kb.models import Alias, Entity
from marquee.kb.normalise import norm_name


def work_title(fact: Fact) -> str | None:
    """The work a fact is about: a Work's title, or the ``work`` field of the others."""
    if isinstance(fact, Work):
        return fact.title
    value = getattr(fact, "work", None)
    return value if isinstance(value, str) and value.strip() else None


class EntityResolver:
    """Get-or-create entities (and an alias per surface form) within one session."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._entities: dict[tuple[str, str], Entity] = {}
        self._aliases: set[tuple[str, str, str]] = set()

    def find(self, kind: str, name: str) -> Entity | None:
        key = (kind, norm_name(name))
        if key not in self._entities:
            found = self.session.scalar(
                select(Entity).where(Entity.kind == kind, Entity.norm_name == key[1])
            )
            if found is None:
                return None
            self._entities[key] = found
        return self._entities[key]

    def resolve(self, kind: str, name: str | None) -> Entity | None:
        """The entity of ``kind`` written ``name``, created if new; None for an empty name."""
        if name is None:
            return None
        name = " ".join(name.split())
        norm = norm_name(name)
        if not norm:
            return None
        entity = self.find(kind, name)
        if entity is None:
            entity = Entity(kind=kind, name=name, norm_name=norm)
            self.session.add(entity)
            self._entities[(kind, norm)] = entity
        self._add_alias(entity, kind, name)
        return entity

    def speaker(self, name: str | None) -> Entity | None:
        """A quote's speaker or a post's author: a known company, else a person."""
        if name is not None and self.find("company", name) is not None:
            return self.resolve("company", name)
        return self.resolve("person", name)

    def work(self, fact: Fact) -> Entity | None:
        return self.resolve("work", work_title(fact))

    def subject(self, fact: Fact) -> Entity | None:
        """The person or company a fact is about, if any."""
        if isinstance(fact, Credit):
            return self.resolve("person", fact.person)
        if isinstance(fact, Company):
            return self.resolve("company", fact.company)
        if isinstance(fact, Quote):
            return self.speaker(fact.speaker)
        if isinstance(fact, Post):
            return self.speaker(fact.author)
        return None

    def _add_alias(self, entity: Entity, kind: str, name: str) -> None:
        key = (kind, entity.norm_name, name)
        if key in self._aliases:
            return
        self._aliases.add(key)
        exists = entity.id is not None and self.session.scalar(
            select(Alias.id).where(Alias.entity_id == entity.id, Alias.alias == name)
        )
        if not exists:
            self.session.add(Alias(entity=entity, alias=name, norm_alias=entity.norm_name))
