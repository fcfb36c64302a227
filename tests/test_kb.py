"""The knowledge base: migrations, ingest, idempotence, entity resolution and cards."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from conftest import drop_pg_database, fresh_pg_database
from sqlalchemy import Engine, inspect, select, text

from marquee.extract.records import (
    Character,
    Company,
    Credit,
    Evidence,
    Fact,
    Genre,
    Location,
    Quote,
    Status,
    Work,
)
from marquee.kb import KnowledgeBase, norm_name
from marquee.kb.db import _enable_wal, alembic_config, needs_upgrade, upgrade
from marquee.kb.models import Alias, Base, Entity, EvidenceRow, FactRow
from marquee.sources.document import Document

RENEWAL = (
    "FX has ordered a second season of The Hare, its kitchen drama created by Christopher "
    "Stowe. Jeremy Alden Wick stars as Carmen Bertollo, a chef who comes home to Chicago "
    "to run his late brother's sandwich shop."
)
PREMIERE = (
    "All ten episodes of the third season of THE HARE arrive on Hulu on June 26, 2024. "
    "Jeremy Alden Wick is back as Carmen Bertollo, and Ayo Edema returns as Sydney Adoma. "
    "FX said the new season is about the cost of chasing perfection."
)
RONIN_ROAD = ("FX adapted Jarvis Clement's novel Ronin Road as a limited series starring "
              "Hiroshi Sanders.")


def span(text: str, part: str) -> list[Evidence]:
    start = text.index(part)
    return [Evidence(start, start + len(part))]


def renewal() -> tuple[Document, list[Fact]]:
    doc = Document(id="hare-renewal", text=RENEWAL, date=date(2022, 9, 29), source="a.txt")
    t = RENEWAL
    facts: list[Fact] = [
        Status(doc=doc.id, work="The Hare", season=2, status="in_production", date=None),
        Work(doc=doc.id, title="The Hare", kind="series", evidence=span(t, "The Hare")),
        Status(
            doc=doc.id,
            work="The Hare",
            season=2,
            status="renewed",
            date="2022-09-29",
            evidence=span(t, "FX has ordered a second season of The Hare"),
        ),
        Company(doc=doc.id, work="The Hare", company="FX", role="network"),
        Genre(doc=doc.id, work="The Hare", genre="kitchen drama"),
        Credit(
            doc=doc.id, work="The Hare", season=None, person="Christopher Stowe", role="creator"
        ),
        Credit(
            doc=doc.id,
            work="The Hare",
            season=None,
            person="Jeremy Alden Wick",
            role="cast",
            character="Carmen Bertollo",
            evidence=span(t, "Jeremy Alden Wick stars as Carmen Bertollo"),
        ),
        Character(
            doc=doc.id,
            work="The Hare",
            character="Carmen Bertollo",
            description="a chef who comes home to Chicago",
        ),
        Location(doc=doc.id, work="The Hare", season=None, place="Chicago", role="setting"),
    ]
    return doc, facts


def premiere() -> tuple[Document, list[Fact]]:
    doc = Document(id="hare-premiere", text=PREMIERE, date=date(2024, 5, 20), source="b.txt")
    t = PREMIERE
    facts: list[Fact] = [
        Work(doc=doc.id, title="THE HARE", kind="unknown"),
        Status(
            doc=doc.id,
            work="the Hare",
            season=3,
            status="premiere_scheduled",
            date="2024-06-26",
            evidence=span(t, "arrive on Hulu on June 26, 2024"),
        ),
        Company(doc=doc.id, work="The Hare", company="Hulu", role="distributor"),
        Company(doc=doc.id, work="The Hare", company="FX", role="network"),
        Credit(
            doc=doc.id,
            work="The Hare",
            season=None,
            person="Jeremy Alden Wick",
            role="cast",
            character="Carmen Bertollo",
        ),
        Credit(
            doc=doc.id,
            work="The Hare",
            season=3,
            person="Ayo Edema",
            role="cast",
            character="Sydney Adoma",
        ),
        Quote(
            doc=doc.id,
            work="The Hare",
            speaker="FX",
            kind="indirect",
            text="the new season is about the cost of chasing perfection",
        ),
    ]
    return doc, facts


@pytest.fixture
def kb(kb_url: str) -> Iterator[KnowledgeBase]:
    """An empty knowledge base on each backend (see ``kb_url`` in conftest.py)."""
    with KnowledgeBase(kb_url) as knowledge_base:
        yield knowledge_base


def test_migrations_create_the_schema(kb: KnowledgeBase) -> None:
    tables = set(inspect(kb.engine).get_table_names())
    assert {"documents", "entities", "aliases", "facts", "evidence", "alembic_version"} <= tables
    with kb.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert compare_metadata(context, Base.metadata) == []  # migrations match the models
        heads = ScriptDirectory.from_config(alembic_config(kb.url)).get_heads()
        assert set(context.get_current_heads()) == set(heads)


def test_every_migration_goes_down_and_up_again(kb: KnowledgeBase) -> None:
    """Each revision's downgrade undoes its upgrade, step by step down to an empty database."""
    cfg = alembic_config(kb.url)
    revisions = [r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()]
    assert len(revisions) >= 2
    for revision in revisions:  # newest first
        with kb.engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "-1")
            assert MigrationContext.configure(connection).get_current_heads() != (revision,)
    assert set(inspect(kb.engine).get_table_names()) <= {"alembic_version"}
    upgrade(kb.engine)
    with kb.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    assert kb.ingest(*renewal()) == "ingested"


