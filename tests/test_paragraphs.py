"""No sentence runs across a line break (sentences made up here)."""

from __future__ import annotations

import pytest

from marquee.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Lights Season Two\n\nThe drama returns to Channel 4 in March.",
        "Filming begins in Leeds\n\nMira Castell and Joss Beaumont star.",
        "PHOTOS: the cast of Quiet Acre at the premiere\nThe comedy was renewed on Monday.",
        "The streamer ordered ten episodes of Bone Orchard, which\n\nbegins filming in May.",
        "Rowan Hale (Copper Tide)\nAda Winslow (The Far Meadow)\nBoth join the cast.",
    ],
)
def test_no_sentence_spans_a_line_break(nlp, text: str) -> None:
    doc = nlp(text)
    for sent in doc.sents:
        inner = sent.text.rstrip()
        assert "\n" not in inner, repr(sent.text)


def test_paragraphs_run_before_the_parser(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("marquee_paragraphs") < names.index("parser")


def test_sentences_inside_a_paragraph_are_left_to_the_parser(nlp) -> None:
    doc = nlp("Nell Arden joins the cast. She plays a detective.\n\nFilming starts soon.")
    assert [s.text.strip() for s in doc.sents] == [
        "Nell Arden joins the cast.", "She plays a detective.", "Filming starts soon."
    ]


def test_a_title_before_a_name_does_not_end_the_sentence(nlp) -> None:
    doc = nlp("Piet Marlow plays Dr. Ezra Vance, the island's doctor. Filming starts soon.")
    assert [s.text.strip() for s in doc.sents][0].endswith("doctor.")
