"""A fact whose evidence names no work took its work from the article's topic: its path
says so, and it is calibrated apart (sentences and names invented here)."""

from __future__ import annotations

from datetime import date

import pytest

from marquee.extract import extract_documents
from marquee.extract.topic import TOPIC
from marquee.nlp import load_pipeline
from marquee.sources.document import Document


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def records(nlp, text: str) -> list:
    document = Document(id="t-1", text=text, date=date(2024, 3, 1))
    [(_doc, found)] = list(extract_documents(nlp, [document]))
    return found


@pytest.mark.parametrize(
    ("text", "person", "topic"),
    [
        ("Marrow Lane stars Ines Marlow as Tess.", "Ines Marlow", False),
        ("Marrow Lane returns to Channel Quay in May. Ines Marlow stars as Tess.",
         "Ines Marlow", True),
        ("Marrow Lane returns in May. The drama stars Ines Marlow as Tess.", "Ines Marlow",
         False),
        ("Marrow Lane returns in May.\n\nIt was created by Odile Farrant and stars Ines "
         "Marlow.", "Ines Marlow", True),
    ],
)
def test_a_credit_says_whether_its_sentence_named_the_work(nlp, text: str, person: str,
                                                           topic: bool) -> None:
    [credit] = [f for f in records(nlp, text) if f.type == "credit" and f.person == person]
    assert credit.work == "Marrow Lane"
    assert credit.path.endswith(TOPIC) is topic


def test_a_work_record_never_carries_the_topic_mark(nlp) -> None:
    found = records(nlp, "Marrow Lane returns in May. Ines Marlow stars as Tess.")
    assert all(not f.path.endswith(TOPIC) for f in found if f.type == "work")


def test_a_quote_is_its_speaker_s_whatever_work_it_came_with(nlp) -> None:
    text = ('Marrow Lane returns in May. "We wrote it in a barn," Odile Farrant said on '
            "Tuesday.")
    quotes = [f for f in records(nlp, text) if f.type == "quote"]
    assert quotes and all(not f.path.endswith(TOPIC) for f in quotes)
