"""Tests for `marquee extract` (articles made up here)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from marquee.cli import app

BODY = ("NBC has renewed the comedy Brinkley for a fifth season. "
        "The sitcom Brinkley is set in New York City.")

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "brinkley-renewal.txt"
    path.write_text(f" date 2024-03-01 {BODY}\n", encoding="utf-8")
    return path


def test_jsonl(corpus):
    result = runner.invoke(app, ["extract", str(corpus)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert lines
    assert {line["doc"] for line in lines} == {"brinkley-renewal"}
    types = {line["type"] for line in lines}
    assert {"work", "status", "company", "genre", "location"} <= types
    renewed = [line for line in lines if line["type"] == "status"]
    assert renewed[0]["season"] == 5
    assert renewed[0]["date"] == "2024-03-01"
    for line in lines:
        for ev in line["evidence"]:
            assert 0 <= ev["start"] < ev["end"] <= len(BODY)


def test_table(corpus):
    result = runner.invoke(app, ["extract", str(corpus), "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "brinkley-renewal" in result.stdout
    assert "status" in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout.splitlines()[0])


def test_bad_format(corpus):
    result = runner.invoke(app, ["extract", str(corpus), "--format", "xml"])
    assert result.exit_code != 0
    assert result.stdout == ""


def test_missing_path(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
