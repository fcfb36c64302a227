"""Conflicts: contradicting facts are flagged with both sources; a story is not a conflict."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from marquee.extract.records import Credit, Fact, Status, Work
from marquee.kb import KnowledgeBase
from marquee.kb.card import build_card, find_work
from marquee.kb.conflicts import (
    Claim,
    Conflict,
    ConflictRules,
    Role,
    cancelled_and_renewed,
    find_conflicts,
    two_characters,
    two_premiere_dates,
)
from marquee.kb.provenance import Source
from marquee.kb.timeline import Event
from marquee.sources.document import Document

RULES = ConflictRules(window_days=30)


def event(season: int | None, status: str, when: str, doc: str = "d") -> Event:
    return Event(season=season, status=status, date=when, sources=[Source(doc)])


def pairs(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [(a.when, b.when) for a, b in cancelled_and_renewed(events, RULES)]


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        # the same season cancelled and renewed within days: a contradiction
        (
            [event(3, "renewed", "2019-05-02"), event(3, "cancelled", "2019-05-10")],
            [("2019-05-10", "2019-05-02")],
        ),
        # a year-precision date may be any day of that year
        (
            [event(3, "renewed", "2019-05-02"), event(3, "cancelled", "2019")],
            [("2019", "2019-05-02")],
        ),
        # the work as a whole (no season) against one season
        (
            [event(None, "cancelled", "2019-05-02"), event(3, "renewed", "2019-05-03")],
            [("2019-05-02", "2019-05-03")],
        ),
        # months apart: cancelled after renewed, a story
        ([event(3, "renewed", "2019-01-02"), event(3, "cancelled", "2019-06-10")], []),
        # different seasons: season 3 cancelled, season 2 renewed long before was fine
        ([event(2, "renewed", "2019-05-02"), event(3, "cancelled", "2019-05-10")], []),
        # something happened in between: renewed, filming, then cancelled
        (
            [
                event(3, "renewed", "2019-05-02"),
                event(3, "in_production", "2019-05-06"),
                event(3, "cancelled", "2019-05-20"),
            ],
            [],
        ),
        # revived after cancelled is not a renewal in conflict
        ([event(3, "cancelled", "2019-05-02"), event(3, "revived", "2019-05-20")], []),
    ],
)
def test_cancelled_and_renewed(
    events: list[Event], expected: list[tuple[str | None, str | None]]
) -> None:
    assert pairs(events) == expected


def test_the_window_is_configurable() -> None:
    events = [event(3, "renewed", "2019-05-02"), event(3, "cancelled", "2019-05-10")]
    assert list(cancelled_and_renewed(events, ConflictRules(window_days=3))) == []


@pytest.mark.parametrize(
    ("dates", "seasons", "flagged"),
    [
        (("2020-04-10", "2020-03-20"), (3, 3), True),
        (("2020-04", "2020-04-10"), (3, 3), False),  # month precision agrees with a day
        (("2020-04-10", "2020-04-10"), (3, 3), False),
        (("2020-04-10", "2021-04-10"), (3, 4), False),  # two seasons, two premieres
    ],
)
def test_two_premiere_dates(
    dates: tuple[str, str], seasons: tuple[int, int], flagged: bool
) -> None:
    events = [
        event(seasons[0], "premiere_scheduled", dates[0], "a"),
        event(seasons[1], "premiere_scheduled", dates[1], "b"),
    ]
    assert bool(list(two_premiere_dates(events, RULES))) is flagged


@pytest.mark.parametrize(
    ("published", "flagged"),
    [
        (("2016-09-01", "2016-09-20"), True),  # the same news, told two ways
        (("2016-09-01", "2017-03-01"), False),  # months apart: maybe two seasons
    ],
)
def test_premiere_dates_without_a_season_clash_only_when_reported_together(
    published: tuple[str, str], flagged: bool
) -> None:
    events = [
        Event(
            season=None,
            status="premiere_scheduled",
            date=f"2017-10-0{i}",
            sources=[Source(f"d{i}", date.fromisoformat(p))],
        )
        for i, p in enumerate(published, start=1)
    ]
    assert bool(list(two_premiere_dates(events, RULES))) is flagged


def role(person: str, character: str, season: int | None = 1) -> Role:
    return Role(person=person, character=character, season=season, sources=[Source("d")])


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        (role("Claire Fen", "Elizabeth II"), role("Claire Fen", "Margaret"), True),
        (role("Claire Fen", "Elizabeth"), role("Claire Fen", "Elizabeth II"), False),  # fuller
        (role("Claire Fen", "Queen Elizabeth II"), role("Claire Fen", "Queen Elizabeth"), False),
        (role("Claire Fen", "Phillip"), role("Claire Fen", "Philip"), False),  # spelling
        (role("Claire Fen", "Elizabeth", 1), role("Claire Fen", "Margaret", 2), False),
        (role("Claire Fen", "Elizabeth"), role("Olivia Colman", "Margaret"), False),
        (role("CLAIRE FEN", "Elizabeth"), role("Claire Fen", "Margaret"), True),
    ],
)
def test_two_characters(a: Role, b: Role, flagged: bool) -> None:
    assert bool(list(two_characters([a, b], RULES))) is flagged


# --- against the knowledge base, on every backend -------------------------------------


def doc(doc_id: str, published: date, text: str) -> Document:
    return Document(id=doc_id, text=text, date=published)


def crown_articles() -> list[tuple[Document, list[Fact]]]:
    renewed = doc("vault-renewed", date(2017, 1, 5), "Netflix renews The Vault for season 3.")
    cancelled = doc("vault-cancelled", date(2017, 1, 9), "A tabloid says The Vault is axed.")
    cast_a = doc("vault-cast-a", date(2016, 11, 1), "Claire Fen plays Elizabeth in The Vault.")
    cast_b = doc("vault-cast-b", date(2016, 11, 2), "Claire Fen plays Margaret in The Vault.")
    dates_a = doc("vault-date-a", date(2016, 9, 1), "The Vault arrives on November 4, 2016.")
    dates_b = doc("vault-date-b", date(2016, 9, 2), "The Vault arrives on November 11, 2016.")

    def work(d: Document) -> Work:
        return Work(doc=d.id, title="The Vault", kind="series")

    def status(d: Document, season: int, value: str, when: str) -> Status:
        return Status(doc=d.id, work="The Vault", season=season, status=value, date=when)

    def cast(d: Document, character: str) -> Credit:
        return Credit(
            doc=d.id,
            work="The Vault",
            season=1,
            person="Claire Fen",
            role="cast",
            character=character,
        )

    return [
        (renewed, [work(renewed), status(renewed, 3, "renewed", "2017-01-05")]),
        (cancelled, [work(cancelled), status(cancelled, 3, "cancelled", "2017-01-09")]),
        (cast_a, [work(cast_a), cast(cast_a, "Elizabeth")]),
        (cast_b, [work(cast_b), cast(cast_b, "Margaret")]),
        (dates_a, [work(dates_a), status(dates_a, 1, "premiere_scheduled", "2016-11-04")]),
        (dates_b, [work(dates_b), status(dates_b, 1, "premiere_scheduled", "2016-11-11")]),
    ]


def calm_articles() -> list[tuple[Document, list[Fact]]]:
    """Another work whose story has no contradiction."""
    a = doc("fleabag-1", date(2017, 6, 1), "Wrenfold returns for a second series.")
    b = doc("fleabag-2", date(2019, 4, 10), "The second series of Wrenfold is its last.")
    return [
        (
            a,
            [
                Work(doc=a.id, title="Wrenfold", kind="series"),
                Status(doc=a.id, work="Wrenfold", season=2, status="renewed", date="2017-06-01"),
            ],
        ),
        (
            b,
            [Status(doc=b.id, work="Wrenfold", season=2, status="ended", date="2019-04-10")],
        ),
    ]


@pytest.fixture
def kb(kb_url: str) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(kb_url) as knowledge_base:
        for document, facts in crown_articles() + calm_articles():
            knowledge_base.ingest(document, facts)
        yield knowledge_base


def test_find_conflicts_flags_each_rule_with_both_sources(kb: KnowledgeBase) -> None:
    with kb.session() as session:
        found = find_conflicts(session)
    summary = {
        (c.kind, c.work, c.season): [[s.doc_id for s in claim.sources] for claim in c.claims]
        for c in found
    }
    assert summary == {
        ("two_characters", "The Vault", 1): [["vault-cast-a"], ["vault-cast-b"]],
        ("two_premiere_dates", "The Vault", 1): [["vault-date-a"], ["vault-date-b"]],
        ("cancelled_and_renewed", "The Vault", 3): [["vault-cancelled"], ["vault-renewed"]],
    }
    character = next(c for c in found if c.kind == "two_characters")
    assert character.subject == "Claire Fen in season 1"
    assert [claim.says for claim in character.claims] == ["as Elizabeth", "as Margaret"]
    data = character.to_dict()
    assert data["claims"][0]["sources"] == [
        {"doc": "vault-cast-a", "date": "2016-11-01", "url": None}
    ]


def test_conflicts_of_one_work_and_as_of(kb: KnowledgeBase) -> None:
    with kb.session() as session:
        fleabag = find_work(session, "Wrenfold")
        vault = find_work(session, "the vault")
        assert fleabag is not None and vault is not None
        assert find_conflicts(session, work_id=fleabag.id) == []
        assert len(find_conflicts(session, work_id=vault.id)) == 3
        # before the tabloid story only the cast and the premiere dates disagree
        early = find_conflicts(session, as_of=date(2017, 1, 6))
        assert sorted(c.kind for c in early) == ["two_characters", "two_premiere_dates"]
        assert find_conflicts(session, as_of=date(2016, 9, 1)) == []


def test_card_notes_its_conflicts(kb: KnowledgeBase) -> None:
    with kb.session() as session:
        vault = build_card(session, "The Vault")
        fleabag = build_card(session, "Wrenfold")
    assert vault is not None and fleabag is not None
    assert len(vault.conflicts) == 3
    assert fleabag.conflicts == []


def test_duplicate_copies_add_sources_not_conflicts(kb: KnowledgeBase) -> None:
    """A syndicated copy repeats a fact: one more source, never a second claim."""
    copy = doc("vault-renewed-copy", date(2017, 1, 6), "Netflix renews The Vault for season 3!")
    kb.ingest(
        copy, [Status(doc=copy.id, work="The Vault", season=3, status="renewed", date="2017-01-05")]
    )
    with kb.session() as session:
        found = find_conflicts(session)
    clash = next(c for c in found if c.kind == "cancelled_and_renewed")
    assert [s.doc_id for s in clash.claims[1].sources] == ["vault-renewed", "vault-renewed-copy"]
    assert len(found) == 3


@pytest.mark.parametrize(
    ("subject", "line"),
    [
        ("season 3", "Skins season 3: cancelled (2013) / renewed (2013)"),
        ("", "Skins: cancelled (2013) / renewed (2013)"),  # the work as a whole
    ],
)
def test_describe(subject: str, line: str) -> None:
    claims = (Claim(says="cancelled (2013)"), Claim(says="renewed (2013)"))
    conflict = Conflict(
        kind="cancelled_and_renewed", work="Skins", season=None, subject=subject, claims=claims
    )
    assert conflict.describe() == line
