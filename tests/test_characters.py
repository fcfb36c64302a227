"""Characters: named in credits or in the story, in their fullest form (names made up here)."""

from __future__ import annotations

from datetime import date

import pytest

from marquee.extract import extract_documents
from marquee.extract.characters import bare, fullest
from marquee.nlp import load_pipeline
from marquee.sources.document import Document

LEAD = "The drama Lantern Bay has been renewed by Netflix. "


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def characters(nlp, text: str) -> set[tuple[str, str]]:
    document = Document(id="t", text=LEAD + text, date=date(2024, 3, 5), title="Lantern Bay")
    [(_, facts)] = list(extract_documents(nlp, [document]))
    return {(f.work, f.character) for f in facts if f.type == "character"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana Okoye stars as Tess Harrow. Harrow is a keeper.", {"Tess Harrow"}),
        ("The series follows Tess Harrow, a lighthouse keeper who hears voices.",
         {"Tess Harrow"}),
        ("The drama centres on Tess Harrow (Dana Okoye) and her son, Bram (Piet Marlow).",
         {"Tess Harrow", "Bram"}),
        ("Piet Marlow plays Dr. Ezra Vance, the island's only doctor.", {"Ezra Vance"}),
        ("Suki Brandt returns as Sister Agnes.", {"Sister Agnes"}),
        ("Dana Okoye, who plays Tess, is back. Tess Harrow is the lead.", {"Tess Harrow"}),
    ],
)
def test_characters(nlp, text: str, expected: set[str]) -> None:
    got = {name for work, name in characters(nlp, text) if work == "Lantern Bay"}
    assert expected <= got, got


def test_a_description_of_a_person_is_no_character(nlp) -> None:
    got = characters(nlp, "Producer Mira Castell, a former journalist, praised the writers.")
    assert not got


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Dr. Ezra Vance", "Ezra Vance"), ("Detective Rosa Imbrey", "Rosa Imbrey"),
     ("Sister Agnes", "Sister Agnes"), ("Captain Wobble", "Captain Wobble"),
     ("Tess Harrow", "Tess Harrow")],
)
def test_rank_before_a_full_name_is_dropped(name: str, expected: str) -> None:
    assert bare(name) == expected


def test_short_names_take_the_one_longer_form() -> None:
    assert fullest({"Harrow", "Tess Harrow", "Tess", "Bram"}) == {
        "Harrow": "Tess Harrow", "Tess": "Tess Harrow"}
