"""Entity resolution: which stored entity a name in a document stands for, and why.

Rules, tried in order (each merge is recorded on the new alias with its rule, a
detail and the document, so ``marquee why`` can explain it):

1. ``same name``: the exact surface form is already an alias of an entity.
2. ``same spelling`` / ``title variant`` / ``company alias``: the kind's key
   (``marquee.kb.normalise.entity_key``) matches an alias: case, accents, hyphens and
   punctuation for everyone; a leading article, quotes or an owner's possessive for
   works; ``BBC1`` = ``BBC One`` and the known alias groups for companies.
3. ``spelling variant`` / ``short first name`` (people only): a close rapidfuzz match
   on the whole name and on both first name and surname, or the same surname with a
   first name that begins the other (Matt ~ Matthew); *and* shared context: the
   candidate is already credited on a work this document is about.
4. ``first mention``: a new entity.

Works of different kinds (a series and a film of one title) never merge; an unknown
kind joins the one that shares people with the document (else the first), and a known
kind upgrades an unknown entity. A bare surname takes
the full name of the one person with that surname in the same document. A user's
split (``splits`` table) forbids the key and fuzzy rules to merge the alias back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from marquee.extract.records import Company, Credit, Fact, Post, Quote, Work
from marquee.kb.models import Alias, Entity, FactRow, SplitRow
from marquee.kb.normalise import (
    KNOWN_OWNERS,
    company_key,
    entity_key,
    norm_name,
    person_key,
    plain_company_key,
    possessive_owner,
    strip_possessive,
    work_key,
)

UNKNOWN_KINDS = (None, "unknown")
FIRST_MENTION = "first mention"
MIN_SHORT_NAME = 3  # "Matt" may stand for "Matthew"; "Ma" stands for nobody
SAME_NAME = "same name"
SHORT_FIRST_NAME = "short first name"


@dataclass(frozen=True)
class ResolutionSettings:
    """Thresholds of the fuzzy person rule (rapidfuzz ``ratio``, 0-100)."""

    person_ratio: float = 90.0  # the whole normalised name
    first_name_ratio: float = 75.0  # Jon ~ John
    surname_ratio: float = 85.0  # Harington ~ Harrington


@dataclass(frozen=True)
class Match:
    entity: Entity
    rule: str
    detail: str = ""


def work_title(fact: Fact) -> str | None:
    """The work a fact is about: a Work's title, or the ``work`` field of the others."""
    if isinstance(fact, Work):
        return fact.title
    value = getattr(fact, "work", None)
    return value if isinstance(value, str) and value.strip() else None


def clean(name: str | None) -> str | None:
    """``name`` with its spaces collapsed; None when nothing of it is left to normalise."""
    if name is None:
        return None
    name = " ".join(name.split())
    return name if norm_name(name) else None


def work_kinds(
    facts: Iterable[Fact], key_of: Callable[[str], str] = work_key
) -> dict[str, str]:
    """The kind of each work (by its key) a document states; a season means a series."""
    kinds: dict[str, str] = {}
    for fact in facts:
        title = clean(work_title(fact))
        if title is None:
            continue
        key = key_of(title)
        if isinstance(fact, Work) and fact.kind not in UNKNOWN_KINDS:
            kinds[key] = fact.kind
        elif getattr(fact, "season", None) is not None:
            kinds.setdefault(key, "series")
    return kinds


def _compatible(entity: Entity, work_kind: str | None) -> bool:
    return work_kind in UNKNOWN_KINDS or entity.work_kind in (*UNKNOWN_KINDS, work_kind)


def _rank(entity: Entity, work_kind: str | None) -> tuple[int, int]:
    same = work_kind not in UNKNOWN_KINDS and entity.work_kind == work_kind
    return (0 if same else 1, entity.id or 0)


def variant_rule(kind: str, name: str, alias: str) -> tuple[str, str]:
    """The rule, and its detail, that makes ``name`` and a stored ``alias`` one key."""
    if norm_name(name) == norm_name(alias):
        detail = f"'{name}' = '{alias}' ignoring case, accents, punctuation and hyphens"
        return "same spelling", detail
    if kind == "work":
        detail = f"'{name}' = '{alias}' ignoring a leading article, quotes and an owner's 's"
        return "title variant", detail
    if kind == "company" and plain_company_key(name) == plain_company_key(alias):
        detail = f"'{name}' = '{alias}' with numbers as words and '+' as 'plus'"
        return "same spelling", detail
    if kind == "company":
        return "company alias", f"'{name}' and '{alias}' name one network or company"
    detail = f"'{name}' = '{alias}' ignoring case, accents, punctuation and a possessive 's"
    return "same spelling", detail


def _digits(words: list[str]) -> str:
    return "".join(c for word in words for c in word if c.isdigit())


