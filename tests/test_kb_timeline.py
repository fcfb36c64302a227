"""Status timelines: transitions, event order, per-season status, as-of cards, sources."""

from __future__ import annotations

import doctest
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

import marquee.kb.timeline as timeline_module
from marquee.extract.records import Credit, Evidence, Fact, Quote, Status, Work
from marquee.kb import KnowledgeBase
from marquee.kb.card import build_card, find_work
from marquee.kb.groups import count_sources
from marquee.kb.models import EvidenceRow, FactRow
from marquee.kb.provenance import Source
from marquee.kb.timeline import (
    Event,
    current_status,
    date_range,
    derive_status,
    merge_events,
    next_status,
    next_work_status,
    settle,
    work_timeline,
)
from marquee.sources.document import Document

RENEWAL = (
    "AMC has renewed Salt Meridian for a fifth season, which will be its last. "
    "Orrin Kettleby stars as Arlo Finch, a chemistry teacher turned drug maker."
)
FILMING = "Cameras are rolling again in Albuquerque on the fifth season of Salt Meridian."
PREMIERE = (
    "The fifth season of Salt Meridian premieres on AMC on July 15, 2012. "
    "Ansel Troy returns as Dell Harrow. Corwin Blake told Variety the end will not be tidy."
)


@pytest.mark.parametrize(
    ("current", "event", "expected"),
    [
        (None, "announced", "announced"),
        (None, "revived", "revived"),  # the first report we have is of the revival
        (None, "cancelled", "cancelled"),
        ("announced", "renewed", "renewed"),
        ("renewed", "casting", "casting"),
        ("renewed", "in_production", "in_production"),
        ("in_production", "wrapped", "wrapped"),
        ("in_production", "premiere_scheduled", "premiere_scheduled"),
        ("premiere_scheduled", "released", "released"),
        ("released", "ended", "ended"),
        ("released", "renewed", "released"),  # a recap of an older renewal
        ("premiere_scheduled", "in_production", "premiere_scheduled"),
        ("ended", "released", "ended"),
        ("renewed", "cancelled", "cancelled"),  # cancelled after renewed
        ("released", "cancelled", "cancelled"),
        ("cancelled", "revived", "revived"),  # revived after cancelled
        ("cancelled", "renewed", "revived"),  # a renewal after a cancellation is a revival
        ("cancelled", "announced", "revived"),
        ("cancelled", "released", "cancelled"),  # a recap of an older release
        ("cancelled", "in_production", "cancelled"),
        ("revived", "in_production", "in_production"),
        ("announced", "revived", "renewed"),  # nothing to revive from
        ("in_production", "revived", "in_production"),
        ("renewed", "rumoured", "renewed"),  # not a status: ignored
    ],
)
def test_next_status(current: str | None, event: str, expected: str) -> None:
    assert next_status(current, event) == expected


@pytest.mark.parametrize(
    ("current", "event", "expected"),
    [
        (None, "released", "released"),
        ("released", "renewed", "renewed"),  # one season out, another ordered
        ("ended", "premiere_scheduled", "premiere_scheduled"),  # the final season's premiere
        ("renewed", "cancelled", "cancelled"),
        ("cancelled", "released", "cancelled"),
        ("cancelled", "renewed", "revived"),
        ("released", "revived", "renewed"),
    ],
)
def test_next_work_status(current: str | None, event: str, expected: str) -> None:
    assert next_work_status(current, event) == expected


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ([], None),
        (["renewed", "in_production", "premiere_scheduled", "released"], "released"),
        (["renewed", "cancelled"], "cancelled"),
        (["released", "cancelled", "revived", "in_production"], "in_production"),
        (["released", "cancelled", "renewed", "cancelled"], "cancelled"),
        (["premiere_scheduled", "renewed", "in_production"], "premiere_scheduled"),
    ],
)
def test_derive_status(events: list[str], expected: str | None) -> None:
    assert derive_status(events) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2012", (date(2012, 1, 1), date(2012, 12, 31))),
        ("2012-02", (date(2012, 2, 1), date(2012, 2, 29))),
        ("2012-07-15", (date(2012, 7, 15), date(2012, 7, 15))),
        ("2012-02-30", None),
        ("summer", None),
        (None, None),
    ],
)
def test_date_range(value: str | None, expected: tuple[date, date] | None) -> None:
    assert date_range(value) == expected


