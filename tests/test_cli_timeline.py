"""`marquee show --as-of`, `marquee timeline` and `marquee conflicts` on both backends."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marquee.cli import app
from marquee.extract.records import Credit, Fact, Quote, Status, Work
from marquee.kb import KnowledgeBase
from marquee.sources.document import Document

runner = CliRunner()


def article(doc_id: str, published: str, text: str, url: str | None = None) -> Document:
    return Document(id=doc_id, text=text, date=date.fromisoformat(published), url=url)


def status(d: Document, season: int | None, value: str, when: str | None) -> Status:
    return Status(doc=d.id, work="Severance", season=season, status=value, date=when)


def articles() -> list[tuple[Document, list[Fact]]]:
    ordered = article(
        "sev-order",
        "2019-11-01",
        "Apple has ordered Severance, an office thriller directed by Ben Stiller.",
        "https://news.test/severance-order",
    )
    premiere = article(
        "sev-premiere",
        "2021-12-01",
        "Severance premieres on February 18, 2022. Adam Scott plays Mark Scout.",
    )
    renewal = article(
        "sev-renewal",
        "2022-04-06",
        "Severance will return for a second season, Ben Stiller told Deadline on Wednesday.",
    )
    mixup = article(
        "sev-mixup",
        "2022-04-08",
        "A listings page says Severance was cancelled after one season.",
    )
    work = [Work(doc=d.id, title="Severance", kind="series") for d in (ordered, premiere)]
    return [
        (ordered, [work[0], status(ordered, 1, "announced", "2019-11-01")]),
        (
            premiere,
            [
                work[1],
                status(premiere, 1, "premiere_scheduled", "2022-02-18"),
                Credit(
                    doc=premiere.id,
                    work="Severance",
                    season=1,
                    person="Adam Scott",
                    role="cast",
                    character="Mark Scout",
                ),
            ],
        ),
        (
            renewal,
            [
                status(renewal, 2, "renewed", "2022-04-06"),
                Quote(
                    doc=renewal.id,
                    speaker="Ben Stiller",
                    kind="indirect",
                    via="Deadline",
                    work="Severance",
                    text="Severance will return for a second season",
                ),
            ],
        ),
        (mixup, [status(mixup, None, "cancelled", "2022-04-08")]),
    ]


@pytest.fixture
def db(kb_url: str) -> str:
    with KnowledgeBase(kb_url) as kb:
        for document, facts in articles():
            kb.ingest(document, facts)
    return kb_url


def lines_with(out: str, *parts: str) -> list[str]:
    return [line for line in out.splitlines() if all(p in line for p in parts)]


def test_show_lists_current_status_conflicts_quotes_and_articles(db: str) -> None:
    result = runner.invoke(app, ["show", "severance", "--db", db])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Current status" in out
    assert lines_with(out, "season 1: released", "sev-premiere")
    assert lines_with(out, "season 2: renewed", "sev-renewal")
    assert lines_with(out, "the work: cancelled", "sev-mixup")
    assert "Conflicts" in out
    assert lines_with(out, "cancelled (2022-04-08)", "sev-mixup")
    assert lines_with(out, "renewed (2022-04-06)", "sev-renewal")
    assert lines_with(out, "Ben Stiller (reported, via Deadline, 2022-04-06)", "sev-renewal")
    assert "    Severance will return for a second season" in out  # reported: no quote marks
    assert "Articles (4, 2019-11-01 to 2022-04-08)" in out


def test_show_lists_the_newest_quotes(db: str) -> None:
    later = article("sev-talk", "2022-05-02", "Adam Scott said the new season is stranger still.")
    talk = Quote(
        doc=later.id,
        speaker="Adam Scott",
        kind="indirect",
        via=None,
        work="Severance",
        text="the new season is stranger still",
    )
    with KnowledgeBase(db) as kb:
        kb.ingest(later, [talk])
    one = runner.invoke(app, ["show", "Severance", "--quotes", "1", "--db", db])
    assert one.exit_code == 0, one.output
    assert lines_with(one.stdout, "Adam Scott (reported, 2022-05-02)", "sev-talk")
    assert "    the new season is stranger still" in one.stdout  # reported: no quote marks
    assert "Ben Stiller" not in one.stdout
    assert "and 1 older (--quotes 2 shows all)" in one.stdout
    both = runner.invoke(app, ["show", "Severance", "--db", db]).stdout
    assert both.index("Adam Scott (reported, 2022-05-02)") < both.index("Ben Stiller (reported")
    none = runner.invoke(app, ["show", "Severance", "--quotes", "0", "--db", db]).stdout
    assert "Quotes" not in none and "Adam Scott (" not in none


def test_show_lists_the_oldest_and_newest_articles_past_a_limit(db: str) -> None:
    result = runner.invoke(app, ["show", "Severance", "--articles", "3", "--db", db])
    assert result.exit_code == 0, result.output
    listed = result.stdout[result.stdout.index("Articles (4, 2019-11-01 to 2022-04-08)") :]
    assert [line.split()[:2] for line in listed.splitlines()[1:]] == [
        ["2019-11-01", "sev-order"],
        ["2021-12-01", "sev-premiere"],
        ["...", "1"],
        ["2022-04-08", "sev-mixup"],
    ]


def test_show_as_of_counts_only_articles_published_by_then(db: str) -> None:
    result = runner.invoke(app, ["show", "Severance", "--as-of", "2022-01-15", "--db", db])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "as of 2022-01-15" in out
    assert lines_with(out, "season 1: premiere_scheduled (premiere 2022-02-18)")
    assert "Adam Scott as Mark Scout" in out
    for later in ("sev-renewal", "sev-mixup", "renewed", "Conflicts", "Quotes"):
        assert later not in out
    before = runner.invoke(app, ["show", "Severance", "--as-of", "2019-10-31", "--db", db])
    assert before.exit_code == 1
    assert "Not found: Severance as of 2019-10-31" in before.stderr


@pytest.mark.parametrize("value", ["2022-13-01", "yesterday", "15/01/2022", ""])
@pytest.mark.parametrize("command", ["show", "timeline"])
def test_invalid_as_of_is_a_one_line_error(db: str, command: str, value: str) -> None:
    result = runner.invoke(app, [command, "Severance", "--as-of", value, "--db", db])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Invalid --as-of date: {value!r} (expected YYYY-MM-DD)"
    assert result.stdout == ""


def test_timeline_prints_events_in_order_with_sources(db: str) -> None:
    result = runner.invoke(app, ["timeline", "Severance", "--db", db])
    assert result.exit_code == 0, result.output
    lines = [line.split() for line in result.stdout.splitlines()[1:]]
    assert lines[:8] == [
        ["2019-11-01", "season", "1", "announced"],
        ["sev-order", "(2019-11-01)", "https://news.test/severance-order"],
        ["2022-02-18", "season", "1", "premiere_scheduled"],
        ["sev-premiere", "(2021-12-01)"],  # reported months before it happened
        ["2022-04-06", "season", "2", "renewed"],
        ["sev-renewal", "(2022-04-06)"],
        ["2022-04-08", "-", "cancelled"],
        ["sev-mixup", "(2022-04-08)"],
    ]


def test_timeline_as_of(db: str) -> None:
    result = runner.invoke(app, ["timeline", "Severance", "--as-of", "2022-04-07", "--db", db])
    assert result.exit_code == 0, result.output
    assert "renewed" in result.stdout and "cancelled" not in result.stdout
    assert "season 2: renewed (since 2022-04-06)" in result.stdout


def test_timeline_json(db: str) -> None:
    result = runner.invoke(
        app, ["timeline", "Severance", "--json", "--as-of", "2022-04-06", "--db", db]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["work"], data["as_of"]) == ("Severance", "2022-04-06")
    assert [(e["when"], e["season"], e["status"]) for e in data["events"]] == [
        ("2019-11-01", 1, "announced"),
        ("2022-02-18", 1, "premiere_scheduled"),
        ("2022-04-06", 2, "renewed"),
    ]
    assert data["events"][0]["sources"] == [
        {"doc": "sev-order", "date": "2019-11-01", "url": "https://news.test/severance-order"}
    ]
    assert data["current"] == [
        {"season": 1, "status": "released", "since": "2022-02-18", "inferred": True},
        {"season": 2, "status": "renewed", "since": "2022-04-06", "inferred": False},
    ]


def test_timeline_unknown_title(db: str) -> None:
    result = runner.invoke(app, ["timeline", "Severence Pay", "--db", db])
    assert result.exit_code == 1
    assert "Not found: Severence Pay" in result.stderr
    assert "Did you mean: Severance?" in result.stderr


def test_conflicts_text_and_json(db: str) -> None:
    text = runner.invoke(app, ["conflicts", "--db", db])
    assert text.exit_code == 0, text.output
    assert "Severance season 2: cancelled (2022-04-08) / renewed (2022-04-06)" in text.stdout
    assert lines_with(text.stdout, "cancelled (2022-04-08):", "sev-mixup (2022-04-08)")
    assert lines_with(text.stdout, "renewed (2022-04-06):", "sev-renewal (2022-04-06)")
    as_json = runner.invoke(app, ["conflicts", "--json", "--work", "severance", "--db", db])
    assert as_json.exit_code == 0, as_json.output
    (conflict,) = json.loads(as_json.stdout)
    assert conflict["kind"] == "cancelled_and_renewed" and conflict["season"] == 2
    assert [c["sources"][0]["doc"] for c in conflict["claims"]] == ["sev-mixup", "sev-renewal"]
    early = runner.invoke(app, ["conflicts", "--as-of", "2022-04-07", "--db", db])
    assert early.exit_code == 0 and early.stdout.strip() == "no conflicts as of 2022-04-07"


def test_conflicts_errors(db: str, tmp_path: Path) -> None:
    unknown = runner.invoke(app, ["conflicts", "--work", "Nothing Like It", "--db", db])
    assert unknown.exit_code == 1 and "Not found: Nothing Like It" in unknown.stderr
    missing = f"sqlite:///{tmp_path / 'none.db'}"
    result = runner.invoke(app, ["conflicts", "--db", missing])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: no knowledge base at {missing} (run `marquee ingest`)"
    assert not (tmp_path / "none.db").exists()


def test_unreachable_database_is_a_one_line_error() -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    for args in (["show", "X"], ["timeline", "X"], ["conflicts"]):
        result = runner.invoke(app, [*args, "--db", url])
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith("error: knowledge base at postgresql+psycopg://nobody@")
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_series_and_a_film_of_one_title_are_shown_apart(kb_url: str) -> None:
    film = article("fargo-film", "1996-03-08", "Fargo, the Coen brothers film, opens today.")
    series = article("fargo-series", "2015-11-20", "FX renews the series Fargo for a third year.")
    with KnowledgeBase(kb_url) as kb:
        kb.ingest(film, [Work(doc=film.id, title="Fargo", kind="film")])
        kb.ingest(
            series,
            [
                Work(doc=series.id, title="Fargo", kind="series"),
                Status(doc=series.id, work="Fargo", season=3, status="renewed", date=None),
            ],
        )
    default = runner.invoke(app, ["show", "Fargo", "--db", kb_url])
    assert default.exit_code == 0, default.output
    assert "(series)" in default.stdout and "fargo-series" in default.stdout
    assert "Also a film called Fargo: --kind film" in default.stdout
    assert "fargo-film" not in default.stdout
    as_film = runner.invoke(app, ["show", "Fargo", "--kind", "film", "--db", kb_url])
    assert as_film.exit_code == 0, as_film.output
    assert "(film)" in as_film.stdout and "fargo-film" in as_film.stdout
    assert "fargo-series" not in as_film.stdout
    timeline = runner.invoke(app, ["timeline", "Fargo", "--kind", "series", "--db", kb_url])
    assert "2015-11-20  season 3    renewed" in timeline.stdout
    none = runner.invoke(app, ["show", "Fargo", "--kind", "special", "--db", kb_url])
    assert none.exit_code == 1 and "Not found: Fargo" in none.stderr


@pytest.mark.parametrize("command", ["show", "timeline"])
def test_invalid_kind_is_a_one_line_error(db: str, command: str) -> None:
    result = runner.invoke(app, [command, "Severance", "--kind", "movie", "--db", db])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Invalid --kind: 'movie' (expected series, film, special)"


@pytest.mark.parametrize("asked", ["The OA", "the oa", "'The OA'", "Netflix's The OA", "OA"])
def test_title_variants_find_the_work(kb_url: str, asked: str) -> None:
    doc = article("oa", "2016-12-16", "Netflix surprised viewers with The OA.")
    with KnowledgeBase(kb_url) as kb:
        kb.ingest(doc, [Work(doc=doc.id, title="The OA", kind="series")])
    result = runner.invoke(app, ["show", asked, "--db", kb_url])
    assert result.exit_code == 0, result.output
    assert "The OA" in result.stdout
