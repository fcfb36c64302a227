"""A round-up names many works: a sentence that names none is about none of them
(articles invented here)."""

from __future__ import annotations

from datetime import date

import pytest

from marquee.extract import extract_documents
from marquee.nlp import load_pipeline
from marquee.sources.document import Document

ROUNDUP = (
    "Seven shows to stream this week.\n\n"
    "The comedy Paper Boats returns to Netflix on Friday.\n\n"
    "The drama Marrow Lane arrives on Hulu the same day.\n\n"
    "The thriller Salt Kettle ends its run on HBO.\n\n"
    "The sitcom Copper Ferns is back on NBC.\n\n"
    "The documentary Glass Harbour looks at a fishing town.\n\n"
    "The drama Lantern Bay moves to Sunday nights.\n\n"
    "The series Tallow Creek wraps up on Starz.\n\n"
    "Nora Castell stars as a retired detective.\n"
)
SINGLE = (
    "The comedy Paper Boats returns to Netflix on Friday.\n\n"
    "Nora Castell stars as a retired detective.\n"
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def credits(nlp, text: str) -> set[tuple[str, str]]:
    document = Document(id="r", text=text, date=date(2024, 3, 5), title=None)
    [(_, facts)] = list(extract_documents(nlp, [document]))
    return {(f.work, f.person) for f in facts if f.type == "credit"}


def test_a_sentence_of_a_roundup_that_names_no_work_credits_none(nlp) -> None:
    assert not any(person == "Nora Castell" for _, person in credits(nlp, ROUNDUP))


def test_the_same_sentence_in_an_article_about_one_work_credits_it(nlp) -> None:
    assert ("Paper Boats", "Nora Castell") in credits(nlp, SINGLE)