@pytest.mark.parametrize(
    ("status", "when", "today", "expected"),
    [
        ("premiere_scheduled", "2012-07-15", date(2012, 7, 15), "released"),
        ("premiere_scheduled", "2012-07-15", date(2012, 7, 14), "premiere_scheduled"),
        ("premiere_scheduled", "2012-07", date(2012, 7, 20), "premiere_scheduled"),
        ("premiere_scheduled", "2012-07", date(2012, 8, 1), "released"),
        ("premiere_scheduled", None, date(2030, 1, 1), "premiere_scheduled"),
        ("renewed", "2012-07-15", date(2030, 1, 1), "renewed"),
    ],
)
def test_settle(status: str, when: str | None, today: date, expected: str) -> None:
    assert settle(status, when, today) == expected


def src(doc_id: str, published: str | None = None) -> Source:
    return Source(doc_id, date.fromisoformat(published) if published else None)


def test_events_merge_and_fall_back_to_the_article_date() -> None:
    events = merge_events(
        [
            (5, "premiere_scheduled", "2012-07-15", [src("b", "2012-03-01")]),
            (5, "renewed", "2011-08-14", [src("a", "2011-08-14")]),
            (5, "renewed", "2011-08-14", [src("c", "2011-08-20"), src("a", "2011-08-14")]),
            (5, "in_production", None, [src("d", "2012-02-10")]),
            (None, "ended", None, [src("e")]),
        ]
    )
    assert [(e.when, e.status, [s.doc_id for s in e.sources]) for e in events] == [
        ("2011-08-14", "renewed", ["a", "c"]),  # one event, every source once
        ("2012-02-10", "in_production", ["d"]),  # undated: its article's date
        ("2012-07-15", "premiere_scheduled", ["b"]),
        (None, "ended", ["e"]),  # no date at all: last
    ]


@pytest.mark.parametrize(
    ("dates", "merged"),
    [
        (["2018-06", "2018-06-11"], [("2018-06-11", ["a", "b"])]),
        (["2018", "2018-06"], [("2018-06", ["a", "b"])]),
        (["2018-05", "2018-06-11"], [("2018-05", ["a"]), ("2018-06-11", ["b"])]),
        # a year with two precise renewals in it: which one is unknown, so it stays
        (
            ["2018", "2018-03-01", "2018-09-01"],
            [("2018", ["a"]), ("2018-03-01", ["b"]), ("2018-09-01", ["c"])],
        ),
    ],
)
def test_a_vague_date_joins_the_precise_event_it_contains(
    dates: list[str], merged: list[tuple[str, list[str]]]
) -> None:
    facts = [
        (2, "renewed", when, [src(doc, "2019-01-01")])
        for doc, when in zip("abc", dates, strict=False)
    ]
    events = merge_events(facts)
    assert [(e.date, [s.doc_id for s in e.sources]) for e in events] == merged


def test_vague_dates_join_only_the_same_season_and_status() -> None:
    events = merge_events(
        [
            (2, "renewed", "2018-06", [src("a")]),
            (3, "renewed", "2018-06-11", [src("b")]),
            (2, "released", "2018-06-11", [src("c")]),
        ]
    )
    assert len(events) == 3


