"""Tests for Marquee's spaCy components (sentences made up here)."""

from __future__ import annotations

import pytest

from marquee.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def parse(nlp, text: str, headline: str | None = None):
    doc = nlp.make_doc(text)
    if headline is not None:
        doc.user_data["headline"] = headline
    return nlp(doc)


def spans(doc, key: str) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in doc.spans[key]]


def test_pipe_names(nlp):
    names = nlp.pipe_names
    assert "marquee_vocab" in names
    assert names.index("marquee_vocab") < names.index("ner")
    assert names[-5:] == [
        "marquee_people", "marquee_titles", "marquee_pronouns", "marquee_seasons", "marquee_refs"
    ]


def test_load_pipeline_is_cached(nlp):
    assert load_pipeline() is nlp


@pytest.mark.parametrize(
    ("text", "headline", "expected"),
    [
        ("NBC has renewed the comedy Seinfeld for a fifth season.", None,
         [("Seinfeld", "Seinfeld")]),
        ("HBO's Succession will end with its fourth season.", None,
         [("Succession", "Succession")]),
        ("Netflix renewed 'The Crown' for a sixth and final season.", None,
         [("The Crown", "The Crown")]),
        ("Last night, Succession actor Brian Cox appeared on a talk show.", None,
         [("Succession", "Succession")]),
        ("Fans were thrilled when Seinfeld appeared on the streaming service.",
         "Seinfeld returns", [("Seinfeld", "Seinfeld")]),
        ("Fans were thrilled when Seinfeld appeared on the streaming service.", None, []),
        ("Fans said that Jerry Seinfeld spoke on stage in Chicago.", "Jerry Seinfeld speaks", []),
    ],
)
def test_titles(nlp, text, headline, expected):
    assert spans(parse(nlp, text, headline), "titles") == expected


def test_every_mention_of_a_title_is_marked(nlp):
    doc = parse(nlp, "The comedy Seinfeld ran for nine seasons. Seinfeld won many awards.")
    assert spans(doc, "titles") == [("Seinfeld", "Seinfeld"), ("Seinfeld", "Seinfeld")]
    assert doc._.main_work == "Seinfeld"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Simpsons was renewed for Season 2.", [("Season 2", "2")]),
        ("The show returns for the 25th season.", [("25th season", "25")]),
        ("Netflix ordered a sixth and final season.", [("sixth and final season", "6")]),
        ("The BBC renewed it for series two.", [("series two", "2")]),
        ("Fox ordered another season.", [("another season", "next")]),
        ("Fox ordered two more seasons.", [("two more seasons", "more:2")]),
        ("The show was a big success.", []),
    ],
)
def test_seasons(nlp, text, expected):
    assert spans(parse(nlp, text), "seasons") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the small model tags Wendell Pierce as an organisation and misses Dominic West
        ("The drama The Wire stars Dominic West, Idris Elba, Wendell Pierce and Sonja Sohn.",
         [("Dominic West", "Dominic West"), ("Idris Elba", "Idris Elba"),
          ("Wendell Pierce", "Wendell Pierce"), ("Sonja Sohn", "Sonja Sohn")]),
    ],
)
def test_people(nlp, text, expected):
    assert spans(parse(nlp, text), "people") == expected


def test_people_repair_covers_ner_mislabel(nlp):
    doc = parse(nlp, "The drama The Wire stars Dominic West, Idris Elba, Wendell Pierce and "
                     "Sonja Sohn.")
    persons = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert "Wendell Pierce" not in persons  # if the model changes, this case needs a new name
    assert "Wendell Pierce" in {s.label_ for s in doc.spans["people"]}


def test_surname_resolves_to_full_name(nlp):
    doc = parse(nlp, "The comedy Veep stars Julia Louis-Dreyfus. Louis-Dreyfus plays Selina "
                     "Meyer.")
    first, second = (s for s in doc.spans["people"] if "Dreyfus" in s.text)
    assert first.text == "Julia Louis-Dreyfus"
    assert first.label_ == second.label_ == "Julia Louis-Dreyfus"
    assert second.start_char > doc.text.index(".")


def test_title_is_not_a_person(nlp):
    doc = parse(nlp, "The comedy Derry Girls stars Nicola Coughlan.")
    assert ("Derry Girls", "Derry Girls") in spans(doc, "titles")
    assert all("Derry" not in s.text for s in doc.spans["people"])


def test_work_refs_and_main_work(nlp):
    doc = parse(nlp, "HBO's Succession was a hit. The show ran for four seasons.")
    assert doc._.main_work == "Succession"
    assert spans(doc, "work_refs") == [("The show", "Succession")]


def test_main_work_prefers_headline(nlp):
    text = "The comedy Seinfeld aired before the comedy Frasier did."
    assert parse(nlp, text)._.main_work == "Seinfeld"
    assert parse(nlp, text, "Frasier is coming back")._.main_work == "Frasier"


def test_no_titles_no_main_work(nlp):
    doc = parse(nlp, "The show was a big success.")
    assert doc._.main_work is None
    assert list(doc.spans["work_refs"]) == []


def test_vocab_ruler_labels_network(nlp):
    doc = parse(nlp, "HBO's Succession will end with its fourth season.")
    assert ("HBO", "NETWORK") in [(e.text, e.label_) for e in doc.ents]


def test_pipe_several_docs(nlp):
    texts = [
        "NBC has renewed the comedy Seinfeld for a fifth season.",
        "The drama Ozark was filmed in Atlanta.",
        "The show was a big success.",
    ]
    docs = list(nlp.pipe((nlp.make_doc(t) for t in texts), batch_size=2))
    assert [d._.main_work for d in docs] == ["Seinfeld", "Ozark", None]
    assert [len(d.spans["seasons"]) for d in docs] == [1, 0, 0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Greta Lind created the drama. She also directed the film.",
            [("She", "Greta Lind")], id="subject-pronoun"),
        pytest.param(
            "Tom Reyes thanked his wife Anna Kowal. She produced the film.",
            [("She", "Anna Kowal")], id="gender-word"),
        pytest.param(
            'Tom Reyes said: "She never stops working." He laughed.',
            [("He", "Tom Reyes")], id="pronoun-in-quotes-left-alone"),
        pytest.param("She arrived late to the premiere.", [], id="nobody-named-before"),
    ],
)
def test_pronouns_join_people(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    pronouns = [(s.text, s.label_) for s in doc.spans["people"] if s.text in ("He", "She")]
    assert pronouns == expected


@pytest.mark.parametrize(
    "text",
    [
        'The finale, titled "Long Way Down", airs next week.',
        'The first half of the season will be dubbed "Dawn" by the network.',
        'The theme song of "Goldfinger" (a 1964 James Bond film) plays.',
    ],
)
def test_episode_names_and_descriptions_are_not_titles(nlp, text: str) -> None:
    doc = nlp(text)
    titles = {s.label_ for s in doc.spans["titles"]}
    assert not titles & {"Long Way Down", "Dawn", "1964 James Bond"}
