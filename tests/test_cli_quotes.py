"""`marquee quotes`: quotes by person and by work, with date, outlet and source."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from marquee.cli import app
from marquee.extract.records import Evidence, Quote, Work
from marquee.kb import KnowledgeBase
from marquee.sources.document import Document

runner = CliRunner()


def _doc(doc_id: str, published: date, text: str) -> Document:
    return Document(id=doc_id, text=text, date=published, url=f"https://example.org/{doc_id}")


@pytest.fixture
def kb_with_quotes(kb_url: str) -> str:
    first = _doc("lamb-1", date(2022, 4, 1), "Gary Oldman told Empire he loves playing Lamb.")
    second = _doc("lamb-2", date(2024, 9, 2), "Wil Smythe said the fourth season is darker.")
    other = _doc("hare-1", date(2023, 6, 20), "Christopher Stowe said the kitchen is a stage.")
    with KnowledgeBase(kb_url) as kb:
        kb.ingest(first, [
            Work(doc="lamb-1", title="Slow Horses", kind="series"),
            Quote(doc="lamb-1", speaker="Gary Oldman", text="he loves playing Lamb",
                  kind="indirect", via="Empire", work="Slow Horses",
                  evidence=[Evidence(20, 45)]),
        ])
        kb.ingest(second, [
            Quote(doc="lamb-2", speaker="Wil Smythe", text="the fourth season is darker",
                  kind="indirect", work="Slow Horses"),
        ])
        kb.ingest(other, [
            Work(doc="hare-1", title="The Hare", kind="series"),
            Quote(doc="hare-1", speaker="Christopher Stowe", text="the kitchen is a stage",
                  kind="indirect", work="The Hare"),
        ])
    return kb_url


def quotes(*args: str) -> list[dict]:
    result = runner.invoke(app, ["quotes", *args, "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_by_person_lists_date_outlet_and_source(kb_with_quotes: str) -> None:
    [hit] = quotes("--person", "Gary Oldman", "--db", kb_with_quotes)
    assert (hit["speaker"], hit["via"], hit["date"], hit["work"]) == (
        "Gary Oldman", "Empire", "2022-04-01", "Slow Horses")
    assert hit["sources"] == [
        {"doc": "lamb-1", "date": "2022-04-01", "url": "https://example.org/lamb-1"}]


def test_by_work_oldest_first_and_as_of(kb_with_quotes: str) -> None:
    texts = [h["text"] for h in quotes("--work", "slow horses", "--db", kb_with_quotes)]
    assert texts == ["he loves playing Lamb", "the fourth season is darker"]
    early = quotes("--work", "Slow Horses", "--as-of", "2023-01-01", "--db", kb_with_quotes)
    assert [h["speaker"] for h in early] == ["Gary Oldman"]


def test_person_and_work_together(kb_with_quotes: str) -> None:
    assert quotes("--person", "Wil Smythe", "--work", "The Hare", "--db", kb_with_quotes) == []


def test_table_output_names_the_outlet(kb_with_quotes: str) -> None:
    result = runner.invoke(app, ["quotes", "--person", "Gary Oldman", "--db", kb_with_quotes])
    assert result.exit_code == 0
    assert "via Empire" in result.output and "lamb-1 (2022-04-01)" in result.output


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        ([], 2, "Give --person"),
        (["--person", "Nobody Known"], 1, "Not found"),
        (["--work", "No Such Show"], 1, "Not found"),
        (["--work", "Slow Horses", "--as-of", "spring"], 2, "Invalid --as-of"),
    ],
)
def test_errors(kb_with_quotes: str, args: list[str], code: int, message: str) -> None:
    result = runner.invoke(app, ["quotes", *args, "--db", kb_with_quotes])
    assert result.exit_code == code
    assert message in result.output