@pytest.mark.parametrize(
    ("seasonless", "seasonal", "joined"),
    [
        ("2013-04-07", [(6, "2013-04-07")], True),
        ("2013-04", [(6, "2013-04-07")], True),
        ("2013-04-07", [(6, "2013-04-14")], False),
        ("2013-04", [(5, "2013-04-07"), (6, "2013-04-21")], False),  # which season: unknown
        (None, [(6, None)], False),
    ],
)
def test_a_report_without_a_season_joins_the_one_seasonal_event_it_matches(
    seasonless: str | None, seasonal: list[tuple[int, str | None]], joined: bool
) -> None:
    facts = [(None, "premiere_scheduled", seasonless, [src("n")])]
    facts += [
        (season, "premiere_scheduled", when, [src(f"s{season}")]) for season, when in seasonal
    ]
    events = merge_events(facts)
    assert (None in [e.season for e in events]) is not joined
    if joined:
        assert [s.doc_id for s in events[0].sources] == ["n", "s6"]


def test_the_work_as_a_whole_takes_its_latest_report() -> None:
    events = [
        event(None, "released", "2010-07-26", "2010-07-26"),
        event(None, "renewed", "2011-04-01", "2011-04-01"),
    ]
    (line,) = current_status(events, today=date(2011, 12, 31))
    assert (line.season, line.status) == (None, "renewed")


def test_same_date_orders_by_season_then_stage() -> None:
    events = merge_events(
        [
            (2, "renewed", "2018-06", [src("x")]),
            (1, "released", "2018-06", [src("x")]),
        ]
    )
    assert [(e.season, e.status) for e in events] == [(1, "released"), (2, "renewed")]


def test_same_day_events_order_by_stage() -> None:
    events = merge_events(
        [
            (2, "in_production", "2021-05-03", [src("x")]),
            (2, "renewed", "2021-05-03", [src("x")]),
        ]
    )
    assert [e.status for e in events] == ["renewed", "in_production"]


def event(season: int | None, status: str, when: str, published: str) -> Event:
    return Event(season=season, status=status, date=when, sources=[src(when, published)])


def test_current_status_per_season() -> None:
    events = [
        event(4, "premiere_scheduled", "2011-07-17", "2011-05-01"),
        event(5, "renewed", "2011-08-14", "2011-08-14"),
        event(5, "in_production", "2012-02-10", "2012-02-10"),
        event(None, "ended", "2011-08-14", "2011-08-14"),
    ]
    current = current_status(events, today=date(2012, 3, 1))
    assert [(c.season, c.status, c.inferred) for c in current] == [
        (None, "ended", False),
        (4, "released", True),  # the scheduled premiere has passed
        (5, "in_production", False),
    ]
    assert current[2].event.when == "2012-02-10"


def test_a_premiere_reported_later_replaces_an_earlier_date() -> None:
    events = [
        event(3, "premiere_scheduled", "2020-04-10", "2020-01-05"),
        event(3, "premiere_scheduled", "2020-03-20", "2020-02-01"),  # moved, reported later
    ]
    (line,) = current_status(events, today=date(2020, 3, 1))
    assert (line.status, line.event.when) == ("premiere_scheduled", "2020-03-20")


# --- against the knowledge base, on every backend -------------------------------------


def span(text: str, part: str) -> list[Evidence]:
    start = text.index(part)
    return [Evidence(start, start + len(part))]


def renewal() -> tuple[Document, list[Fact]]:
    doc = Document(id="bb-renewal", text=RENEWAL, date=date(2011, 8, 14), url="https://x.test/1")
    facts: list[Fact] = [
        Work(doc=doc.id, title="Salt Meridian", kind="series"),
        Status(
            doc=doc.id,
            work="Salt Meridian",
            season=5,
            status="renewed",
            date="2011-08-14",
            evidence=span(RENEWAL, "AMC has renewed Salt Meridian for a fifth season"),
        ),
        Credit(
            doc=doc.id,
            work="Salt Meridian",
            season=None,
            person="Orrin Kettleby",
            role="cast",
            character="Arlo Finch",
        ),
    ]
    return doc, facts


