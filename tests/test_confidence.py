"""Confidence that means something: calibration by path, bands, and cards that hide
low-confidence facts (records and names made up here)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import marquee.cli.ingest as ingest_module
from marquee.cli import app
from marquee.evaluate import score
from marquee.evaluate.bands import confidence_bands
from marquee.evaluate.calibrate import PRIOR, build_table
from marquee.extract.confidence import confidence_of
from marquee.extract.records import Credit, Evidence, Fact, Work
from marquee.sources.document import Document


def credit(person: str, path: str, confidence: float = 0.5) -> dict:
    return {"doc": "d", "type": "credit", "work": "Bone Orchard", "season": None,
            "person": person, "role": "cast", "character": None, "path": path,
            "confidence": confidence, "evidence": [{"start": 0, "end": 1}]}


def test_bands_count_true_and_false_positives_by_confidence() -> None:
    outcomes = [
        (credit("A", "p", 0.95), "tp"), (credit("B", "p", 0.92), "fp"),
        (credit("C", "p", 0.6), "tp"), (credit("D", "p", 0.1), "fp"),
        (credit("E", "p", 1.0), "tp"), (credit("F", "p", 0.6), "ignored"),
    ]
    bands = {b.label: b for b in confidence_bands(outcomes)}
    assert (bands["0.9-1.0"].tp, bands["0.9-1.0"].fp) == (2, 1)
    assert bands["0.5-0.7"].count == 1  # the ignored one counts for neither side
    assert bands["0.0-0.3"].precision == 0.0
    assert bands["0.3-0.5"].precision is None


def test_scorer_reports_every_prediction_outcome() -> None:
    gold = [credit("A", ""), credit("B", "") | {"optional": True}]
    predicted = [credit("A", "x"), credit("B", "x"), credit("C", "x")]
    report = score(gold, predicted)
    outcome = {r["person"]: o for r, o in report.outcomes}
    assert outcome == {"A": "tp", "B": "ignored", "C": "fp"}


def test_table_smooths_small_paths_toward_their_type() -> None:
    outcomes = [(credit(str(i), "credit.big"), "tp") for i in range(30)]
    outcomes += [(credit(str(i), "credit.big"), "fp") for i in range(10)]
    outcomes += [(credit("x", "credit.rare"), "fp")]
    table = build_table(outcomes)
    type_p = table["types"]["credit"]["precision"]
    assert table["paths"]["credit.big"]["precision"] == pytest.approx(
        (30 + PRIOR * type_p) / (40 + PRIOR), abs=1e-3)
    rare = table["paths"]["credit.rare"]["precision"]
    assert 0.0 < rare < type_p  # one miss lowers it, but does not make it 0


def test_confidence_comes_from_the_path_then_the_type() -> None:
    table = {"default": 0.4, "types": {"credit": {"precision": 0.6}},
             "paths": {"credit.by": {"precision": 0.9}}}
    by = Credit(doc="d", work="W", season=None, person="P", role="writer", path="credit.by")
    other = Credit(doc="d", work="W", season=None, person="P", role="cast", path="credit.new")
    work = Work(doc="d", title="W", path="work.cue")
    assert confidence_of(by, table) == 0.9
    assert confidence_of(other, table) == 0.6
    assert confidence_of(work, table) == 0.4


def canned(document: Document) -> list[Fact]:
    ev = [Evidence(0, 10)]
    return [
        Work(doc=document.id, title="Bone Orchard", kind="series", evidence=ev),
        Credit(doc=document.id, work="Bone Orchard", season=None, person="Mira Castell",
               role="cast", character="Tess", evidence=ev, confidence=0.9),
        Credit(doc=document.id, work="Bone Orchard", season=None, person="Joss Beaumont",
               role="cast", character=None, evidence=ev, confidence=0.2),
    ]


@pytest.fixture
def kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    def fake(_nlp: object, documents: Iterable[Document], on_failure: object = None
             ) -> Iterator[tuple[Document, list[Fact]]]:
        for document in documents:
            yield document, canned(document)

    monkeypatch.setattr(ingest_module, "load_pipeline", lambda model: object())
    monkeypatch.setattr(ingest_module, "extract_documents", fake)
    (tmp_path / "a.txt").write_text(" date 2025-01-02 Bone Orchard stars Mira Castell.\n",
                                    encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", url])
    assert result.exit_code == 0, result.output
    return url


def test_show_hides_low_confidence_facts_unless_all(kb: str) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["show", "Bone Orchard", "--db", kb])
    assert shown.exit_code == 0, shown.output
    assert "Mira Castell as Tess" in shown.stdout
    assert "Joss Beaumont" not in shown.stdout
    assert "1 fact(s) with confidence below 0.50 not shown (--all shows them)" in shown.stdout
    everything = runner.invoke(app, ["show", "Bone Orchard", "--db", kb, "--all"])
    assert "Joss Beaumont" in everything.stdout
    assert "not shown" not in everything.stdout
    strict = runner.invoke(app, ["show", "Bone Orchard", "--db", kb, "--min-confidence", "0.95"])
    assert "Mira Castell" not in strict.stdout