def test_sqlite_gets_its_folder_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    with KnowledgeBase(f"sqlite:///{tmp_path / 'kb' / 'marquee.db'}") as kb:
        with kb.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    assert (tmp_path / "kb" / "marquee.db").exists()


class BusyCursor:
    """A cursor whose first ``failures`` switches to WAL fail as a racing opener makes them."""

    def __init__(self, failures: int, error: str = "database is locked") -> None:
        self.failures = failures
        self.error = error
        self.switches = 0

    def execute(self, sql: str) -> BusyCursor:
        if sql == "PRAGMA journal_mode=WAL":
            self.switches += 1
            if self.switches <= self.failures:
                raise sqlite3.OperationalError(self.error)
        return self

    def fetchone(self) -> tuple[str]:
        return ("delete",)


def test_switching_a_new_sqlite_file_to_wal_retries_while_another_opener_holds_it() -> None:
    cursor = BusyCursor(failures=3)
    _enable_wal(cursor, busy_timeout_ms=10_000)  # type: ignore[arg-type]
    assert cursor.switches == 4
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        _enable_wal(BusyCursor(1, "disk I/O error"), busy_timeout_ms=10_000)  # type: ignore[arg-type]
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        _enable_wal(BusyCursor(10**9), busy_timeout_ms=0)  # type: ignore[arg-type]


def test_opening_an_up_to_date_kb_again_runs_no_migration(kb: KnowledgeBase) -> None:
    kb.ingest(*renewal())
    with KnowledgeBase(kb.url) as again:
        assert not needs_upgrade(again.engine)
        assert again.counts()["documents"] == 1
    with kb.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM alembic_version")
    assert needs_upgrade(kb.engine)


def test_ingest_stores_document_facts_and_evidence(kb: KnowledgeBase) -> None:
    doc, facts = renewal()
    assert kb.ingest(doc, facts) == "ingested"
    counts = kb.counts()
    assert counts["documents"] == 1
    assert counts["facts"] == len(facts)
    with kb.session() as session:
        row = session.scalars(
            select(FactRow).where(FactRow.type == "status").order_by(FactRow.id.desc())
        ).first()
        assert row is not None
        assert row.fields == facts[2].payload()
        assert row.work is not None and row.work.name == "The Hare"
        [evidence] = row.evidence
        assert RENEWAL[evidence.start : evidence.end].startswith("FX has ordered")
        credit = session.scalars(select(FactRow).where(FactRow.type == "credit")).all()
        assert {c.subject.name for c in credit if c.subject} == {
            "Christopher Stowe",
            "Jeremy Alden Wick",
        }


def test_reingest_is_idempotent(kb: KnowledgeBase) -> None:
    doc, facts = renewal()
    assert kb.ingest(doc, facts) == "ingested"
    before = kb.counts()
    assert kb.ingest(doc, facts) == "duplicate"
    same_text = Document(id="another-id", text="  " + doc.text.upper())
    assert kb.ingest(same_text, facts) == "duplicate"
    assert kb.counts() == before
    assert kb.has_document(doc.id, "x")
    assert kb.has_document("unknown", doc.text_hash)
    assert not kb.has_document("unknown", "x")


def test_repeated_fact_in_a_doc_is_stored_once_with_all_evidence(kb: KnowledgeBase) -> None:
    doc = Document(id="d", text="Netflix streams The Vault. The Vault is on Netflix.")
    facts: list[Fact] = [
        Company(doc="d", work="The Vault", company="Netflix", role="network", evidence=[e])
        for e in (Evidence(0, 26), Evidence(27, 51), Evidence(0, 26))
    ]
    kb.ingest(doc, facts)
    assert kb.counts()["facts"] == 1
    assert kb.counts()["evidence"] == 2


