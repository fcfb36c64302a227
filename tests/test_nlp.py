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
    if "marquee_works" in names:  # the trained title recogniser, when its weights are shipped
        assert names.index("marquee_vocab") < names.index("marquee_works") < names.index("ner")
        assert names.index("tok2vec") < names.index("marquee_works")
    assert names[-5:] == [
        "marquee_people", "marquee_titles", "marquee_pronouns", "marquee_seasons", "marquee_refs"
    ]


def test_load_pipeline_is_cached(nlp):
    assert load_pipeline() is nlp


@pytest.mark.parametrize(
    ("text", "headline", "expected"),
    [
        ("NBC has renewed the comedy Brinkley for a fifth season.", None,
         [("Brinkley", "Brinkley")]),
        ("HBO's Birthright will end with its fourth season.", None,
         [("Birthright", "Birthright")]),
        ("Netflix renewed 'The Vault' for a sixth and final season.", None,
         [("The Vault", "The Vault")]),
        ("Last night, Birthright actor Brian Cole appeared on a talk show.", None,
         [("Birthright", "Birthright")]),
        ("Fans were thrilled when Brinkley appeared on the streaming service.",
         "Brinkley returns", [("Brinkley", "Brinkley")]),
        ("Fans were thrilled when Brinkley appeared on the streaming service.", None, []),
        ("Fans said that Jerry Brinkley spoke on stage in Chicago.", "Jerry Brinkley speaks", []),
    ],
)
def test_titles(nlp, text, headline, expected):
    assert spans(parse(nlp, text, headline), "titles") == expected


def test_every_mention_of_a_title_is_marked(nlp):
    doc = parse(nlp, "The comedy Brinkley ran for nine seasons. Brinkley won many awards.")
    assert spans(doc, "titles") == [("Brinkley", "Brinkley"), ("Brinkley", "Brinkley")]
    assert doc._.main_work == "Brinkley"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pennywhistles was renewed for Season 2.", [("Season 2", "2")]),
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
        # the small model tags Wendell Pryce as an organisation and misses Dominic Wark
        ("The drama The Loom stars Dominic Wark, Idris Ebbe, Wendell Pryce and Sonja Suhr.",
         [("Dominic Wark", "Dominic Wark"), ("Idris Ebbe", "Idris Ebbe"),
          ("Wendell Pryce", "Wendell Pryce"), ("Sonja Suhr", "Sonja Suhr")]),
    ],
)
def test_people(nlp, text, expected):
    assert spans(parse(nlp, text), "people") == expected


def test_people_repair_covers_ner_mislabel(nlp):
    doc = parse(nlp, "The drama The Loom stars Dominic Wark, Idris Ebbe, Wendell Pryce and "
                     "Sonja Suhr.")
    persons = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert "Wendell Pryce" not in persons  # if the model changes, this case needs a new name
    assert "Wendell Pryce" in {s.label_ for s in doc.spans["people"]}


def test_surname_resolves_to_full_name(nlp):
    doc = parse(nlp, "The comedy Vantage stars Noor Bellamy-Hart. Bellamy-Hart plays Greta "
                     "Vole.")
    first, second = (s for s in doc.spans["people"] if "Hart" in s.text)
    assert first.text == "Noor Bellamy-Hart"
    assert first.label_ == second.label_ == "Noor Bellamy-Hart"
    assert second.start_char > doc.text.index(".")


@pytest.mark.parametrize(
    "second",
    [
        "The series was created by Okoye-Brandt and Joss Beaumont.",
        "Executive producers include Okoye-Brandt, Joss Beaumont and Ada Winslow.",
        "Okoye-Brandt and Joss Beaumont executive produce for Wildwood Pictures.",
        "Speaking on Monday, Okoye-Brandt said the show would return.",
    ],
)
def test_a_hyphenated_surname_alone_resolves_to_the_full_name(nlp, second: str) -> None:
    doc = parse(nlp, "The drama Lantern Bay stars Dana Okoye-Brandt. " + second)
    later = [s for s in doc.spans["people"] if s.start_char > doc.text.index(".")]
    assert ("Okoye-Brandt", "Dana Okoye-Brandt") in [(s.text, s.label_) for s in later]


