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
    return Status(doc=d.id, work="Clockwork", season=season, status=value, date=when)


def articles() -> list[tuple[Document, list[Fact]]]:
    ordered = article(
        "sev-order",
        "2019-11-01",
        "Apple has ordered Clockwork, an office thriller directed by Ben Stavely.",
        "https://news.test/clockwork-order",
    )
    premiere = article(
        "sev-premiere",
        "2021-12-01",
        "Clockwork premieres on February 18, 2022. Adam Scrow plays Mark Spout.",
    )
    renewal = article(
        "sev-renewal",
        "2022-04-06",
        "Clockwork will return for a second season, Ben Stavely told Deadline on Wednesday.",
    )
    mixup = article(
        "sev-mixup",
        "2022-04-08",
        "A listings page says Clockwork was cancelled after one season.",
    )
    work = [Work(doc=d.id, title="Clockwork", kind="series") for d in (ordered, premiere)]
    return [
        (ordered, [work[0], status(ordered, 1, "announced", "2019-11-01")]),
        (
            premiere,
            [
                work[1],
                status(premiere, 1, "premiere_scheduled", "2022-02-18"),
                Credit(
                    doc=premiere.id,
                    work="Clockwork",
                    season=1,
                    person="Adam Scrow",
                    role="cast",
                    character="Mark Spout",
                ),
            ],
        ),
        (
            renewal,
            [
                status(renewal, 2, "renewed", "2022-04-06"),
                Quote(
                    doc=renewal.id,
                    speaker="Ben Stavely",
                    kind="indirect",
                    via="Deadline",
                    work="Clockwork",
                    text="Clockwork will return for a second season",
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
    result = runner.invoke(app, ["show", "clockwork", "--db", db])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Current status" in out
    assert lines_with(out, "season 1: released", "sev-premiere")
    assert lines_with(out, "season 2: renewed", "sev-renewal")
    assert lines_with(out, "the work: cancelled", "sev-mixup")
    assert "Conflicts" in out
    assert lines_with(out, "cancelled (2022-04-08)", "sev-mixup")
    assert lines_with(out, "renewed (2022-04-06)", "sev-renewal")
    assert lines_with(out, "Ben Stavely (reported, via Deadline, 2022-04-06)", "sev-renewal")
    assert "    Clockwork will return for a second season" in out  # reported: no quote marks
    assert "Articles (4, 2019-11-01 to 2022-04-08)" in out


def test_show_lists_the_newest_quotes(db: str) -> None:
    later = article("sev-talk", "2022-05-02", "Adam Scrow said the new season is stranger still.")
    talk = Quote(
        doc=later.id,
        speaker="Adam Scrow",
        kind="indirect",
        via=None,
        work="Clockwork",
        text="the new season is stranger still",
    )
    with KnowledgeBase(db) as kb:
        kb.ingest(later, [talk])
    one = runner.invoke(app, ["show", "Clockwork", "--quotes", "1", "--db", db])
    assert one.exit_code == 0, one.output
    assert lines_with(one.stdout, "Adam Scrow (reported, 2022-05-02)", "sev-talk")
    assert "    the new season is stranger still" in one.stdout  # reported: no quote marks
    assert "Ben Stavely" not in one.stdout
    assert "and 1 older (--quotes 2 shows all)" in one.stdout
    both = runner.invoke(app, ["show", "Clockwork", "--db", db]).stdout
    assert both.index("Adam Scrow (reported, 2022-05-02)") < both.index("Ben Stavely (reported")
    none = runner.invoke(app, ["show", "Clockwork", "--quotes", "0", "--db", db]).stdout
    assert "Quotes" not in none and "Adam Scrow (" not in none


def test_show_lists_the_oldest_and_newest_articles_past_a_limit(db: str) -> None:
    result = runner.invoke(app, ["show", "Clockwork", "--articles", "3", "--db", db])
    assert result.exit_code == 0, result.output
    listed = result.stdout[result.stdout.index("Articles (4, 2019-11-01 to 2022-04-08)") :]
    assert [line.split()[:2] for line in listed.splitlines()[1:]] == [
        ["2019-11-01", "sev-order"],
        ["2021-12-01", "sev-premiere"],
        ["...", "1"],
        ["2022-04-08", "sev-mixup"],
    ]


def test_show_as_of_counts_only_articles_published_by_then(db: str) -> None:
    result = runner.invoke(app, ["show", "Clockwork", "--as-of", "2022-01-15", "--db", db])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "as of 2022-01-15" in out
    assert lines_with(out, "season 1: premiere_scheduled (premiere 2022-02-18)")
    assert "Adam Scrow as Mark Spout" in out
    for later in ("sev-renewal", "sev-mixup", "renewed", "Conflicts", "Quotes"):
        assert later not in out
    before = runner.invoke(app, ["show", "Clockwork", "--as-of", "2019-10-31", "--db", db])
    assert before.exit_code == 1
    assert "Not found: Clockwork as of 2019-10-31" in before.stderr


@pytest.mark.parametrize("value", ["2022-13-01", "yesterday", "15/01/2022", ""])
@pytest.mark.parametrize("command", ["show", "timeline"])
def test_invalid_as_of_is_a_one_line_error(db: str, command: str, value: str) -> None:
    result = runner.invoke(app, [command, "Clockwork", "--as-of", value, "--db", db])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Invalid --as-of date: {value!r} (expected YYYY-MM-DD)"
    assert result.stdout == ""


def test_timeline_prints_events_in_order_with_sources(db: str) -> None:
    result = runner.invoke(app, ["timeline", "Clockwork", "--db", db])
    assert result.exit_code == 0, result.output
    lines = [line.split() for line in result.stdout.splitlines()[1:]]
    assert lines[:8] == [
        ["2019-11-01", "season", "1", "announced"],
        ["sev-order", "(2019-11-01)", "https://news.test/clockwork-order"],
        ["2022-02-18", "season", "1", "premiere_scheduled"],
        ["sev-premiere", "(2021-12-01)"],  # reported months before it happened
        ["2022-04-06", "season", "2", "renewed"],
        ["sev-renewal", "(2022-04-06)"],
        ["2022-04-08", "-", "cancelled"],
        ["sev-mixup", "(2022-04-08)"],
    ]


def test_timeline_as_of(db: str) -> None:
    result = runner.invoke(app, ["timeline", "Clockwork", "--as-of", "2022-04-07", "--db", db])
    assert result.exit_code == 0, result.output
    assert "renewed" in result.stdout and "cancelled" not in result.stdout
    assert "season 2: renewed (since 2022-04-06)" in result.stdout


def test_timeline_json(db: str) -> None:
    result = runner.invoke(
        app, ["timeline", "Clockwork", "--json", "--as-of", "2022-04-06", "--db", db]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["work"], data["as_of"]) == ("Clockwork", "2022-04-06")
    assert [(e["when"], e["season"], e["status"]) for e in data["events"]] == [
        ("2019-11-01", 1, "announced"),
        ("2022-02-18", 1, "premiere_scheduled"),
        ("2022-04-06", 2, "renewed"),
    ]
    assert data["events"][0]["sources"] == [
        {"doc": "sev-order", "date": "2019-11-01", "url": "https://news.test/clockwork-order"}
    ]
    assert data["current"] == [
        {"season": 1, "status": "released", "since": "2022-02-18", "inferred": True},
        {"season": 2, "status": "renewed", "since": "2022-04-06", "inferred": False},
    ]


def test_timeline_unknown_title(db: str) -> None:
    result = runner.invoke(app, ["timeline", "Clockwerk Pay", "--db", db])
    assert result.exit_code == 1
    assert "Not found: Clockwerk Pay" in result.stderr
    assert "Did you mean: Clockwork?" in result.stderr


def test_conflicts_text_and_json(db: str) -> None:
    text = runner.invoke(app, ["conflicts", "--db", db])
    assert text.exit_code == 0, text.output
    assert "Clockwork season 2: cancelled (2022-04-08) / renewed (2022-04-06)" in text.stdout
    assert lines_with(text.stdout, "cancelled (2022-04-08):", "sev-mixup (2022-04-08)")
    assert lines_with(text.stdout, "renewed (2022-04-06):", "sev-renewal (2022-04-06)")
    as_json = runner.invoke(app, ["conflicts", "--json", "--work", "clockwork", "--db", db])
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
    film = article("coldwater-film", "1996-03-08",
                   "Coldwater, the Marsh brothers film, opens today.")
    series = article("coldwater-series", "2015-11-20",
                     "FX renews the series Coldwater for a third year.")
    with KnowledgeBase(kb_url) as kb:
        kb.ingest(film, [Work(doc=film.id, title="Coldwater", kind="film")])
        kb.ingest(
            series,
            [
                Work(doc=series.id, title="Coldwater", kind="series"),
                Status(doc=series.id, work="Coldwater", season=3, status="renewed", date=None),
            ],
        )
    default = runner.invoke(app, ["show", "Coldwater", "--db", kb_url])
    assert default.exit_code == 0, default.output
    assert "(series)" in default.stdout and "coldwater-series" in default.stdout
    assert "Also a film called Coldwater: --kind film" in default.stdout
    assert "coldwater-film" not in default.stdout
    as_film = runner.invoke(app, ["show", "Coldwater", "--kind", "film", "--db", kb_url])
    assert as_film.exit_code == 0, as_film.output
    assert "(film)" in as_film.stdout and "coldwater-film" in as_film.stdout
    assert "coldwater-series" not in as_film.stdout
    timeline = runner.invoke(app, ["timeline", "Coldwater", "--kind", "series", "--db", kb_url])
    assert "2015-11-20  season 3    renewed" in timeline.stdout
    none = runner.invoke(app, ["show", "Coldwater", "--kind", "special", "--db", kb_url])
    assert none.exit_code == 1 and "Not found: Coldwater" in none.stderr


@pytest.mark.parametrize("command", ["show", "timeline"])
def test_invalid_kind_is_a_one_line_error(db: str, command: str) -> None:
    result = runner.invoke(app, [command, "Clockwork", "--kind", "movie", "--db", db])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Invalid --kind: 'movie' (expected series, film, special)"


@pytest.mark.parametrize("asked",
                         ["The Lark", "the lark", "'The Lark'", "Netflix's The Lark", "Lark"])
def test_title_variants_find_the_work(kb_url: str, asked: str) -> None:
    doc = article("oa", "2016-12-16", "Netflix surprised viewers with The Lark.")
    with KnowledgeBase(kb_url) as kb:
        kb.ingest(doc, [Work(doc=doc.id, title="The Lark", kind="series")])
    result = runner.invoke(app, ["show", asked, "--db", kb_url])
    assert result.exit_code == 0, result.output
    assert "The Lark" in result.stdout