def test_same_title_and_same_name_across_documents_resolve_to_one_entity(
    kb: KnowledgeBase,
) -> None:
    kb.ingest(*renewal())
    kb.ingest(*premiere())
    with kb.session() as session:
        works = session.scalars(select(Entity).where(Entity.kind == "work")).all()
        assert [w.name for w in works] == ["The Hare"]
        people = session.scalars(select(Entity.name).where(Entity.kind == "person")).all()
        assert sorted(people) == ["Ayo Edema", "Christopher Stowe", "Jeremy Alden Wick"]
        aliases = session.scalars(select(Alias.alias).where(Alias.entity_id == works[0].id)).all()
        assert set(aliases) == {"The Hare", "THE HARE", "the Hare"}
        # the speaker "FX" is the network already known, not a person called FX
        quote = session.scalars(select(FactRow).where(FactRow.type == "quote")).one()
        assert quote.subject is not None and quote.subject.kind == "company"
        assert session.scalars(select(EvidenceRow.doc_id).distinct()).all()


def test_card_collects_lines_with_sources_and_a_dated_timeline(kb: KnowledgeBase) -> None:
    kb.ingest(*premiere())  # ingest order is not timeline order
    kb.ingest(*renewal())
    card = kb.card("the hare")
    assert card is not None
    assert card.title == "THE HARE"  # the first surface form seen
    assert card.kind == "series"  # "unknown" does not outvote a known kind
    assert [(n.company, n.sources) for n in card.networks] == [
        ("FX", ["hare-renewal", "hare-premiere"])  # a line's sources: oldest first
    ]
    assert [n.count for n in card.networks] == [2]
    assert [(c.company, c.role) for c in card.companies] == [("Hulu", "distributor")]
    assert [g.genre for g in card.genres] == ["kitchen drama"]
    assert [(s.date, s.status, s.season, s.sources) for s in card.timeline] == [
        ("2022-09-29", "renewed", 2, ["hare-renewal"]),
        (None, "in_production", 2, ["hare-renewal"]),  # dated by its article (2022-09-29)
        ("2024-06-26", "premiere_scheduled", 3, ["hare-premiere"]),
    ]
    assert [(c.person, c.character, c.sources) for c in card.cast] == [
        ("Jeremy Alden Wick", "Carmen Bertollo", ["hare-renewal", "hare-premiere"]),
        ("Ayo Edema", "Sydney Adoma", ["hare-premiere"]),
    ]
    assert {role: [p.person for p in people] for role, people in card.crew.items()} == {
        "creator": ["Christopher Stowe"]
    }
    assert [(p.place, p.role, p.sources) for p in card.places] == [
        ("Chicago", "setting", ["hare-renewal"])
    ]
    assert [c.name for c in card.characters] == ["Carmen Bertollo"]
    assert [(q.speaker, q.sources) for q in card.quotes] == [("FX", ["hare-premiere"])]
    assert card.documents == ["hare-premiere", "hare-renewal"]


def test_card_lookup(kb: KnowledgeBase) -> None:
    kb.ingest(*renewal())
    doc = Document(id="ronin-road", text=RONIN_ROAD)
    kb.ingest(doc, [Work(doc="ronin-road", title="Rōnin Road", kind="series")])
    assert kb.card("THE HARE!") is not None
    assert kb.card("Ronin Road") is not None  # accents ignored
    assert kb.card("hare") is not None  # a unique whole-word match
    assert kb.card("The Baer") is None  # too far for a fuzzy match
    assert kb.card("Roninn Road") is not None  # a close fuzzy match
    assert kb.card("Birthright") is None
    assert kb.suggest("The Baer") == ["The Hare"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lottie In Lisbon", "lottie in lisbon"),
        ("Grey's Almanac", "Greys Almanac"),
        ("Solange Marchetti-Roux", "solange marchetti roux"),
        ("Rōnin Road", "Ronin Road"),
        ("  The   Hare ", "The Hare"),
    ],
)
def test_norm_name_ignores_case_punctuation_and_spacing(a: str, b: str) -> None:
    assert norm_name(a) == norm_name(b)


def test_norm_name_is_conservative() -> None:
    assert norm_name("The Hare") != norm_name("Hare")
    assert norm_name("Ines Vardalou") != norm_name("Varga")


def test_each_postgresql_test_gets_a_database_of_its_own_dropped_afterwards(
    pg_server: Engine,
) -> None:
    first, second = fresh_pg_database(pg_server), fresh_pg_database(pg_server)
    assert first.database != second.database
    listed = text("SELECT datname FROM pg_database WHERE datname LIKE 'marquee_test_%'")
    with pg_server.connect() as connection:
        assert {first.database, second.database} <= set(connection.scalars(listed))
    with KnowledgeBase(first.render_as_string(hide_password=False)) as kb:
        kb.ingest(*renewal())  # a connection still open when the database is dropped
        drop_pg_database(pg_server, first)
    drop_pg_database(pg_server, second)
    with pg_server.connect() as connection:
        assert not {first.database, second.database} & set(connection.scalars(listed))