def test_title_is_not_a_person(nlp):
    doc = parse(nlp, "The comedy Harbour Lads stars Noreen Cassidy.")
    assert ("Harbour Lads", "Harbour Lads") in spans(doc, "titles")
    assert all("Harbour" not in s.text for s in doc.spans["people"])


def test_work_refs_and_main_work(nlp):
    doc = parse(nlp, "HBO's Birthright was a hit. The show ran for four seasons.")
    assert doc._.main_work == "Birthright"
    assert spans(doc, "work_refs") == [("The show", "Birthright")]


ROUNDUP = (
    "Three shows start filming this month.\n\n"
    "The drama Quillmoor Abbey returns in the spring.\n\n"
    "The comedy Penny Whistle Lane has a new cast. The show was shot in Tolmere.\n\n"
    "The thriller Ashgrove Run ends after two seasons. The series will film in Gullhaven."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ROUNDUP, [("The show", "Penny Whistle Lane"), ("The series", "Ashgrove Run")]),
        # the paragraph names no work before the reference: the article's main work
        (ROUNDUP.replace("The comedy Penny Whistle Lane has a new cast. ", "")
         .replace("The show was shot", "The show was shot before the comedy Penny Whistle Lane,"
                  " in"),
         [("The show", "Quillmoor Abbey"), ("The series", "Ashgrove Run")]),
        # the paragraph named the main work too: the reference stays with it
        (ROUNDUP.replace("The comedy Penny Whistle Lane has a new cast.",
                         "Quillmoor Abbey shares a set with the comedy Penny Whistle Lane"
                         " and the drama Harrow Gate."),
         [("The show", "Quillmoor Abbey"), ("The series", "Ashgrove Run")]),
    ],
)
def test_a_round_up_refers_to_the_work_its_paragraph_named(nlp, text, expected):
    assert spans(parse(nlp, text), "work_refs") == expected


def test_a_single_work_article_refers_to_its_main_work(nlp):
    text = ("The drama Quillmoor Abbey returns in the spring.\n\n"
            "It follows the comedy Penny Whistle Lane on the schedule. The drama Quillmoor Abbey"
            " was shot in Tolmere. The show has a new cast. Quillmoor Abbey ends in May.")
    doc = parse(nlp, text)
    assert doc._.main_work == "Quillmoor Abbey"
    assert spans(doc, "work_refs") == [("The show", "Quillmoor Abbey")]


def test_main_work_prefers_headline(nlp):
    text = "The comedy Brinkley aired before the comedy Horatio did."
    assert parse(nlp, text)._.main_work == "Brinkley"
    assert parse(nlp, text, "Horatio is coming back")._.main_work == "Horatio"


def test_no_titles_no_main_work(nlp):
    doc = parse(nlp, "The show was a big success.")
    assert doc._.main_work is None
    assert list(doc.spans["work_refs"]) == []


def test_vocab_ruler_labels_network(nlp):
    doc = parse(nlp, "HBO's Birthright will end with its fourth season.")
    assert ("HBO", "NETWORK") in [(e.text, e.label_) for e in doc.ents]


def test_pipe_several_docs(nlp):
    texts = [
        "NBC has renewed the comedy Brinkley for a fifth season.",
        "The drama Pinecrest was filmed in Atlanta.",
        "The show was a big success.",
    ]
    docs = list(nlp.pipe((nlp.make_doc(t) for t in texts), batch_size=2))
    assert [d._.main_work for d in docs] == ["Brinkley", "Pinecrest", None]
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


# --- WORK spans of the trained recogniser, merged with the cue rules ----------------------

@pytest.fixture(scope="module")
def cue_nlp():
    """The pipeline without marquee_works, so a test sets the WORK spans itself."""
    return load_pipeline(works=None)