def filming() -> tuple[Document, list[Fact]]:
    doc = Document(id="bb-filming", text=FILMING, date=date(2012, 2, 10))
    status = Status(
        doc=doc.id, work="salt meridian", season=5, status="in_production", date="2012-02-10"
    )
    return doc, [Work(doc=doc.id, title="Salt Meridian", kind="series"), status]


def premiere() -> tuple[Document, list[Fact]]:
    doc = Document(id="bb-premiere", text=PREMIERE, date=date(2012, 5, 1))
    facts: list[Fact] = [
        Work(doc=doc.id, title="Salt Meridian", kind="series"),
        Status(
            doc=doc.id,
            work="Salt Meridian",
            season=5,
            status="premiere_scheduled",
            date="2012-07-15",
            evidence=span(PREMIERE, "premieres on AMC on July 15, 2012"),
        ),
        Credit(
            doc=doc.id,
            work="Salt Meridian",
            season=None,
            person="Ansel Troy",
            role="cast",
            character="Dell Harrow",
        ),
        Quote(
            doc=doc.id,
            speaker="Corwin Blake",
            kind="indirect",
            via="Variety",
            work="Salt Meridian",
            text="the end will not be tidy",
        ),
    ]
    return doc, facts


@pytest.fixture
def kb(kb_url: str) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(kb_url) as knowledge_base:
        for document, facts in (premiere(), renewal(), filming()):
            knowledge_base.ingest(document, facts)
        yield knowledge_base


def test_card_timeline_and_current_status(kb: KnowledgeBase) -> None:
    with kb.session() as session:
        card = build_card(session, "Salt Meridian", today=date(2013, 1, 1))
    assert card is not None
    assert [(t.when, t.status, t.season, t.sources) for t in card.timeline] == [
        ("2011-08-14", "renewed", 5, ["bb-renewal"]),
        ("2012-02-10", "in_production", 5, ["bb-filming"]),
        ("2012-07-15", "premiere_scheduled", 5, ["bb-premiere"]),
    ]
    assert [(c.season, c.status, c.inferred) for c in card.current] == [(5, "released", True)]
    assert [a.doc_id for a in card.articles] == ["bb-renewal", "bb-filming", "bb-premiere"]
    (quote,) = card.quotes
    assert (quote.speaker, quote.via, quote.date, quote.sources) == (
        "Corwin Blake",
        "Variety",
        date(2012, 5, 1),
        ["bb-premiere"],
    )


@pytest.mark.parametrize(
    ("as_of", "statuses", "cast", "current"),
    [
        ("2011-08-13", None, None, None),  # no article yet: not known
        ("2011-08-14", ["renewed"], ["Orrin Kettleby"], "renewed"),  # published that day
        ("2012-03-01", ["renewed", "in_production"], ["Orrin Kettleby"], "in_production"),
        (
            "2012-06-01",
            ["renewed", "in_production", "premiere_scheduled"],
            ["Ansel Troy", "Orrin Kettleby"],
            "premiere_scheduled",  # the premiere is still ahead on that day
        ),
        (
            "2012-08-01",
            ["renewed", "in_production", "premiere_scheduled"],
            ["Ansel Troy", "Orrin Kettleby"],
            "released",
        ),
    ],
)
def test_card_as_of(
    kb: KnowledgeBase,
    as_of: str,
    statuses: list[str] | None,
    cast: list[str] | None,
    current: str | None,
) -> None:
    with kb.session() as session:
        card = build_card(session, "Salt Meridian", as_of=date.fromisoformat(as_of))
    if statuses is None:
        assert card is None
        return
    assert card is not None and card.as_of == date.fromisoformat(as_of)
    assert [t.status for t in card.timeline] == statuses
    assert sorted(c.person for c in card.cast) == cast
    assert [c.status for c in card.current] == [current]
    assert all(a.date is not None and a.date <= card.as_of for a in card.articles)


