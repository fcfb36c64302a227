"""The scorer (marquee.evaluate) and the `marquee evaluate` command."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marquee.evaluate import (
    GoldFormatError,
    load_gold,
    normalise_number,
    normalise_role,
    normalise_season,
    normalise_text,
    score,
    token_f1,
)
from marquee.extract.records import Character, Credit, Evidence, Fact, Quote, Status, Work

DOC = "doc-1"


def rec(rtype: str, doc: str = DOC, **fields: Any) -> dict[str, Any]:
    return {"doc": doc, "type": rtype, "evidence": [{"start": 0, "end": 5}], **fields}


def counts(gold: list[dict[str, Any]], pred: list[dict[str, Any]], rtype: str) -> tuple[int, ...]:
    s = score(gold, pred).per_type[rtype]
    return s.tp, s.fp, s.fn


# --- normalisation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lighthouse Keepers", "lighthouse keepers"),
        ("  The   LIGHTHOUSE keepers ", "the lighthouse keepers"),
        ("Marta Ruiz-Okafor", "marta ruiz okafor"),
        ("Marta Ruiz\u2013Okafor", "marta ruiz okafor"),
        ("Dr. Pell\u2019s \u201cBig\u201d Night!", "dr pells big night"),
        ('Dr. Pell\'s "Big" Night', "dr pells big night"),
        ("executive_producer", "executive producer"),
        ("...", None),
        (None, None),
    ],
)
def test_normalise_text(raw: str | None, expected: str | None) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"), [(3, 3), ("3", 3), (3.0, 3), (None, None), ("", None)]
)
def test_normalise_season(raw: Any, expected: int | None) -> None:
    assert normalise_season(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(12000000, 12e6), (12e6, 12e6), ("12,000,000", 12e6), ("7", 7.0), (None, None)],
)
def test_normalise_number(raw: Any, expected: float | None) -> None:
    assert normalise_number(raw) == expected


def test_producer_roles_are_one() -> None:
    assert normalise_role("producer") == normalise_role("executive_producer")
    assert normalise_role("writer") != normalise_role("producer")


def test_token_f1_values() -> None:
    assert token_f1("a b c d", "a b c d") == 1.0
    assert token_f1("a b c d", "a b x y") == pytest.approx(0.5)
    assert token_f1("", "a") == 0.0
    assert token_f1(None, None) == 0.0


# --- matching ------------------------------------------------------------------------

GOLD_WORK = rec("work", title="The Lighthouse Keepers", kind="series")
GOLD_CREDIT = rec(
    "credit",
    work="Tin Harbour",
    season=None,
    person="Marta Ruiz-Okafor",
    role="cast",
    character="Wren",
)
GOLD_STATUS = rec("status", work="Tin Harbour", season=2, status="renewed", date="2024-01-02")


@pytest.mark.parametrize(
    ("gold", "pred", "expected"),
    [
        pytest.param(
            GOLD_WORK,
            rec("work", title="The Lighthouse Keepers", kind="series"),
            (1, 0, 0),
            id="exact",
        ),
        pytest.param(
            GOLD_WORK,
            rec("work", title="the lighthouse KEEPERS", kind="film"),
            (1, 0, 0),
            id="case",
        ),
        pytest.param(
            GOLD_WORK,
            rec("work", title="The Lighthouse-Keepers!"),
            (1, 0, 0),
            id="hyphen-punctuation",
        ),
        pytest.param(
            GOLD_WORK,
            rec("work", title="Lighthouse Keepers"),
            (0, 1, 1),
            id="article-dropped-is-a-different-title",
        ),
        pytest.param(
            GOLD_CREDIT,
            rec("credit", work="Tin Harbour", season=None, person="marta ruiz okafor", role="cast"),
            (1, 0, 0),
            id="person-hyphen-case",
        ),
        pytest.param(
            GOLD_CREDIT,
            rec("credit", work="Tin Harbour", season=None, person="Ruiz-Okafor", role="cast"),
            (0, 1, 1),
            id="surname-only",
        ),
        pytest.param(
            GOLD_CREDIT,
            rec(
                "credit",
                work="Tin Harbour",
                season=None,
                person="Marta Ruiz-Okafor",
                role="guest_cast",
            ),
            (0, 1, 1),
            id="wrong-role",
        ),
        pytest.param(
            GOLD_STATUS,
            rec("status", work="TIN HARBOUR", season="2", status="renewed", date=None),
            (1, 0, 0),
            id="season-as-string",
        ),
        pytest.param(
            GOLD_STATUS,
            rec("status", work="Tin Harbour", season=None, status="renewed", date="2024-01-02"),
            (0, 1, 1),
            id="season-none-vs-2",
        ),
        pytest.param(
            rec("metric", work="Tin Harbour", measure="audience", value=3500000),
            rec("metric", work="Tin Harbour", measure="audience", value=3.5e6),
            (1, 0, 0),
            id="metric-float",
        ),
        pytest.param(
            rec("metric", work=None, measure="episodes", value=8),
            rec("metric", work=None, measure="episodes", value=9),
            (0, 1, 1),
            id="metric-value-differs",
        ),
        pytest.param(
            rec("post", platform="twitter", handle="@TinHarbour", date="2024-01-02"),
            rec("post", platform="Twitter", handle="@tinharbour", date=None),
            (1, 0, 0),
            id="post-handle-case",
        ),
        pytest.param(
            rec(
                "company",
                work="Tin Harbour",
                company="Gullwing Pictures",
                role="production_company",
            ),
            rec("company", work="Tin Harbour", company="Gullwing Pictures", role="network"),
            (0, 1, 1),
            id="company-role",
        ),
    ],
)
def test_single_pair(gold: dict[str, Any], pred: dict[str, Any], expected: tuple[int, ...]) -> None:
    assert counts([gold], [pred], gold["type"]) == expected


@pytest.mark.parametrize(
    ("gold_role", "pred_role", "expected"),
    [
        ("producer", "executive_producer", (1, 0, 0)),
        ("executive_producer", "producer", (1, 0, 0)),
        ("producer", "producer", (1, 0, 0)),
        ("producer", "writer", (0, 1, 1)),
    ],
)
def test_producer_equals_executive_producer(
    gold_role: str, pred_role: str, expected: tuple[int, ...]
) -> None:
    gold = rec("credit", work="Tin Harbour", season=None, person="Ade Brook", role=gold_role)
    pred = rec("credit", work="Tin Harbour", season=None, person="Ade Brook", role=pred_role)
    assert counts([gold], [pred], "credit") == expected


def test_optional_gold_matched_is_ignored() -> None:
    gold = [dict(GOLD_WORK, optional=True)]
    report = score(gold, [rec("work", title="The Lighthouse Keepers")])
    s = report.per_type["work"]
    assert (s.tp, s.fp, s.fn) == (0, 0, 0)
    assert report.ignored == 1
    assert report.errors == []


def test_optional_gold_missed_is_not_a_miss() -> None:
    gold = [dict(GOLD_WORK, optional=True), rec("work", title="Tin Harbour")]
    s = score(gold, [rec("work", title="Tin Harbour")]).per_type["work"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_required_gold_is_matched_before_optional() -> None:
    gold = [dict(GOLD_WORK, optional=True), dict(GOLD_WORK)]
    s = score(gold, [rec("work", title="The Lighthouse Keepers")]).per_type["work"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)


def test_duplicate_prediction_is_a_false_positive() -> None:
    pred = rec("work", title="The Lighthouse Keepers")
    assert counts([GOLD_WORK], [pred, dict(pred)], "work") == (1, 1, 0)


def test_type_must_match() -> None:
    pred = rec("genre", work="The Lighthouse Keepers", genre="drama")
    report = score([GOLD_WORK], [pred])
    assert (report.per_type["work"].fn, report.per_type["genre"].fp) == (1, 1)


# The gold text has 10 tokens; a prediction with n tokens, k of them shared, has
# token-F1 = 2k / (10 + n).
QUOTE_GOLD = rec(
    "quote",
    speaker="Ade Brook",
    text="We are thrilled to bring the whole crew back next",
    kind="direct",
    via=None,
)


@pytest.mark.parametrize(
    ("text", "speaker", "f1", "matched"),
    [
        ("we are thrilled to bring the whole crew back next", "Ade Brook", 1.0, True),
        ("We are thrilled, to bring the... whole crew back next!", "ade brook", 1.0, True),
        ("we are thrilled to bring x", "Ade Brook", 0.625, True),  # just above
        ("we are thrilled to bring the x y z q", "Ade Brook", 0.6, True),  # at the threshold
        ("we are thrilled to bring the x y z q r", "Ade Brook", 12 / 21, False),  # just below
        ("we are thrilled x y", "Ade Brook", 6 / 15, False),
        ("we are thrilled to bring the whole crew back next", "Brook", 1.0, False),
    ],
)
def test_quote_token_f1_threshold(text: str, speaker: str, f1: float, matched: bool) -> None:
    assert token_f1(QUOTE_GOLD["text"], text) == pytest.approx(f1)
    pred = rec("quote", speaker=speaker, text=text, kind="direct")
    assert counts([QUOTE_GOLD], [pred], "quote") == ((1, 0, 0) if matched else (0, 1, 1))


def test_quote_pairs_take_the_best_f1() -> None:
    g1 = rec(
        "quote", speaker="Ade Brook", text="the crew is back next spring for more", kind="direct"
    )
    g2 = rec("quote", speaker="Ade Brook", text="the crew is back next spring", kind="indirect")
    # p1 fits g2 exactly and g1 well enough; p2 fits only g1. Best-first gives two matches.
    p1 = rec("quote", speaker="Ade Brook", text="the crew is back next spring", kind="indirect")
    p2 = rec("quote", speaker="Ade Brook", text="crew is back next spring for more", kind="direct")
    report = score([g1, g2], [p1, p2])
    s = report.per_type["quote"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)
    assert report.accuracies["quote.kind"].value == 1.0


def test_per_type_and_micro_arithmetic() -> None:
    gold = [
        rec("work", title="Tin Harbour"),
        rec("work", title="The Lighthouse Keepers"),
        rec("work", title="Cinder Road"),
        rec("genre", work="Tin Harbour", genre="crime drama"),
        rec("genre", work="Cinder Road", genre="sitcom", optional=True),
    ]
    pred = [
        rec("work", title="Tin Harbour"),
        rec("work", title="Lighthouse Keepers"),  # FP; "The Lighthouse Keepers" missed
        rec("genre", work="Tin Harbour", genre="crime-drama"),
        rec("genre", work="Cinder Road", genre="sitcom"),  # optional: ignored
        rec("genre", work="Cinder Road", genre="comedy"),  # FP
        rec("genre", work="Cinder Road", genre="comedy"),  # FP (duplicate)
    ]
    report = score(gold, pred)
    work, genre, micro = report.per_type["work"], report.per_type["genre"], report.micro
    assert (work.tp, work.fp, work.fn) == (1, 1, 2)
    assert work.precision == pytest.approx(1 / 2)
    assert work.recall == pytest.approx(1 / 3)
    assert work.f1 == pytest.approx(2 * (1 / 2) * (1 / 3) / (1 / 2 + 1 / 3))
    assert (genre.tp, genre.fp, genre.fn) == (1, 2, 0)
    assert genre.precision == pytest.approx(1 / 3)
    assert genre.recall == 1.0
    assert (micro.tp, micro.fp, micro.fn) == (2, 3, 2)
    assert micro.precision == pytest.approx(2 / 5)
    assert micro.recall == pytest.approx(2 / 4)
    assert micro.f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)
    assert report.ignored == 1
    assert report.per_type["quote"].f1 == 0.0  # no gold, no predictions
    assert len(report.false_positives) == 3 and len(report.misses) == 2


def test_documents_not_in_gold_are_ignored() -> None:
    gold = [rec("work", title="Tin Harbour")]
    pred = [
        rec("work", title="Tin Harbour"),
        rec("work", doc="doc-elsewhere", title="Cinder Road"),
        rec("credit", doc="doc-elsewhere", work="Cinder Road", person="Ade Brook", role="host"),
    ]
    report = score(gold, pred)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (1, 0, 0)
    assert report.documents == [DOC]


def test_matching_is_per_document() -> None:
    gold = [rec("work", title="Tin Harbour"), rec("work", doc="doc-2", title="Cinder Road")]
    pred = [rec("work", doc="doc-2", title="Tin Harbour"), rec("work", title="Cinder Road")]
    s = score(gold, pred).per_type["work"]
    assert (s.tp, s.fp, s.fn) == (0, 2, 2)


def test_documents_argument_restricts_scoring() -> None:
    gold = [rec("work", title="Tin Harbour"), rec("work", doc="doc-2", title="Cinder Road")]
    report = score(gold, [], documents=[DOC])
    assert report.micro.fn == 1
    assert report.documents == [DOC]


def test_types_filter() -> None:
    gold = [GOLD_WORK, GOLD_STATUS]
    report = score(gold, [rec("genre", work="x", genre="drama")], types=["status"])
    assert report.types == ("status",)
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (0, 0, 1)
    assert set(report.accuracies) == {"status.date"}
    with pytest.raises(ValueError, match="unknown"):
        score(gold, [], types=["movie"])


def test_also_reported_accuracies() -> None:
    gold = [
        rec("work", title="Tin Harbour", kind="series"),
        rec("work", title="Cinder Road", kind="film"),
        GOLD_STATUS,
        GOLD_CREDIT,
        rec("credit", work="Tin Harbour", season=None, person="Ade Brook", role="director"),
        rec("quote", speaker="Ade Brook", text="a b c d e", kind="indirect", via="The Gazette"),
        rec("post", platform="twitter", handle="@tinharbour", date="2024-01-02"),
    ]
    pred = [
        rec("work", title="Tin Harbour", kind="series"),
        rec("work", title="Cinder Road", kind="series"),
        dict(GOLD_STATUS, date="2024-01"),
        dict(GOLD_CREDIT, character="wren"),
        rec(
            "credit",
            work="Tin Harbour",
            season=None,
            person="Ade Brook",
            role="director",
            character="Someone",
        ),
        rec("quote", speaker="Ade Brook", text="a b c d e", kind="direct", via="the gazette"),
        rec("post", platform="twitter", handle="@tinharbour", date="2024-01-02"),
    ]
    acc = score(gold, pred).accuracies
    assert (acc["work.kind"].correct, acc["work.kind"].total) == (1, 2)
    assert acc["status.date"].value == 0.0
    assert (acc["credit.character (cast)"].correct, acc["credit.character (cast)"].total) == (1, 1)
    assert acc["quote.kind"].value == 0.0
    assert acc["quote.via"].value == 1.0
    assert acc["post.date"].value == 1.0


def test_errors_carry_doc_key_and_snippet() -> None:
    text = "Tin Harbour returns. Ade Brook directs it."
    gold = [
        rec(
            "credit",
            work="Tin Harbour",
            season=None,
            person="Ade Brook",
            role="director",
            evidence=[{"start": 21, "end": 42}],
        )
    ]
    pred = [
        rec(
            "credit",
            work="Tin Harbour",
            season=None,
            person="Brook",
            role="director",
            evidence=[{"start": 0, "end": 20}],
        )
    ]
    report = score(gold, pred, texts={DOC: text})
    (miss,) = report.misses
    (fp,) = report.false_positives
    assert (miss.doc, miss.type, miss.snippet) == (DOC, "credit", "Ade Brook directs it.")
    assert fp.snippet == "Tin Harbour returns."
    data = fp.to_dict()
    assert data["key"] == {"work": "Tin Harbour", "person": "Brook", "role": "director"}
    json.dumps(report.to_dict(errors=True))  # serialisable


# --- gold files ----------------------------------------------------------------------


def test_load_gold_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(GOLD_WORK) + "\n\n" + json.dumps(GOLD_STATUS) + "\n")
    assert [r["type"] for r in load_gold(path)] == ["work", "status"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        (json.dumps({"type": "work", "title": "x"}), "doc"),
        (json.dumps({"doc": "d", "type": "movie"}), "unknown type"),
        (json.dumps({"doc": "d", "type": "work", "title": "x", "optional": "yes"}), "optional"),
    ],
)
def test_load_gold_names_file_and_line(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(GOLD_WORK) + "\n" + line + "\n")
    with pytest.raises(GoldFormatError) as info:
        load_gold(path)
    assert str(info.value).startswith(f"{path}:2: ")
    assert reason in str(info.value)


# --- the command ---------------------------------------------------------------------

CANNED: dict[str, list[Fact]] = {
    "tin_harbour": [
        Work(doc="tin_harbour", title="Tin Harbour", kind="series", evidence=[Evidence(0, 11)]),
        Work(doc="tin_harbour", title="Tin Harbour", kind="series"),  # duplicate: FP
        Status(
            doc="tin_harbour",
            work="Tin Harbour",
            season=2,
            status="renewed",
            date="2024-01-02",
            evidence=[Evidence(0, 40)],
        ),
        Credit(
            doc="tin_harbour",
            work="Tin Harbour",
            season=None,
            person="Okafor",
            role="cast",
            character="Wren",
            evidence=[Evidence(41, 80)],
        ),  # FP (surname)
        Character(doc="tin_harbour", work="Tin Harbour", character="Wren"),  # optional gold
        Quote(
            doc="tin_harbour",
            speaker="Marta Ruiz-Okafor",
            kind="direct",
            text="I cannot wait to get back to the harbour",
        ),
    ],
}


def fake_extract_documents(
    nlp: Any, documents: Iterable[Any], batch_size: int = 32
) -> Iterator[tuple[Any, list[Fact]]]:
    for document in documents:
        facts = list(CANNED.get(document.id, []))
        facts.append(Work(doc="not_in_gold", title="Cinder Road"))  # never scored
        yield document, facts


BODY = (
    "Tin Harbour has been renewed for a second season. Marta Ruiz-Okafor returns as Wren. "
    '"I cannot wait to get back to the harbour," she said.\n'
)
CAST_START = BODY.index("Marta")
CAST_END = BODY.index("Wren.") + len("Wren.")


@pytest.fixture
def cli_files(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "tin_harbour.txt").write_text(" date 2024-01-02 " + BODY, encoding="utf-8")
    (corpus / "unrelated.txt").write_text(" date 2024-01-03 Nothing to see.\n", encoding="utf-8")
    gold = [
        {"doc": "tin_harbour", "type": "work", "title": "Tin Harbour", "kind": "series"},
        {
            "doc": "tin_harbour",
            "type": "status",
            "work": "Tin Harbour",
            "season": 2,
            "status": "renewed",
            "date": "2024-01-02",
        },
        {
            "doc": "tin_harbour",
            "type": "credit",
            "work": "Tin Harbour",
            "season": None,
            "person": "Marta Ruiz-Okafor",
            "role": "cast",
            "character": "Wren",
            "evidence": [{"start": CAST_START, "end": CAST_END}],
        },
        {
            "doc": "tin_harbour",
            "type": "character",
            "work": "Tin Harbour",
            "character": "Wren",
            "optional": True,
        },
        {
            "doc": "tin_harbour",
            "type": "quote",
            "speaker": "Marta Ruiz-Okafor",
            "kind": "direct",
            "via": None,
            "text": "I cannot wait to get back to the harbour",
        },
    ]
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    return gold_path, corpus


@pytest.fixture
def patched(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    import marquee.cli.evaluate as command

    seen: list[list[str]] = []

    def fake(nlp: Any, documents: Iterable[Any], on_failure: Any = None) -> Iterator[Any]:
        docs = list(documents)
        seen.append([d.id for d in docs])
        return fake_extract_documents(nlp, docs)

    monkeypatch.setattr(command, "extract_documents", fake)
    monkeypatch.setattr(command, "load_pipeline", lambda model: object())
    return seen


def test_cli_json(cli_files: tuple[Path, Path], patched: list[list[str]]) -> None:
    from marquee.cli import app

    gold_path, corpus = cli_files
    result = CliRunner().invoke(app, ["evaluate", str(gold_path), str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert patched == [["tin_harbour"]]  # only the gold's documents are extracted
    assert data["documents"] == 1
    assert data["types"]["work"] == {
        "precision": 0.5,
        "recall": 1.0,
        "f1": 0.6667,
        "tp": 1,
        "fp": 1,
        "fn": 0,
    }
    assert data["types"]["status"]["tp"] == 1
    assert data["types"]["credit"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 1,
        "fn": 1,
    }
    assert data["types"]["quote"]["tp"] == 1
    assert data["types"]["character"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 0,
        "fn": 0,
    }
    assert data["micro"] == {
        "precision": 0.6,
        "recall": 0.75,
        "f1": 0.6667,
        "tp": 3,
        "fp": 2,
        "fn": 1,
    }
    assert data["ignored_optional_matches"] == 1
    assert data["accuracies"]["status.date"]["accuracy"] == 1.0
    assert data["missing_documents"] == []
    assert "errors" not in data


def test_cli_errors_and_types(cli_files: tuple[Path, Path], patched: list[list[str]]) -> None:
    from marquee.cli import app

    gold_path, corpus = cli_files
    args = ["evaluate", str(gold_path), str(corpus), "--json", "--errors", "--types", "credit"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data["types"]) == ["credit"]
    errors = {(e["kind"], e["key"]["person"]): e for e in data["errors"]}
    assert set(errors) == {("fn", "Marta Ruiz-Okafor"), ("fp", "Okafor")}
    assert errors[("fn", "Marta Ruiz-Okafor")]["snippet"] == "Marta Ruiz-Okafor returns as Wren."

    table = CliRunner().invoke(app, ["evaluate", str(gold_path), str(corpus), "--errors"])
    assert table.exit_code == 0, table.output
    assert "micro" in table.stdout and "Okafor" in table.stdout


def test_cli_malformed_gold_exits_2(tmp_path: Path, patched: list[list[str]]) -> None:
    from marquee.cli import app

    gold_path = tmp_path / "bad.jsonl"
    gold_path.write_text(json.dumps(GOLD_WORK) + "\n{oops\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(gold_path), str(tmp_path)])
    assert result.exit_code == 2
    assert f"{gold_path}:2" in result.stderr.replace("\n", "")


def test_cli_unknown_type_is_a_usage_error(tmp_path: Path, patched: list[list[str]]) -> None:
    from marquee.cli import app

    result = CliRunner().invoke(app, ["evaluate", "g.jsonl", ".", "--types", "work,movie"])
    assert result.exit_code == 2