def titles_with_work(nlp, text: str, phrase: str) -> dict:
    """The titles found when ``phrase`` is preset as a WORK span before the NER, as
    marquee_works presets it."""
    doc = nlp.make_doc(text)
    at = nlp.pipe_names.index("ner")
    for _name, proc in nlp.pipeline[:at]:
        doc = proc(doc)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), label="WORK")
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    for _name, proc in nlp.pipeline[at:]:
        doc = proc(doc)
    return doc._.title_kinds


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        pytest.param("Brackwater Sound drew two million viewers.", "Brackwater Sound",
                     "Brackwater Sound",
                     id="plain"),
        pytest.param("Fans watched Kestrel Road on Saturday night.",
                     "Kestrel Road on Saturday", "Kestrel Road", id="date-tail-on"),
        pytest.param("The network will add Ferrow Lane from April 2 to May 9.",
                     "Ferrow Lane from April 2 to May 9", "Ferrow Lane", id="date-tail-from"),
        pytest.param("The studio is waiting for Tallis Mire to finish its run.",
                     "Tallis Mire to", "Tallis Mire", id="trailing-join-word"),
        pytest.param("The network renewed Ossory Bell, its comedy.", "Ossory Bell",
                     "Ossory Bell", id="mid-sentence"),
        pytest.param("Fans of Hallow Tide and The Ferrymen were pleased.",
                     "Hallow Tide and The Ferrymen", "Hallow Tide", id="pair-first"),
        pytest.param("Fans of Hallow Tide and The Ferrymen were pleased.",
                     "Hallow Tide and The Ferrymen", "The Ferrymen", id="pair-second"),
    ],
)
def test_work_spans_become_titles(cue_nlp, text: str, phrase: str, expected: str) -> None:
    titles = titles_with_work(cue_nlp, text, phrase)
    assert expected in titles
    assert phrase == expected or phrase not in titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NBC cancelled Hallow Tide and The Ferrymen after one season.",
         {"Hallow Tide", "The Ferrymen"}),
        ("The network renewed Gorse Hill and A Quiet Harbour for new seasons.",
         {"Gorse Hill", "A Quiet Harbour"}),
        ("The comedy Salt and Vinegar Nights was renewed.", {"Salt and Vinegar Nights"}),
    ],
)
def test_two_titles_joined_by_and_are_two(cue_nlp, text: str, expected: set[str]) -> None:
    assert set(cue_nlp(text)._.title_kinds) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        pytest.param("The Welsh actor returns next week.", "Welsh", id="adjective"),
        pytest.param("Other stars include two newcomers.", "Other", id="determiner"),
        pytest.param("The drama returns in September.", "September", id="month"),
        pytest.param("The drama returns on Thursday.", "Thursday", id="weekday"),
        pytest.param("Netflix ordered eight episodes.", "Netflix", id="network"),
        pytest.param("The drama stars Pella Dunrow as a nurse. Dunrow was thrilled.",
                     "Pella Dunrow", id="person"),
        pytest.param("It premiered at the Bellwood Film Festival.", "Bellwood Film Festival",
                     id="festival"),
        pytest.param('The finale, titled "Glass Tides", airs next week.', "Glass Tides",
                     id="episode"),
    ],
)
def test_work_spans_the_guards_reject(cue_nlp, text: str, phrase: str) -> None:
    assert phrase not in titles_with_work(cue_nlp, text, phrase)


@pytest.mark.parametrize(
    ("text", "headline", "main"),
    [
        # the headline names the sequel: its words do not count again for the first film
        ("The first Emberfall opened to $23 million in 2018, and Emberfall was a hit. "
         "'Emberfall: Zero Hour' took first place this weekend.",
         "'Emberfall: Zero Hour' wins the weekend", "Emberfall: Zero Hour"),
        ("The drama 'Ironvale' returns in May, and 'Ironvale' has a new cast. Its spin-off "
         "'Ironvale: Ashes' follows later.", "'Ironvale: Ashes' casts its leads",
         "Ironvale: Ashes"),
        # and a headline naming the first work still picks it
        ("The drama 'Ironvale' returns in May. 'Ironvale' stars Ada Kerr. Its spin-off "
         "'Ironvale: Ashes' follows later.", "'Ironvale' sets its return", "Ironvale"),
    ],
)
def test_a_headline_names_each_work_once(nlp, text: str, headline: str, main: str) -> None:
    assert parse(nlp, text, headline)._.main_work == main
