"""Fact groups: the same fact from many articles is one card line with a source count,
kept on write and equal to a rebuild from the facts; the alias lookup is indexed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect, select

from marquee.extract.records import Company, Credit, Evidence, Fact, Status, Work
from marquee.kb import KnowledgeBase
from marquee.kb.card import SOURCES_SHOWN, build_card, find_work
from marquee.kb.groups import group_sources, rebuild, work_articles
from marquee.kb.models import FactGroup
from marquee.sources.document import Document

TEXT = "Channel Quay renewed Lowtide Harbour for a second season; Imre Salo stars as Dock."
ARTICLES = 7


def facts(doc: str) -> list[Fact]:
    ev = [Evidence(0, len(TEXT))]
    return [
        Work(doc=doc, title="Lowtide Harbour", kind="series", evidence=ev),
        Company(doc=doc, work="Lowtide Harbour", company="Channel Quay", role="network",
                evidence=ev),
        Status(doc=doc, work="Lowtide Harbour", season=2, status="renewed", date="2023-05-01",
               evidence=ev),
        Credit(doc=doc, work="Lowtide Harbour", season=None, person="Imre Salo", role="cast",
               character="Dock", evidence=ev),
    ]


@pytest.fixture
def kb(kb_url: str) -> KnowledgeBase:
    kb = KnowledgeBase(kb_url)
    for i in range(ARTICLES):  # seven articles say the same, each worded a little apart
        doc = f"harbour-{i}"
        text = f"{TEXT} Report number {i} of the week."
        kb.ingest(Document(id=doc, text=text, date=date(2023, 5, 1 + i)), facts(doc))
    return kb


def test_one_line_per_fact_with_a_count_of_its_sources(kb: KnowledgeBase) -> None:
    with kb.session() as session:
        card = build_card(session, "Lowtide Harbour")
    assert card is not None
    assert [(n.company, n.count) for n in card.networks] == [("Channel Quay", ARTICLES)]
    assert card.networks[0].sources == [f"harbour-{i}" for i in range(SOURCES_SHOWN)]
    assert [(c.person, c.count) for c in card.cast] == [("Imre Salo", ARTICLES)]
    assert [(t.status, t.count) for t in card.timeline] == [("renewed", ARTICLES)]
    assert card.article_count == ARTICLES


def test_as_of_counts_only_what_was_published(kb: KnowledgeBase) -> None:
    with kb.session() as session:
        card = build_card(session, "Lowtide Harbour", as_of=date(2023, 5, 3))
        assert card is not None
        work = find_work(session, "Lowtide Harbour")
        assert work is not None
        total, articles = work_articles(session, work.id, date(2023, 5, 3))
    assert [(n.company, n.count) for n in card.networks] == [("Channel Quay", 3)]
    assert card.article_count == total == 3
    assert [a.doc_id for a in articles] == ["harbour-0", "harbour-1", "harbour-2"]


def test_sources_are_paginated_oldest_first(kb: KnowledgeBase) -> None:
    with kb.session() as session:
        group = session.scalars(select(FactGroup).where(FactGroup.type == "company")).one()
        total, first = group_sources(session, group.id, offset=0, limit=4)
        _, rest = group_sources(session, group.id, offset=4, limit=4)
    assert total == ARTICLES
    assert [s.doc_id for s in first + rest] == [f"harbour-{i}" for i in range(ARTICLES)]


def test_counts_kept_on_write_equal_a_rebuild(kb: KnowledgeBase) -> None:
    kept = snapshot(kb)
    with kb.engine.begin() as connection:
        rebuild(connection)
    assert snapshot(kb) == kept
    assert all(row[2] == ARTICLES for row in kept)


def snapshot(kb: KnowledgeBase) -> list[tuple[object, ...]]:
    with kb.session() as session:
        rows = session.execute(
            select(FactGroup.work_entity_id, FactGroup.key, FactGroup.sources,
                   FactGroup.first_doc_id, FactGroup.first_published, FactGroup.leads)
        ).all()
    return sorted((tuple(r) for r in rows), key=repr)


def test_an_update_takes_its_old_facts_out_of_the_counts(kb: KnowledgeBase) -> None:
    """harbour-0 read again says only the work and the network: the status and the
    credit lose one source (and harbour-0 as their oldest), the network keeps it."""
    text = "Channel Quay airs Lowtide Harbour. A corrected report."
    kept = facts("harbour-0")[:2]
    assert kb.ingest(Document(id="harbour-0", text=text, date=date(2023, 5, 1)), kept) == "updated"
    with kb.session() as session:
        card = build_card(session, "Lowtide Harbour")
    assert card is not None
    assert [(n.company, n.count) for n in card.networks] == [("Channel Quay", ARTICLES)]
    assert [(t.status, t.count) for t in card.timeline] == [("renewed", ARTICLES - 1)]
    assert card.timeline[0].sources[0] == "harbour-1"
    assert [(c.person, c.count) for c in card.cast] == [("Imre Salo", ARTICLES - 1)]
    counted = snapshot(kb)
    with kb.engine.begin() as connection:
        rebuild(connection)
    assert snapshot(kb) == counted


def test_an_update_that_drops_a_lone_fact_drops_its_line(kb_url: str) -> None:
    kb = KnowledgeBase(kb_url)
    doc = Document(id="solo", text=TEXT, date=date(2023, 6, 1))
    kb.ingest(doc, facts("solo"))
    changed = Document(id="solo", text="Lowtide Harbour, a corrected note.", date=date(2023, 6, 1))
    assert kb.ingest(changed, facts("solo")[:1]) == "updated"
    with kb.session() as session:
        card = build_card(session, "Lowtide Harbour")
        assert card is not None
        assert card.networks == [] and card.cast == [] and card.timeline == []
        assert session.scalars(select(FactGroup.type)).all() == ["work"]


def test_the_exact_alias_lookup_has_an_index_that_starts_with_the_alias(
    kb: KnowledgeBase,
) -> None:
    indexes = inspect(kb.engine).get_indexes("aliases")
    assert any(ix["column_names"][0] == "alias" for ix in indexes)
