"""People the small model misses, and phrases that are no people (names made up here)."""

from __future__ import annotations

import pytest

from marquee.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def parse(nlp, text: str):
    return nlp(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Executive producers include Jean-Rémi Castaing, the writer said.",
         "Jean-Rémi Castaing"),
        ("Teodoro Valsecchi and Helena Voss are executive producers.", "Teodoro Valsecchi"),
        ("Teodoro Valsecchi and Helena Voss are executive producers.", "Helena Voss"),
        ("The Film Society's Head of Programming Dennis Okafor said it was a coup.",
         "Dennis Okafor"),
    ],
)
def test_names_the_model_misses_open_with_a_given_name(nlp, text: str, name: str) -> None:
    doc = parse(nlp, text)
    assert name in {s.label_ for s in doc.spans["people"]}


@pytest.mark.parametrize(
    "text",
    [
        "The comedy Grace Under Fire returns in May.",
        "The French drama Les Heures Blanches returns in May.",
        "Filming moved to Austin Street in Queens.",
    ],
)
def test_titles_and_places_that_open_with_a_given_name_are_no_people(nlp, text: str) -> None:
    doc = parse(nlp, text)
    people = {s.label_ for s in doc.spans["people"]}
    assert not people, people


def test_a_channel_that_opens_like_a_given_name_is_no_person(nlp) -> None:
    doc = parse(nlp, "Sky Comedy has ordered a second series of the sitcom.")
    assert not [s for s in doc.spans["people"] if s.text.startswith("Sky")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mira Castell is producing alongside Fernhill's Joss Beaumont.", "Joss Beaumont"),
        ("The pilot comes from Tallis Studios' Ada Winslow and two writers.", "Ada Winslow"),
        ("Executive producers are Mira Castell and Greywater's Teodoro Valsecchi.",
         "Teodoro Valsecchi"),
    ],
)
def test_a_company_before_a_possessive_is_no_part_of_the_name(nlp, text: str,
                                                              name: str) -> None:
    doc = parse(nlp, text)
    people = {s.label_ for s in doc.spans["people"]}
    assert name in people and not any(p.endswith(name) and p != name for p in people), people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Copyright Renata Vell. The actor arrived at the premiere.", "Renata Vell"),
        ("(Photo Teodoro Valsecchi) The cast gathered on the stage.", "Teodoro Valsecchi"),
        ("Courtesy Helena Voss. The set was built in a week.", "Helena Voss"),
    ],
)
def test_a_picture_credit_word_is_no_part_of_a_name(nlp, text: str, name: str) -> None:
    doc = parse(nlp, text)
    labels = {s.label_ for s in doc.spans["people"]}
    assert not any(label.split()[0] in ("Copyright", "Photo", "Courtesy") for label in labels)
