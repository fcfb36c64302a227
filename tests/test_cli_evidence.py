"""`marquee show --evidence`: every line followed by its sentences, inert in a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from marquee.cli import app
from marquee.cli.inert import one_line
from tests import kb_fixture

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    kb_fixture.build(url)
    return url


def test_each_line_is_followed_by_its_sentence(db: str) -> None:
    result = runner.invoke(app, ["show", kb_fixture.TITLE, "--db", db, "--evidence"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    cast = next(i for i, line in enumerate(lines) if "Odalys Brennick as Captain" in line)
    assert "Odalys Brennick stars as Captain Sera Vahl" in lines[cast + 1]
    assert "meridian-renewed" in " ".join(lines[cast + 1 : cast + 3])


def test_without_the_option_no_sentence_is_printed(db: str) -> None:
    result = runner.invoke(app, ["show", kb_fixture.TITLE, "--db", db])
    assert result.exit_code == 0, result.output
    assert "stars as Captain Sera Vahl in the space drama" not in result.output


def test_hostile_text_reaches_the_terminal_inert(db: str) -> None:
    result = runner.invoke(app, ["show", kb_fixture.TITLE, "--db", db, "--evidence", "--all"],
                           terminal_width=400)
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output  # no escape sequence of the article's
    assert "\\x1b[31mWrenfield" in result.output  # written out instead
    assert "[bold red]Nadia Rook[/bold red]" in result.output  # markup shown, not read
    assert "<script>" in result.output


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain text", "plain text"),
        ("a\x1b[2Jb", "a\\x1b[2Jb"),
        ("bell\x07", "bell\\x07"),
        ("two\nlines", "two lines"),
        ("right\u202eto left", "right\\u202eto left"),
        ("c1 \x9b control", "c1 \\x9b control"),
    ],
)
def test_inert(raw: str, shown: str) -> None:
    assert one_line(raw) == shown
