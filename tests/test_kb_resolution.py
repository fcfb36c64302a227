"""Entity resolution across documents: merges that must happen, merges that must not,
the evidence recorded for each (``marquee why``) and user splits (``marquee split``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import count

import pytest
from alembic import command
from sqlalchemy import Engine, select
from typer.testing import CliRunner

from marquee.cli import app
from marquee.extract.records import Company, Credit, Fact, Quote, Status, Work
from marquee.kb import KnowledgeBase
from marquee.kb.db import alembic_config, make_engine, upgrade
from marquee.kb.explain import explain
from marquee.kb.models import Alias, Entity, FactRow, SplitRow
from marquee.kb.normalise import company_key, person_key, work_key

runner = CliRunner()
_ids = count(1)


@pytest.fixture
def kb(kb_url: str) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(kb_url) as knowledge_base:
        yield knowledge_base


def ingest(kb: KnowledgeBase, *facts: Fact, doc: str | None = None) -> str:
    """Store ``facts`` as one article of their own (each article gets distinct words)."""
    from marquee.sources.document import Document

    doc_id = doc or f"article-{next(_ids)}"
    words = " ".join(f"{doc_id} word{i * 7 + len(doc_id)}" for i in range(40))
    document = Document(id=doc_id, text=f"An article of its own: {words}.", date=date(2024, 1, 1))
    for fact in facts:
        fact.doc = doc_id
    assert kb.ingest(document, list(facts)) == "ingested"
    return doc_id


def entities(kb: KnowledgeBase, kind: str) -> dict[str, list[str]]:
    """Each entity of ``kind`` by name, with its aliases."""
    with kb.session() as session:
        found = session.scalars(select(Entity).where(Entity.kind == kind).order_by(Entity.id))
        return {e.name: sorted(a.alias for a in e.aliases) for e in found}


def cast(work: str, person: str, character: str | None = None) -> Credit:
    return Credit(doc="", work=work, season=None, person=person, role="cast", character=character)


def series(title: str) -> Work:
    return Work(doc="", title=title, kind="series")


# -- keys -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant",
    ["the hare", "THE HARE", "'The Hare'", "\u201cThe Hare\u201d", "Hare", "FX's The Hare"],
)
def test_title_variants_share_a_key(variant: str) -> None:
    assert work_key(variant) == work_key("The Hare")


def test_a_possessive_that_is_part_of_the_title_is_kept() -> None:
    assert work_key("Bramble's Creek") == work_key("Brambles Creek") != work_key("Creek")
    assert work_key("Grey's Anatomy") != work_key("Anatomy")


@pytest.mark.parametrize(
    ("a", "b"),
    [("BBC One", "BBC1"), ("BBC One", "BBC 1"), ("Disney+", "Disney Plus"), ("The CW", "CW"),
     ("Channel 4", "Channel Four"), ("Prime Video", "Amazon Prime Video")],
)
def test_company_aliases_share_a_key(a: str, b: str) -> None:
    assert company_key(a) == company_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("HBO", "HBO Max"), ("Disney+", "Disney"), ("Apple TV+", "Apple TV"), ("BBC One", "BBC Two"),
     ("Amazon", "Prime Video")],
)
def test_related_brands_keep_their_own_key(a: str, b: str) -> None:
    assert company_key(a) != company_key(b)


def test_person_key_ignores_hyphens_accents_and_case() -> None:
    assert person_key("Catherine Vale-Morgan") == person_key("catherine vale morgan")
    assert person_key("Penélope Cruz") == person_key("Penelope Cruz")


# -- works ----------------------------------------------------------------------------


def test_title_variants_resolve_to_one_work_with_the_rule_recorded(kb: KnowledgeBase) -> None:
    first = ingest(kb, series("The Hare"))
    ingest(kb, Status(doc="", work="'The Hare'", season=3, status="renewed", date=None))
    ingest(kb, Company(doc="", work="FX's The Hare", company="FX", role="network"))
    ingest(kb, cast("THE HARE", "Ayo Edema"))
    works = entities(kb, "work")
    assert list(works) == ["The Hare"]
    assert works["The Hare"] == ["'The Hare'", "FX's The Hare", "THE HARE", "The Hare"]
    with kb.session() as session:
        (found,) = explain(session, "the hare", "work")
    rules = {line.alias: (line.rule, line.doc_id) for line in found.aliases}
    assert rules["The Hare"] == ("first mention", first)
    assert rules["FX's The Hare"][0] == "title variant"
    assert rules["THE HARE"][0] == "same spelling"
    assert found.facts == 4 and found.documents == 4


def test_a_possessive_of_a_known_company_is_dropped_from_a_title(kb: KnowledgeBase) -> None:
    ingest(kb, series("Tin Star"), Company(doc="", work="Tin Star", company="Sky Atlantic",
                                           role="network"))
    ingest(kb, Company(doc="", work="Tin Star", company="Channel Alpha", role="distributor"))
    ingest(kb, Status(doc="", work="Channel Alpha's Tin Star", season=3, status="renewed",
                      date=None))  # a company the knowledge base knows
    ingest(kb, cast("Sky Atlantic\u2019s Tin Star", "Tim Roth"))  # a network of the vocabulary
    ingest(kb, cast("Jim Keats's Tin Star", "Christina Hendricks"))  # a person owns nothing
    works = entities(kb, "work")
    assert sorted(works) == ["Jim Keats's Tin Star", "Tin Star"]
    assert works["Tin Star"] == ["Channel Alpha's Tin Star", "Sky Atlantic\u2019s Tin Star",
                                 "Tin Star"]


def test_a_series_and_a_film_of_one_title_stay_apart(kb: KnowledgeBase) -> None:
    ingest(kb, Work(doc="", title="Snowpiercer", kind="film"), cast("Snowpiercer", "Chris Evans"))
    ingest(kb, series("Snowpiercer"), cast("Snowpiercer", "Daveed Diggs"))
    ingest(kb, Status(doc="", work="Snowpiercer", season=4, status="renewed", date=None))
    with kb.session() as session:
        works = session.scalars(select(Entity).where(Entity.kind == "work")).all()
        assert sorted((w.name, w.work_kind) for w in works) == [
            ("Snowpiercer", "film"),
            ("Snowpiercer", "series"),
        ]
        by_kind = {w.work_kind: w.id for w in works}
        season = session.scalars(select(FactRow).where(FactRow.type == "status")).one()
        assert season.work_entity_id == by_kind["series"]  # a season belongs to the series
        evans = session.scalars(
            select(FactRow).where(FactRow.fields["person"].as_string() == "Chris Evans")
        ).one()
        assert evans.work_entity_id == by_kind["film"]


def test_a_title_of_unknown_kind_joins_the_work_that_shares_its_people(
    kb: KnowledgeBase,
) -> None:
    director = Credit(doc="", work="Snowpiercer", season=None, person="Bong Joon-ho",
                      role="director")
    ingest(kb, Work(doc="", title="Snowpiercer", kind="film"), director)
    ingest(kb, series("Snowpiercer"), cast("Snowpiercer", "Daveed Diggs", "Andre Layton"))
    ingest(kb, cast("Snowpiercer", "Daveed Diggs"))  # no kind stated: the series
    ingest(kb, Credit(doc="", work="Snowpiercer", season=None, person="Bong Joon-ho",
                      role="writer"))  # no kind stated: the film
    with kb.session() as session:
        kinds = {
            (f.fields["person"], f.fields["role"]): f.work.work_kind
            for f in session.scalars(select(FactRow).where(FactRow.type == "credit"))
            if f.work is not None
        }
    assert kinds == {
        ("Bong Joon-ho", "director"): "film",
        ("Bong Joon-ho", "writer"): "film",
        ("Daveed Diggs", "cast"): "series",
    }


def test_a_work_of_unknown_kind_takes_the_kind_a_later_article_states(kb: KnowledgeBase) -> None:
    ingest(kb, cast("Slow Horses", "Gary Oldman", "Jackson Lamb"))
    ingest(kb, series("Slow Horses"))
    with kb.session() as session:
        (work,) = session.scalars(select(Entity).where(Entity.kind == "work")).all()
        assert work.work_kind == "series"


# -- people ---------------------------------------------------------------------------


def test_a_hyphen_variant_of_a_full_name_merges(kb: KnowledgeBase) -> None:
    ingest(kb, cast("Prodigal Kin", "Catherine Vale-Morgan"))
    ingest(kb, cast("Spat", "Catherine Vale Morgan"))
    assert entities(kb, "person") == {
        "Catherine Vale-Morgan": ["Catherine Vale Morgan", "Catherine Vale-Morgan"]
    }


def test_a_misspelt_name_merges_when_it_shares_a_work(kb: KnowledgeBase) -> None:
    ingest(kb, series("Industry"), cast("Industry", "Kit Harington", "Henry Muck"))
    ingest(kb, Status(doc="", work="Industry", season=3, status="renewed", date=None),
           cast("Industry", "Kit Harrington"))
    people = entities(kb, "person")
    assert people == {"Kit Harington": ["Kit Harington", "Kit Harrington"]}
    with kb.session() as session:
        (found,) = explain(session, "Kit Harrington")
    line = next(a for a in found.aliases if a.alias == "Kit Harrington")
    assert line.rule == "spelling variant" and "Industry" in line.detail


def test_a_short_first_name_merges_when_it_shares_a_work(kb: KnowledgeBase) -> None:
    ingest(kb, series("Industry"), cast("Industry", "Kon Kay"), cast("Industry", "Joanna Kay"))
    ingest(kb, cast("Industry", "Konrad Kay"))
    ingest(kb, cast("Industry", "Jo Kay"))  # too short to stand for Joanna
    people = entities(kb, "person")
    assert people == {  # named in the fullest form
        "Konrad Kay": ["Kon Kay", "Konrad Kay"],
        "Joanna Kay": ["Joanna Kay"],
        "Jo Kay": ["Jo Kay"],
    }
    with kb.session() as session:
        rule = session.scalar(select(Alias.rule).where(Alias.alias == "Konrad Kay"))
    assert rule == "short first name"


def test_a_possessive_after_a_name_is_the_same_person(kb: KnowledgeBase) -> None:
    ingest(kb, Credit(doc="", work="Kes", season=None, person="Tam Orrick\u2019s",
                      role="director"))
    ingest(kb, cast("Poor Things", "Tam Orrick's"))
    ingest(kb, cast("Kes", "Tam Orrick"))
    assert entities(kb, "person") == {"Tam Orrick": ["Tam Orrick"]}


def test_a_misspelt_name_without_shared_context_stays_apart(kb: KnowledgeBase) -> None:
    ingest(kb, cast("Industry", "Kit Harington"))
    ingest(kb, cast("Eternals", "Kit Harrington"))
    assert sorted(entities(kb, "person")) == ["Kit Harington", "Kit Harrington"]


def test_different_people_with_one_surname_never_merge(kb: KnowledgeBase) -> None:
    ingest(kb, cast("Bramble's Creek", "Eugene Lesko", "Johnny Thorn"))
    ingest(kb, cast("Bramble's Creek", "Dan Lesko", "David Rose"))
    ingest(kb, cast("Bramble's Creek", "Sarah Lesko", "Twyla Sands"))
    assert sorted(entities(kb, "person")) == ["Dan Lesko", "Eugene Lesko", "Sarah Lesko"]


def test_a_bare_surname_is_the_full_name_of_the_same_article(kb: KnowledgeBase) -> None:
    ingest(
        kb,
        cast("Ronin Road", "Hiroshi Sanders", "Toranaga"),
        Quote(doc="", speaker="Sanders", text="I wanted it to be authentic.", kind="direct"),
    )
    assert list(entities(kb, "person")) == ["Hiroshi Sanders"]
    with kb.session() as session:
        quote = session.scalars(select(FactRow).where(FactRow.type == "quote")).one()
        assert quote.subject is not None and quote.subject.name == "Hiroshi Sanders"


def test_a_surname_shared_by_two_people_of_the_article_creates_nobody(kb: KnowledgeBase) -> None:
    ingest(
        kb,
        cast("Bramble's Creek", "Eugene Lesko"),
        cast("Bramble's Creek", "Dan Lesko"),
        Quote(doc="", speaker="Lesko", text="It was a family project.", kind="direct"),
    )
    assert sorted(entities(kb, "person")) == ["Dan Lesko", "Eugene Lesko"]


# -- companies ------------------------------------------------------------------------


def test_network_aliases_merge_and_related_brands_do_not(kb: KnowledgeBase) -> None:
    ingest(kb, Company(doc="", work="Happy Valley", company="BBC One", role="network"))
    ingest(kb, Company(doc="", work="Happy Valley", company="BBC1", role="network"))
    ingest(kb, Company(doc="", work="The Baritones", company="HBO", role="network"))
    ingest(kb, Company(doc="", work="Peacemaker", company="HBO Max", role="network"))
    companies = entities(kb, "company")
    assert companies == {"BBC One": ["BBC One", "BBC1"], "HBO": ["HBO"], "HBO Max": ["HBO Max"]}
    with kb.session() as session:
        rule = session.scalar(select(Alias.rule).where(Alias.alias == "BBC1"))
    assert rule == "same spelling"  # BBC1 = BBC One by the number rule


def test_a_known_alias_group_merges_with_its_rule(kb: KnowledgeBase) -> None:
    ingest(kb, Company(doc="", work="The Boys", company="Prime Video", role="network"))
    ingest(kb, Company(doc="", work="The Boys", company="Amazon Prime Video", role="network"))
    ingest(kb, Company(doc="", work="The Boys", company="Amazon", role="distributor"))
    assert sorted(entities(kb, "company")) == ["Amazon", "Prime Video"]
    with kb.session() as session:
        rule = session.scalar(select(Alias.rule).where(Alias.alias == "Amazon Prime Video"))
    assert rule == "company alias"


# -- split ----------------------------------------------------------------------------


def _merged_harington(kb: KnowledgeBase) -> tuple[str, str]:
    first = ingest(kb, series("Industry"), cast("Industry", "Kit Harington", "Henry Muck"))
    second = ingest(kb, cast("Industry", "Kit Harrington", "Henry Muck"),
                    Status(doc="", work="Industry", season=2, status="renewed", date=None))
    return first, second


def test_split_moves_the_alias_and_its_facts_and_survives_reingest(kb: KnowledgeBase) -> None:
    _merged_harington(kb)
    result = runner.invoke(app, ["split", "Kit Harington", "Kit Harrington", "--db", kb.url])
    assert result.exit_code == 0, result.output
    assert "into #" in result.stdout
    assert entities(kb, "person") == {
        "Kit Harington": ["Kit Harington"],
        "Kit Harrington": ["Kit Harrington"],
    }
    before = kb.counts()
    # a new article with the split-off spelling, on the same work: it stays apart
    ingest(kb, cast("Industry", "Kit Harrington"))
    ingest(kb, cast("Industry", "KIT HARRINGTON"))
    assert entities(kb, "person") == {
        "Kit Harington": ["Kit Harington"],
        "Kit Harrington": ["KIT HARRINGTON", "Kit Harrington"],
    }
    with kb.session() as session:
        persons = session.scalars(select(Entity).where(Entity.kind == "person"))
        people = {e.name: e.id for e in persons}
        subjects = session.execute(
            select(FactRow.fields, FactRow.subject_entity_id).where(FactRow.type == "credit")
        ).all()
        for fields, subject in subjects:
            expected = "Kit Harington" if fields["person"] == "Kit Harington" else "Kit Harrington"
            assert subject == people[expected]
        assert session.scalars(select(SplitRow.alias)).all() == ["Kit Harrington"]
    assert kb.counts()["documents"] == before["documents"] + 2


def test_why_lists_aliases_rules_and_splits(kb: KnowledgeBase) -> None:
    first, second = _merged_harington(kb)
    result = runner.invoke(app, ["why", "Kit Harrington", "--db", kb.url])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Kit Harington" in out and "first mention" in out and first in out
    assert "spelling variant" in out and second in out
    runner.invoke(app, ["split", "Kit Harington", "Kit Harrington", "--db", kb.url])
    result = runner.invoke(app, ["why", "Kit Harington", "--kind", "person", "--db", kb.url])
    assert "split: 'Kit Harrington' from Kit Harington to Kit Harrington" in result.stdout


def test_why_and_split_fail_in_one_line(kb: KnowledgeBase) -> None:
    _merged_harington(kb)
    for args, message in [
        (["why", "Nobody Known"], "Not found: Nobody Known"),
        (["split", "Nobody Known", "X"], "error: no entity called 'Nobody Known'"),
        (["split", "Kit Harington", "Kit Haringten"], "has no alias 'Kit Haringten'"),
        (["split", "Industry", "Industry"], "is the only alias of Industry"),
        (["why", "Industry", "--kind", "show"], "--kind must be one of"),
    ]:
        result = runner.invoke(app, [*args, "--db", kb.url])
        assert result.exit_code != 0
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_split_of_a_work_alias_moves_the_facts_written_with_it(kb: KnowledgeBase) -> None:
    ingest(kb, series("The Hare"), cast("The Hare", "Jeremy Alden Wick"))
    ingest(kb, cast("Hare", "Ayo Edema"))
    with kb.session() as session:
        from marquee.kb.explain import split_alias

        result = split_alias(session, "The Hare", "Hare", "work")
        session.commit()
        assert result.facts_moved == 1
    ingest(kb, cast("Hare", "Abby Elliott"))
    with kb.session() as session:
        moved = session.scalars(
            select(FactRow.fields).where(FactRow.work_entity_id == result.target.id)
        ).all()
    assert sorted(f["person"] for f in moved) == ["Abby Elliott", "Ayo Edema"]


# -- migration ------------------------------------------------------------------------

WORK = "(SELECT id FROM entities WHERE name = 'The Hare')"
NETWORK = "(SELECT id FROM entities WHERE name = 'FX')"
ROWS_0001 = [  # no explicit ids, so PostgreSQL's sequences stay right
    "INSERT INTO documents (id, source, text_hash, text, ingested_at) "
    "VALUES ('old', 'old.txt', 'h', 'FX renewed The Hare.', '2024-01-01 00:00:00')",
    "INSERT INTO entities (kind, name, norm_name) VALUES ('work', 'The Hare', 'the hare')",
    "INSERT INTO entities (kind, name, norm_name) VALUES ('company', 'FX', 'fx')",
    f"INSERT INTO aliases (entity_id, alias, norm_alias) VALUES ({WORK}, 'The Hare', 'the hare')",
    f"INSERT INTO aliases (entity_id, alias, norm_alias) VALUES ({NETWORK}, 'FX', 'fx')",
    "INSERT INTO facts (type, doc_id, work_entity_id, subject_entity_id, fields, confidence, "
    f"key) VALUES ('company', 'old', {WORK}, {NETWORK}, '{{}}', 0.8, 'k')",
    'INSERT INTO evidence (fact_id, doc_id, start, "end") '
    "VALUES ((SELECT id FROM facts), 'old', 0, 2)",
]


def _snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    queries = {
        "aliases": "SELECT id, entity_id, alias FROM aliases ORDER BY id",
        "facts": "SELECT id, work_entity_id, subject_entity_id FROM facts ORDER BY id",
        "evidence": "SELECT id, fact_id FROM evidence ORDER BY id",
        "documents": "SELECT id FROM documents ORDER BY id",
    }
    with engine.connect() as connection:
        return {
            name: [tuple(row) for row in connection.exec_driver_sql(query)]
            for name, query in queries.items()
        }


def test_migration_0002_keeps_the_data_of_a_0001_knowledge_base(kb_url: str) -> None:
    engine = make_engine(kb_url)
    try:
        upgrade(engine, "0001")
        with engine.begin() as connection:
            for statement in ROWS_0001:
                connection.exec_driver_sql(statement)
        before = _snapshot(engine)
        upgrade(engine)
        assert _snapshot(engine) == before  # no cascade emptied or unlinked anything
        cfg = alembic_config(kb_url)
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.downgrade(cfg, "0001")
        assert _snapshot(engine) == before
        upgrade(engine)
    finally:
        engine.dispose()
    with KnowledgeBase(kb_url) as kb:
        ingest(kb, cast("Hare", "Jeremy Alden Wick"))  # the old alias got its new key
        assert list(entities(kb, "work")) == ["The Hare"]


def test_split_of_an_ambiguous_name_asks_for_the_entity(kb: KnowledgeBase) -> None:
    ingest(kb, Work(doc="", title="Snowpiercer", kind="film"))
    ingest(kb, series("Snowpiercer"), cast("'Snowpiercer'", "Daveed Diggs"))
    result = runner.invoke(app, ["split", "Snowpiercer", "'Snowpiercer'", "--db", kb.url])
    assert result.exit_code == 1
    assert "'Snowpiercer' names 2 entities" in result.stderr and "give --kind or --id" in (
        result.stderr
    )
    with kb.session() as session:
        series_id = session.scalar(select(Entity.id).where(Entity.work_kind == "series"))
    args = ["split", "Snowpiercer", "'Snowpiercer'", "--id", str(series_id), "--db", kb.url]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "with 1 fact;" in result.stdout
    with kb.session() as session:
        names = session.scalars(select(Entity.name).where(Entity.kind == "work")).all()
    assert sorted(names) == ["'Snowpiercer'", "Snowpiercer", "Snowpiercer"]