class EntityResolver:
    """Get-or-create entities within one session, for the facts of one document."""

    def __init__(
        self,
        session: Session,
        doc_id: str | None = None,
        settings: ResolutionSettings | None = None,
    ) -> None:
        self.session = session
        self.doc_id = doc_id
        self.settings = settings or ResolutionSettings()
        self._cache: dict[tuple[str, str, str | None], Entity] = {}
        self._kinds: dict[str, str] = {}
        self._surnames: dict[str, set[str]] = {}
        self._context: set[int] = set()
        self._people: set[str] = set()  # person keys this document names
        self._owners: frozenset[str] = KNOWN_OWNERS  # companies whose 's a title may drop
        self._seen: set[int] = set()  # entities this document names by a known alias

    # -- the document ------------------------------------------------------------------

    def prepare(self, facts: Sequence[Fact]) -> None:
        """Read a document's facts first: companies, full names, then works with their kinds."""
        self._owners = KNOWN_OWNERS | {
            company_key(f.company) for f in facts if isinstance(f, Company) and f.company
        }
        for fact in facts:
            if isinstance(fact, Company):
                self.resolve("company", fact.company)
        self._kinds = work_kinds(facts, self.work_key)
        self._surnames = {}
        self._people = set()
        for fact in facts:
            for name in self._person_names(fact):
                words = person_key(name).split()
                self._people.add(" ".join(words))
                if len(words) > 1:
                    self._surnames.setdefault(words[-1], set()).add(name)
        works = [self.work(fact) for fact in facts]
        self.session.flush()
        self._context = {w.id for w in works if w is not None and w.id is not None}

    def _person_names(self, fact: Fact) -> list[str]:
        if isinstance(fact, Credit):
            names = [fact.person]
        elif isinstance(fact, Quote):
            names = [fact.speaker]
        elif isinstance(fact, Post):
            names = [fact.author] if fact.author else []
        else:
            names = []
        return [n for n in map(clean, names) if n and self.find("company", n) is None]

    # -- keys --------------------------------------------------------------------------

    def key(self, kind: str, name: str) -> str:
        return self.work_key(name) if kind == "work" else entity_key(kind, name)

    def work_key(self, title: str) -> str:
        """``work_key``, where an owner's possessive may also name a company of this
        document or of the knowledge base (``Channel Alpha's Foo`` = ``Foo``)."""
        owner = possessive_owner(title)
        if owner is None or owner in self._owners:
            return work_key(title, self._owners)
        stored = select(Alias.id).join(Entity).where(
            Entity.kind == "company", Alias.norm_alias == owner
        )
        if self.session.scalar(stored.limit(1)) is not None:
            self._owners = self._owners | {owner}
        return work_key(title, self._owners)

    # -- lookups -----------------------------------------------------------------------

    def find(self, kind: str, name: str, work_kind: str | None = None) -> Entity | None:
        """The stored entity ``name`` resolves to (no new entity, no new alias)."""
        cleaned = clean(name)
        if cleaned is None:
            return None
        cached = self._cache.get((kind, cleaned, work_kind))
        if cached is not None:
            return cached
        match = self._match(kind, cleaned, work_kind)
        return match.entity if match else None

    def resolve(self, kind: str, name: str | None, work_kind: str | None = None) -> Entity | None:
        """The entity of ``kind`` written ``name``, created if new; None for an empty name."""
        cleaned = clean(name)
        if cleaned is None:
            return None
        if kind == "work" and work_kind in UNKNOWN_KINDS:
            work_kind = self._kinds.get(self.work_key(cleaned))
        cache_key = (kind, cleaned, work_kind)
        if cache_key in self._cache:
            return self._cache[cache_key]
        if kind == "person":
            cleaned = strip_possessive(cleaned) or cleaned
        if kind == "person" and len(person_key(cleaned).split()) == 1:
            full = self._surnames.get(person_key(cleaned), set())
            if len(full) > 1:
                return None  # which of two people with this surname: unknown
            if full:
                entity = self.resolve("person", next(iter(full)))
                if entity is not None:
                    self._cache[cache_key] = entity
                return entity
        match = self._match(kind, cleaned, work_kind)
        if match is None:
            entity = Entity(
                kind=kind,
                name=cleaned,
                norm_name=norm_name(cleaned),
                work_kind=(work_kind or "unknown") if kind == "work" else None,
            )
            self.session.add(entity)
            match = Match(entity, FIRST_MENTION)
        entity = match.entity
        if match.rule == SHORT_FIRST_NAME and len(cleaned) > len(entity.name):
            entity.name, entity.norm_name = cleaned, norm_name(cleaned)  # the fullest form
        if kind == "work" and entity.work_kind in UNKNOWN_KINDS and work_kind:
            entity.work_kind = work_kind
        if match.rule != SAME_NAME:
            self._add_alias(entity, kind, cleaned, match)
        if entity.id is not None and match.rule in (SAME_NAME, "same spelling"):
            self._seen.add(entity.id)
        self._cache[cache_key] = entity
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

    # -- rules -------------------------------------------------------------------------

    def _match(self, kind: str, name: str, work_kind: str | None) -> Match | None:
        exact = self._candidates(kind, Alias.alias == name, work_kind)
        if exact:
            return Match(exact[0][0], SAME_NAME)
        key = self.key(kind, name)
        for entity, alias in self._candidates(kind, Alias.norm_alias == key, work_kind):
            if not self._blocked(entity, key):
                rule, detail = variant_rule(kind, name, alias)
                return Match(entity, rule, detail)
        if kind == "person":
            return self._spelling_variant(name)
        return None

    def _candidates(
        self, kind: str, condition: object, work_kind: str | None
    ) -> list[tuple[Entity, str]]:
        query = (
            select(Entity, Alias.alias)
            .join(Alias, Alias.entity_id == Entity.id)
            .where(Entity.kind == kind, condition)  # type: ignore[arg-type]
        )
        found = [
            (entity, alias)
            for entity, alias in self.session.execute(query).all()
            if kind != "work" or _compatible(entity, work_kind)
        ]
        found.sort(key=lambda pair: _rank(pair[0], work_kind))
        if kind == "work" and len({entity.work_kind for entity, _ in found}) > 1:
            found.sort(key=lambda pair: -self._shared_people(pair[0]))  # stable: ties keep rank
        return found

    def _shared_people(self, work: Entity) -> int:
        """How many facts of ``work`` name a person this document names too."""
        if work.id is None or not self._people:
            return 0
        query = (
            select(func.count())
            .select_from(FactRow)
            .join(Alias, Alias.entity_id == FactRow.subject_entity_id)
            .where(FactRow.work_entity_id == work.id, Alias.norm_alias.in_(self._people))
        )
        return self.session.scalar(query) or 0

    def _blocked(self, entity: Entity, key: str) -> bool:
        """Whether the user split an alias with this key off ``entity``."""
        if entity.id is None:
            return False
        query = select(SplitRow.id).where(
            SplitRow.from_entity_id == entity.id, SplitRow.norm_alias == key
        )
        return self.session.scalar(query.limit(1)) is not None

    def _spelling_variant(self, name: str) -> Match | None:
        """A stored person whose name is a close variant and who shares a work with this doc."""
        key = person_key(name)
        words = key.split()
        if len(words) < 2 or not self._context:
            return None
        first, last = words[0], words[-1]
        query = (
            select(Entity, Alias.alias, Alias.norm_alias)
            .join(Alias, Alias.entity_id == Entity.id)
            .where(
                Entity.kind == "person",
                or_(
                    Alias.norm_alias.startswith(first + " ", autoescape=True),
                    Alias.norm_alias.endswith(" " + last, autoescape=True),
                ),
            )
        )
        best: tuple[float, Match] | None = None
        for entity, alias, other in self.session.execute(query).all():
            found = self._name_rule(words, other.split())
            if found is None or entity.id in self._seen or self._blocked(entity, key):
                continue
            rule, score = found
            work = self._shared_work(entity)
            if work is None:
                continue
            detail = f"'{name}' ~ '{alias}' (similarity {score:.0f}), both credited on {work.name}"
            if best is None or score > best[0]:
                best = (score, Match(entity, rule, detail))
        return best[1] if best else None

    def _name_rule(self, words: list[str], other: list[str]) -> tuple[str, float] | None:
        """``spelling variant`` when the whole name, first name and surname are each close
        enough; ``short first name`` when the surnames agree and one first name begins the
        other (Matt ~ Matthew); with the whole-name ratio. None for different people."""
        if len(other) < 2 or words == other or _digits(words) != _digits(other):
            return None
        score = fuzz.ratio(" ".join(words), " ".join(other))
        first, other_first = sorted((words[0], other[0]), key=len)
        if (
            words[1:] == other[1:]
            and len(first) >= MIN_SHORT_NAME
            and other_first.startswith(first)
        ):
            return SHORT_FIRST_NAME, score
        settings = self.settings
        if fuzz.ratio(words[0], other[0]) < settings.first_name_ratio:
            return None
        if fuzz.ratio(words[-1], other[-1]) < settings.surname_ratio:
            return None
        return ("spelling variant", score) if score >= settings.person_ratio else None

    def _shared_work(self, person: Entity) -> Entity | None:
        query = (
            select(Entity)
            .join(FactRow, FactRow.work_entity_id == Entity.id)
            .where(FactRow.subject_entity_id == person.id, Entity.id.in_(self._context))
            .order_by(Entity.id)
            .limit(1)
        )
        return self.session.scalar(query)

    def _add_alias(self, entity: Entity, kind: str, name: str, match: Match) -> None:
        exists = entity.id is not None and self.session.scalar(
            select(Alias.id).where(Alias.entity_id == entity.id, Alias.alias == name)
        )
        if exists or any(a.alias == name for a in entity.aliases):
            return
        self.session.add(
            Alias(
                entity=entity,
                alias=name,
                norm_alias=self.key(kind, name),
                rule=match.rule,
                detail=match.detail or None,
                doc_id=self.doc_id,
            )
        )

