"""Property-based tests: arbitrary input never raises, and every input is accounted for.

Examples are bounded and derandomised (the same ones on every run), so these are as
deterministic and quick as the other tests; the spaCy pipeline loads once.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from marquee.extract import extract_documents
from marquee.nlp import load_pipeline
from marquee.sources.corpus_text import parse_corpus_text
from marquee.sources.document import Document, Rejected, clean_text
from marquee.sources.jsonl import parse_jsonl_record, read_jsonl_lines

BOUNDED = settings(max_examples=50, deadline=None, derandomize=True, database=None,
                   suppress_health_check=[HealthCheck.too_slow])
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {}, optional={"id": json_values, "text": st.text() | json_values,
                  "published": st.text() | json_values, "title": json_values, "url": json_values},
)
# Text shaped like news: words, names, quotes, numbers, punctuation and line breaks.
PIECES = [*"abcdefgh ABCDEFGH  ...,,;:'\"“”‘’!?-—()0123456789\n\n\t#@$%&",
          "The ", "season ", "renewed ", "said ", "stars as ", "Netflix ", "January ", "2024 ",
          "third ", "Big news ...", "\x00", "\x1b[2J"]
news_text = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def assert_clean(document: Document) -> None:
    assert not CONTROL.search(document.text) and "\r" not in document.text
    assert clean_text(document.text) == document.text


@BOUNDED
@given(st.lists(st.binary(max_size=200) | st.text(max_size=200), max_size=8))
def test_any_lines_of_json_lines_become_one_outcome_each(lines: list[bytes | str]) -> None:
    raw = [line + (b"\n" if isinstance(line, bytes) else "\n") for line in lines]
    outcomes = list(read_jsonl_lines(raw, "f.jsonl"))
    blank = sum(1 for line in lines if _blank(line))
    assert len(outcomes) == len(lines) - blank
    for outcome in outcomes:
        assert isinstance(outcome, Document | Rejected)
        assert re.fullmatch(r"f\.jsonl:\d+", outcome.source)
        if isinstance(outcome, Document):
            assert_clean(outcome)


def _blank(line: bytes | str) -> bool:
    try:
        text = line.decode("utf-8") if isinstance(line, bytes) else line
    except UnicodeDecodeError:
        return False
    return not text.lstrip("\ufeff").strip() if text.startswith("\ufeff") else not text.strip()


@BOUNDED
@given(records)
def test_any_json_object_is_a_document_or_a_reason(record: dict[str, Any]) -> None:
    outcome = parse_jsonl_record(json.dumps(record), "r.jsonl:1")
    assert isinstance(outcome, Document | Rejected)
    if isinstance(outcome, Document):
        assert isinstance(record["text"], str) and record["text"].strip()
        assert_clean(outcome)
    else:
        assert outcome.reason


@BOUNDED
@given(st.text(max_size=300))
def test_any_text_file_is_a_document_or_a_reason(text: str) -> None:
    outcome = parse_corpus_text(text, "doc", "doc.txt")
    assert isinstance(outcome, Document | Rejected)
    if isinstance(outcome, Document):
        assert outcome.text and outcome.source == "doc.txt"
        assert_clean(outcome)


@BOUNDED
@given(st.text(max_size=200))
def test_cleaning_text_is_idempotent_and_leaves_no_control_character(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once and not CONTROL.search(once)


@BOUNDED
@given(st.lists(news_text, min_size=1, max_size=3), news_text)
def test_extraction_of_any_text_never_raises_and_answers_for_every_document(
    nlp: Language, texts: list[str], headline: str
) -> None:
    documents = [Document(id=f"d{n}", text=t, title=headline or None)
                 for n, t in enumerate(texts)]
    out = list(extract_documents(nlp, documents, batch_size=2))
    assert [d.id for d, _ in out] == [d.id for d in documents]
    for document, facts in out:
        for fact in facts:
            assert fact.doc == document.id
            for evidence in fact.evidence:
                assert 0 <= evidence.start <= evidence.end <= len(document.text)
