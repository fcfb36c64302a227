"""Near-duplicate articles: grouped by MinHash, stored once per fact with every copy a source."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from marquee.extract.records import Credit, Evidence, Fact, Status, Work
from marquee.kb import KnowledgeBase
from marquee.kb.duplicates import (
    DuplicateSettings,
    buckets,
    shingles,
    signature,
    similarity,
)
from marquee.kb.models import DocumentRow, EvidenceRow, FactRow
from marquee.kb.stats import kb_stats
from marquee.sources.document import Document

REPORT = (
    "Apple TV+ has renewed Slow Horses for a sixth season, weeks before the fifth season "
    "arrives on the streamer. The spy drama follows a group of disgraced intelligence "
    "officers who are sent to a run-down office in London instead of being fired. Gary "
    "Oldman leads the cast as Jackson Lamb, the unkempt and sharp-tongued head of the "
    "office, and Jack Lowden plays River Cartwright, an ambitious young agent who wants a "
    "way back into the service. The series is based on the novels by Mick Herron and has "
    "been praised for its mix of dark comedy and tense thriller plotting. Production on "
    "the new season is expected to begin in the spring."
)
# a syndicated copy: the same report with an outlet's byline and one word changed
COPY = "From our wire desk. " + REPORT.replace("praised", "celebrated")
# a light rewrite: a few words swapped and a closing line added
REWRITE = (
    REPORT.replace("run-down office", "shabby office")
    .replace("unkempt", "scruffy")
    .replace("expected to begin", "due to start")
    + " Fans will not have to wait long."
)
OTHER = (
    "The BBC has commissioned a second series of its courtroom drama, with filming set to "
    "take place in Manchester this summer. The writer said the new episodes would follow "
    "a junior barrister through her first murder trial, and that most of the original cast "
    "would return. No broadcast date has been announced, though the corporation expects the "
    "series to air next year on BBC One and its streaming service."
)


def doc(doc_id: str, text: str, day: int = 1) -> Document:
    return Document(id=doc_id, text=text, date=date(2025, 3, day), source=f"{doc_id}.txt")


def facts_of(document: Document) -> list[Fact]:
    d, text = document.id, document.text
    at = text.index("Apple TV+ has renewed")
    facts: list[Fact] = [
        Work(doc=d, title="Slow Horses", kind="series", evidence=[Evidence(at + 22, at + 33)]),
        Status(doc=d, work="Slow Horses", season=6, status="renewed", date="2025-03-01",
               evidence=[Evidence(at, at + 60)]),
        Credit(doc=d, work="Slow Horses", season=None, person="Gary Oldman", role="cast",
               character="Jackson Lamb", evidence=[Evidence(at + 10, at + 20)]),
    ]
    if "scruffy" in text:  # the rewrite adds a fact of its own
        facts.append(Credit(doc=d, work="Slow Horses", season=None, person="Mick Herron",
                            role="writer", evidence=[Evidence(at, at + 5)]))
    return facts


@pytest.fixture
def kb(kb_url: str) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(kb_url) as knowledge_base:
        yield knowledge_base


def store(kb: KnowledgeBase, document: Document) -> str:
    return kb.ingest(document, facts_of(document) if "Slow Horses" in document.text else [])


# -- signatures -----------------------------------------------------------------------


def test_shingles_are_word_ngrams_and_short_texts_are_one_shingle() -> None:
    assert shingles("One two three four five six", 5) == {
        "one two three four five",
        "two three four five six",
    }
    assert shingles("Too short.", 5) == {"too short"}


def test_signatures_estimate_similarity_and_do_not_depend_on_the_process() -> None:
    settings = DuplicateSettings()
    report = signature(REPORT, settings)
    assert similarity(report.hashvalues, signature(REPORT, settings).hashvalues) == 1.0
    assert similarity(report.hashvalues, signature(COPY, settings).hashvalues) >= 0.5
    assert similarity(report.hashvalues, signature(REWRITE, settings).hashvalues) >= 0.5
    assert similarity(report.hashvalues, signature(OTHER, settings).hashvalues) < 0.2
    # a fixed seed: the same text always gets the same buckets
    assert buckets(report, settings) == buckets(signature(REPORT, settings), settings)
    assert len(buckets(report, settings)) == settings.bands[0]


# -- grouping -------------------------------------------------------------------------


def test_a_copy_joins_the_group_of_the_first_article_and_its_facts_count_once(
    kb: KnowledgeBase,
) -> None:
    assert store(kb, doc("report", REPORT)) == "ingested"
    assert store(kb, doc("copy", COPY, 2)) == "near_duplicate"
    assert store(kb, doc("rewrite", REWRITE, 3)) == "near_duplicate"
    assert store(kb, doc("other", OTHER)) == "ingested"
    with kb.session() as session:
        groups = dict(session.execute(select(DocumentRow.id, DocumentRow.duplicate_of)).all())
        assert groups == {"report": None, "copy": "report", "rewrite": "report", "other": None}
        facts = session.scalars(select(FactRow).order_by(FactRow.id)).all()
        # three shared facts stored once by the first article, the rewrite's own fact by it
        assert [(f.doc_id, f.type) for f in facts] == [
            ("report", "work"),
            ("report", "status"),
            ("report", "credit"),
            ("rewrite", "credit"),
        ]
        for fact in facts[:3]:
            sources = {fact.doc_id} | {e.doc_id for e in fact.evidence}
            assert sources == {"report", "copy", "rewrite"}
        # evidence spans of a copy point into the copy's own text
        copy_span = session.scalars(
            select(EvidenceRow).where(
                EvidenceRow.doc_id == "copy", EvidenceRow.fact_id == facts[1].id
            )
        ).one()
        assert COPY[copy_span.start : copy_span.end].startswith("Apple TV+ has renewed")
        stats = kb_stats(session)
    assert stats["documents"] == 4
    assert stats["near_duplicates"] == 2 and stats["duplicate_groups"] == 1
    assert stats["facts"] == {"credit": 2, "status": 1, "work": 1}


def test_an_exact_copy_is_a_duplicate_and_stores_nothing(kb: KnowledgeBase) -> None:
    store(kb, doc("report", REPORT))
    before = kb.counts()
    assert store(kb, doc("same-text-other-id", "  " + REPORT.upper() + "\n")) == "duplicate"
    assert kb.counts() == before


def test_the_threshold_comes_from_the_settings(kb_url: str) -> None:
    strict = DuplicateSettings(threshold=0.95)
    with KnowledgeBase(kb_url, duplicates=strict) as kb:
        store(kb, doc("report", REPORT))
        assert store(kb, doc("rewrite", REWRITE)) == "ingested"


def test_the_threshold_can_be_set_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARQUEE_DUPLICATE_THRESHOLD", "0.8")
    assert DuplicateSettings.from_env().threshold == 0.8
    monkeypatch.delenv("MARQUEE_DUPLICATE_THRESHOLD")
    assert DuplicateSettings.from_env() == DuplicateSettings()


def test_two_batches_give_what_one_batch_gives_and_again_changes_nothing(
    kb_url: str, tmp_path: Path
) -> None:
    articles = [doc("report", REPORT), doc("other", OTHER), doc("copy", COPY)]
    articles.append(doc("rewrite", REWRITE))
    with KnowledgeBase(f"sqlite:///{tmp_path / 'one-go.db'}") as kb:
        for article in articles:
            store(kb, article)
        with kb.session() as session:
            one_go = kb_stats(session)
    with KnowledgeBase(kb_url) as kb:
        for article in articles[:2]:
            store(kb, article)
    with KnowledgeBase(kb_url) as kb:  # a second batch, as from another process
        for article in articles[2:]:
            store(kb, article)
        with kb.session() as session:
            assert kb_stats(session) == one_go
        for article in articles:  # everything again: all exact duplicates
            assert store(kb, article) == "duplicate"
        with kb.session() as session:
            assert kb_stats(session) == one_go
    assert one_go["near_duplicates"] == 2 and one_go["duplicate_groups"] == 1
