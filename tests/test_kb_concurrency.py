"""Concurrency: a reader works while an ingest writes; concurrent ingests lose nothing.

Both run on every backend of ``kb_url``. Nothing here measures time: the reader test
holds the writer inside its transaction with events, and the ingest test only checks
what was stored.
"""

from __future__ import annotations

import multiprocessing
import random
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, func, select
from typer.testing import CliRunner

from marquee.cli import app
from marquee.extract.records import Company, Credit, Fact, Status, Work
from marquee.kb import KnowledgeBase
from marquee.kb.models import DocumentRow, Entity, FactRow
from marquee.sources.document import Document

GUARD_S = 60  # only so a broken build fails instead of hanging; never asserted on

WORDS = (
    "network studio series drama comedy thriller season episode finale premiere renewal "
    "showrunner writer director producer cast ensemble lead guest pilot script table read "
    "shoot location set costume score trailer teaser poster festival award nomination "
    "critic review audience ratings streaming platform schedule autumn spring summer winter "
    "adaptation novel memoir anthology limited miniseries spinoff reboot revival sequel"
).split()

WORKS = [f"Test Series {n}" for n in range(6)]
PEOPLE = [f"Actor Number{n}" for n in range(10)]
NETWORKS = ["Channel Alpha", "Channel Beta", "Channel Gamma"]


def article(n: int) -> Document:
    """Article ``n``: words of its own (no two are near-duplicates), dated, stable id."""
    rng = random.Random(n)
    text = " ".join(rng.choice(WORDS) for _ in range(80)) + f" (report {n})."
    return Document(id=f"article-{n:03d}", text=text, source=f"article-{n:03d}.txt")


def facts_of(document: Document, n: int) -> list[Fact]:
    """Facts that share works, people and networks with other articles, in varying order."""
    d = document.id
    work = WORKS[n % len(WORKS)]
    people = [PEOPLE[(n + k) % len(PEOPLE)] for k in range(3)]
    if n % 2:
        people.reverse()  # entities created in another order than a neighbour's
    facts: list[Fact] = [
        Work(doc=d, title=work, kind="series"),
        Company(doc=d, work=work, company=NETWORKS[n % len(NETWORKS)], role="network"),
        Status(doc=d, work=work, season=1 + n % 4, status="renewed", date=None),
    ]
    facts += [
        Credit(doc=d, work=work, season=None, person=p, role="cast", character=None)
        for p in people
    ]
    return facts


def ingest_articles(url: str, numbers: list[int], start: Any) -> Counter[str]:
    """Ingest articles ``numbers`` into ``url`` once ``start`` lets every worker go."""
    start.wait(GUARD_S)
    outcomes: Counter[str] = Counter()
    with KnowledgeBase(url) as kb:  # opening a new database migrates it, under a lock
        for n in numbers:
            document = article(n)
            outcomes[kb.ingest(document, facts_of(document, n))] += 1
    return outcomes


def test_concurrent_ingests_into_one_database_store_every_document_once(kb_url: str) -> None:
    """Two processes, overlapping sets in opposite orders, into one new database."""
    first = list(range(0, 30))
    second = list(reversed(range(10, 40)))
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(2)
        with context.Pool(2) as pool:
            jobs = [
                pool.apply_async(ingest_articles, (kb_url, numbers, start))
                for numbers in (first, second)
            ]
            outcomes = [job.get(GUARD_S * 3) for job in jobs]  # re-raises a worker's error
    assert sum(outcomes, Counter()) == Counter(ingested=40, duplicate=20)
    assert [sum(o.values()) for o in outcomes] == [30, 30]
    with KnowledgeBase(kb_url) as kb, kb.session() as session:
        ids = session.scalars(select(DocumentRow.id)).all()
        assert sorted(ids) == [f"article-{n:03d}" for n in range(40)]
        per_doc = session.execute(
            select(FactRow.doc_id, func.count()).group_by(FactRow.doc_id)
        ).all()
        assert dict(per_doc) == {f"article-{n:03d}": 6 for n in range(40)}
        names = session.execute(select(Entity.kind, Entity.name)).all()
        assert Counter(kind for kind, _ in names) == Counter(
            work=len(WORKS), person=len(PEOPLE), company=len(NETWORKS)
        )


def test_two_ingests_of_the_same_documents_store_them_once(kb_url: str) -> None:
    """The same set from two processes at once: every document once, the rest duplicates."""
    numbers = list(range(20))
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(2)
        with context.Pool(2) as pool:
            jobs = [pool.apply_async(ingest_articles, (kb_url, numbers, start)) for _ in "ab"]
            outcomes = [job.get(GUARD_S * 3) for job in jobs]
    assert sum(outcomes, Counter()) == Counter(ingested=20, duplicate=20)
    with KnowledgeBase(kb_url) as kb:
        assert kb.counts()["documents"] == 20
        assert kb.counts()["facts"] == 20 * 6


class HeldWriter:
    """An ingest on its own thread and connection, held inside its transaction.

    It stops right after its first INSERT into ``facts`` (the document row is already
    written, uncommitted) until ``release`` is called.
    """

    def __init__(self, url: str, document: Document, facts: list[Fact]) -> None:
        self.kb = KnowledgeBase(url)
        self.inside = threading.Event()
        self._go_on = threading.Event()
        self.error: BaseException | None = None
        event.listen(self.kb.engine, "after_cursor_execute", self._hold)
        self._thread = threading.Thread(target=self._run, args=(document, facts))

    def _hold(self, *args: Any) -> None:
        statement = args[2]
        if statement.lstrip().upper().startswith("INSERT INTO FACTS") and not self.inside.is_set():
            self.inside.set()
            self._go_on.wait(GUARD_S)

    def _run(self, document: Document, facts: list[Fact]) -> None:
        try:
            self.kb.ingest(document, facts)
        except BaseException as exc:  # reported by release()
            self.error = exc
            self.inside.set()

    def start(self) -> None:
        self._thread.start()
        assert self.inside.wait(GUARD_S), "the writer never reached its transaction"
        assert self.error is None, self.error

    def release(self) -> None:
        self._go_on.set()
        self._thread.join(GUARD_S)
        self.kb.close()
        assert self.error is None, self.error


@pytest.fixture
def runner() -> Iterator[CliRunner]:
    yield CliRunner()


def test_show_reads_while_an_ingest_is_writing(kb_url: str, runner: CliRunner) -> None:
    with KnowledgeBase(kb_url) as kb:
        kb.ingest(article(1), facts_of(article(1), 6))  # both about WORKS[0]
    writer = HeldWriter(kb_url, article(2), facts_of(article(2), 12))
    writer.start()
    try:
        during = runner.invoke(app, ["show", WORKS[0], "--db", kb_url])
        with KnowledgeBase(kb_url) as reader:
            assert reader.counts()["documents"] == 1  # the writer's row is not visible yet
    finally:
        writer.release()
    assert during.exit_code == 0, during.output
    assert "article-001" in during.stdout and "article-002" not in during.stdout
    after = runner.invoke(app, ["show", WORKS[0], "--db", kb_url])
    assert after.exit_code == 0, after.output
    assert "article-002" in after.stdout