def test_as_of_leaves_out_undated_articles(kb: KnowledgeBase) -> None:
    undated = Document(id="bb-undated", text="Salt Meridian was cancelled, a blog claims.")
    kb.ingest(
        undated,
        [Status(doc=undated.id, work="Salt Meridian", season=5, status="cancelled", date=None)],
    )
    with kb.session() as session:
        work = find_work(session, "Salt Meridian")
        assert work is not None
        everything = work_timeline(session, work.id)
        cut = work_timeline(session, work.id, as_of=date(2030, 1, 1))
    assert "cancelled" in [e.status for e in everything.events]
    assert "cancelled" not in [e.status for e in cut.events]


def add_copy(kb: KnowledgeBase, doc_id: str, published: date, status: str) -> None:
    """A near-duplicate copy as the resolution stage stores it: the document, and its
    evidence appended to the fact already stored (see kb/provenance.py), counted as one
    more source of that fact's group (see kb/groups.py)."""
    copy = Document(id=doc_id, text=RENEWAL + " (syndicated)", date=published)
    kb.ingest(copy, [])
    with kb.session() as session:
        rows = session.query(FactRow).filter(FactRow.type == "status").all()
        row = next(r for r in rows if r.fields["status"] == status)
        row.evidence.append(EvidenceRow(doc_id=doc_id, start=0, end=20))
        count_sources(session, [row], doc_id, published)
        session.commit()


def test_sources_include_documents_of_duplicate_evidence(kb: KnowledgeBase) -> None:
    add_copy(kb, "bb-renewal-copy", date(2011, 8, 15), "renewed")
    with kb.session() as session:
        work = find_work(session, "Salt Meridian")
        assert work is not None
        timeline = work_timeline(session, work.id)
        early = work_timeline(session, work.id, as_of=date(2011, 8, 14))
        card = build_card(session, "Salt Meridian")
    renewed = next(e for e in timeline.events if e.status == "renewed")
    assert [s.doc_id for s in renewed.sources] == ["bb-renewal", "bb-renewal-copy"]
    assert [e.status for e in timeline.events].count("renewed") == 1  # counted once
    early_renewed = next(e for e in early.events if e.status == "renewed")
    assert [s.doc_id for s in early_renewed.sources] == ["bb-renewal"]  # copy not out yet
    assert card is not None
    assert card.timeline[0].sources == ["bb-renewal", "bb-renewal-copy"]
    assert "bb-renewal-copy" in [a.doc_id for a in card.articles]


def test_a_copy_published_first_makes_the_fact_known_earlier(kb: KnowledgeBase) -> None:
    add_copy(kb, "bb-filming-early", date(2012, 1, 20), "in_production")
    with kb.session() as session:
        card = build_card(session, "Salt Meridian", as_of=date(2012, 1, 31))
    assert card is not None
    filming_line = next(t for t in card.timeline if t.status == "in_production")
    assert filming_line.sources == ["bb-filming-early"]


def test_a_syndicated_copy_is_one_more_source_of_the_same_event(kb: KnowledgeBase) -> None:
    """Through the real ingest: a near-duplicate's facts count once, with both sources."""
    original, facts = renewal()
    copy = Document(
        id="bb-renewal-wire",
        text=original.text + " Reporting by the wire desk.",
        date=date(2011, 8, 16),
    )
    copied = [replace(fact, doc=copy.id) for fact in facts]
    assert kb.ingest(copy, copied) != "duplicate"
    with kb.session() as session:
        card = build_card(session, "Salt Meridian")
        statuses = session.query(FactRow).filter(FactRow.type == "status").all()
    assert [r.fields["status"] for r in statuses].count("renewed") == 1  # stored once
    assert card is not None
    renewed = [t for t in card.timeline if t.status == "renewed"]
    assert [t.sources for t in renewed] == [["bb-renewal", "bb-renewal-wire"]]
    brandt = [c for c in card.cast if c.person == "Orrin Kettleby"]
    assert [c.sources for c in brandt] == [["bb-renewal", "bb-renewal-wire"]]


def test_the_examples_in_the_docstrings_hold() -> None:
    assert doctest.testmod(timeline_module).failed == 0
