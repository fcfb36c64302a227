"""Quote speakers, precision first: who said it, or nobody (every sentence made up here)."""

from __future__ import annotations

from datetime import date

import pytest

from marquee.extract import extract_documents
from marquee.nlp import load_pipeline
from marquee.nlp.pronouns import Named, antecedent, first_name_gender
from marquee.sources.document import Document


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def quotes(nlp, text: str) -> list[dict]:
    document = Document(id="q", text=text, date=date(2024, 3, 1))
    [(_, facts)] = list(extract_documents(nlp, [document]))
    return [f.to_dict() for f in facts if f.type == "quote"]


def said(nlp, text: str) -> set[tuple[str, str, str]]:
    """(speaker, kind, text) of every quote record."""
    return {(q["speaker"], q["kind"], q["text"]) for q in quotes(nlp, text)}


def speakers(nlp, text: str) -> set[str]:
    return {q["speaker"] for q in quotes(nlp, text)}


# --- pronouns: only when one person is clearly meant -------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rachel Quenby wrote the pilot with Michael Ferrand. "
            '"It took us four years to get the ending right," she said.',
            {"Rachel Quenby"}, id="gender-picks-the-woman",
        ),
        pytest.param(
            "Michael Ferrand wrote the pilot with Rachel Quenby. "
            '"It took us four years to get the ending right," he said.',
            {"Michael Ferrand"}, id="gender-picks-the-man",
        ),
        pytest.param(
            "Rachel Quenby wrote the pilot with Helen Arkwright. "
            '"It took us four years to get the ending right," she said.',
            set(), id="two-women-in-reach-skipped",
        ),
        pytest.param(
            "Showrunner Robert Porlock met Helen Arkwright in 2019.\n\n"
            "The series films in Leeds.\n\n"
            '"We were never going to make it anywhere else," he said.',
            set(), id="nobody-in-reach-skipped",
        ),
        pytest.param(
            "The drama stars Helen Arkwright as Nora Vance, a retired detective. "
            '"Nora has stopped apologising for anything," she said.',
            {"Helen Arkwright"}, id="character-after-as-is-not-the-speaker",
        ),
        pytest.param(
            "The trailer follows Nora Vance (Helen Arkwright) across a frozen lake. "
            '"Nora has stopped apologising for anything," she said.',
            {"Helen Arkwright"}, id="character-in-brackets-is-not-the-speaker",
        ),
        pytest.param(
            "Peter Marlowe plays Elias Thorne, a ferry captain with debts. "
            '"I spent a month learning to tie knots for this," he said.',
            {"Peter Marlowe"}, id="character-of-plays-is-not-the-speaker",
        ),
        pytest.param(
            "Peter Marlowe's character, Bram, runs the ferry. "
            '"I spent a month learning to tie knots for this," he said.',
            set(), id="her-character-subject-blocks-the-pronoun",
        ),
        pytest.param(
            "The drama was created by Alan Ferrand. A Channel 4 spokesman said the channel had"
            ' no plans for a third series. "Never say never," he said.',
            {"Channel 4"}, id="he-after-a-spokesman-is-the-organisation",
        ),
        pytest.param(
            "Rachel Quenby runs the channel. A Hulu spokesman said the show would end, though"
            " he said the cast could return in other projects.",
            {"Hulu"}, id="he-in-the-spokesman-s-sentence",
        ),
        pytest.param(
            "A Hulu spokesman said the show would end. Its creator Michael Ferrand disagreed. "
            '"Never say never," he said.',
            {"Hulu", "Michael Ferrand"}, id="a-person-named-since-is-nearer",
        ),
    ],
)
def test_pronoun_speakers(nlp, text: str, expected: set[str]) -> None:
    assert speakers(nlp, text) == expected


# --- organisations and descriptions ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "A spokesperson for Netflix told Variety that the show would return in the fall.",
            "Netflix", id="spokesperson-for-x",
        ),
        pytest.param(
            "A Hulu spokeswoman said the second season had been delayed by the strike.",
            "Hulu", id="x-spokeswoman",
        ),
        pytest.param(
            "HBO has cancelled Pine Hollow after two seasons. The network said in a statement "
            "that the cast had been a joy to work with.",
            "HBO", id="the-network-named-before",
        ),
        pytest.param(
            "The Lantern Keeper is directed by Claire Farrant-Beck.\n\n"
            '"We shot every storm scene in a car park," said the director.',
            "Claire Farrant-Beck", id="the-director-from-directed-by",
        ),
        pytest.param(
            "Presenter David Ashdown-Vey is leaving the quiz after nine years.\n\n"
            "The presenter said he wanted to spend more time with his family.",
            "David Ashdown-Vey", id="the-presenter-from-the-title",
        ),
        pytest.param(
            "Channel 4's head of drama, Sarah Whitford, told Broadcast that the series would "
            "film in Cardiff.",
            "Sarah Whitford", id="head-of-drama-appositive",
        ),
    ],
)
def test_organisation_and_description_speakers(nlp, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == {speaker}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"We have no plans to bring it back," said the producer.',
                     id="description-with-no-one-named"),
        pytest.param("Claire Farrant-Beck and Mark Ruiz both directed episodes.\n\n"
                     '"We shot every storm scene in a car park," said the director.',
                     id="two-directors-no-one-clear"),
        pytest.param('"It was a long road to get here," she said.', id="pronoun-with-no-one"),
    ],
)
def test_unclear_speaker_is_skipped(nlp, text: str) -> None:
    assert quotes(nlp, text) == []


# --- constructions --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"We always knew how it ended," showrunner Emma Hartley told TVLine, "and we never '
            'changed it."',
            {("Emma Hartley", "direct", "We always knew how it ended and we never changed it.")},
            id="split-around-the-frame",
        ),
        pytest.param(
            '"It felt wrong," Emma Hartley added, "to leave it unfinished."',
            {("Emma Hartley", "direct", "It felt wrong to leave it unfinished.")},
            id="short-first-part",
        ),
        pytest.param(
            "Showrunner Emma Hartley says the finale was written first. "
            '"We knew the last scene before the pilot. Everything else was a road to it."',
            {("Emma Hartley", "indirect", "the finale was written first"),
             ("Emma Hartley", "direct", "We knew the last scene before the pilot. Everything "
              "else was a road to it.")},
            id="quote-after-a-says-sentence",
        ),
        pytest.param(
            "Daniel Quince, the network's head of comedy, called the pilot "
            '"the funniest script we have read in a decade."',
            {("Daniel Quince", "direct", "the funniest script we have read in a decade.")},
            id="called-it",
        ),
        pytest.param(
            "The third season will be the last, Emma Hartley said on Monday.",
            {("Emma Hartley", "indirect", "The third season will be the last")},
            id="reported-before-its-verb",
        ),
        pytest.param(
            "Rachel Quenby posted a photo from the set with the caption "
            '"Day one. Coffee first, then dragons."',
            {("Rachel Quenby", "direct", "Day one. Coffee first, then dragons.")},
            id="with-the-caption",
        ),
    ],
)
def test_constructions(nlp, text: str, expected: set[tuple[str, str, str]]) -> None:
    assert said(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Creator Laura Vane said the renewal was "a gift we did not see coming" and '
            "that the writers would start in June.",
            {("Laura Vane", "direct", "a gift we did not see coming"),
             ("Laura Vane", "indirect", 'the renewal was "a gift we did not see coming" and '
              "that the writers would start in June")},
            id="fragment-and-clause",
        ),
        pytest.param(
            'Creator Laura Vane said the cast was "the best I have ever worked with".',
            {("Laura Vane", "direct", "the best I have ever worked with")},
            id="fragment-is-most-of-the-clause",
        ),
        pytest.param(
            'Creator Laura Vane said the writers wanted a "big summer storyline".',
            {("Laura Vane", "indirect", 'the writers wanted a "big summer storyline"')},
            id="label-after-a-determiner-is-no-fragment",
        ),
        pytest.param(
            "Creator Laura Vane said in a statement that the first draft was \"the funniest"
            " thing to land on my desk in years\".",
            {("Laura Vane", "direct", "the funniest thing to land on my desk in years"),
             ("Laura Vane", "indirect", 'the first draft was "the funniest thing to land on my'
              ' desk in years"')},
            id="a-quote-that-ends-the-clause-stays-in-it",
        ),
        pytest.param(
            "Creator Laura Vane said in a statement that the pilot was \"the funniest thing"
            " to land on my desk in years\".",
            {("Laura Vane", "direct", "the funniest thing to land on my desk in years")},
            id="a-quote-that-is-most-of-the-clause-is-the-quote-alone",
        ),
        pytest.param(
            'Creator Laura Vane said the season would end, adding, "We are so proud of it."',
            {("Laura Vane", "direct", "We are so proud of it."),
             ("Laura Vane", "indirect", "the season would end")},
            id="a-quote-after-adding-is-its-own",
        ),
    ],
)
def test_fragments_in_reported_speech(nlp, text: str, expected: set) -> None:
    assert said(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        pytest.param('"I read it in one night," James Ashworth-Pell told Vanity Fair.',
                     "James Ashworth-Pell", "Vanity Fair", id="told-an-outlet-off-the-list"),
        pytest.param('In an interview with Vanity Fair, James Ashworth-Pell said the script '
                     'had been rewritten twice.', "James Ashworth-Pell", "Vanity Fair",
                     id="in-an-interview-with"),
        pytest.param('"I read it in one night," James Ashworth-Pell said.',
                     "James Ashworth-Pell", None, id="no-outlet"),
    ],
)
def test_via(nlp, text: str, speaker: str, via: str | None) -> None:
    [record] = quotes(nlp, text)
    assert (record["speaker"], record["via"]) == (speaker, via)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Directed by Francesca Lo Vetro, the film opens in May. Lo Vetro said "
                     "the shoot had been the hardest of her career.", "Francesca Lo Vetro",
                     id="particle-surname"),
        pytest.param("The drama comes from writer Susan Brandt-Kessler. "
                     '"It is a story about my grandmother," Brandt-Kessler said.',
                     "Susan Brandt-Kessler", id="hyphenated-surname"),
    ],
)
def test_fullest_name(nlp, text: str, speaker: str) -> None:
    assert speakers(nlp, text) == {speaker}


def test_every_quote_names_its_path(nlp) -> None:
    text = ('"We start in June," said Emma Hartley. Michael Ferrand said the scripts were done. '
            'A spokesperson for Netflix said the date would be set soon.')
    paths = {q["speaker"]: q["path"] for q in quotes(nlp, text)}
    assert paths == {"Emma Hartley": "quote.after_said", "Michael Ferrand": "quote.reported_that",
                     "Netflix": "quote.reported_spokesperson"}


# --- the pronoun resolver's parts -------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "gender"),
    [("Rachel Quenby", "f"), ("Michael Ferrand", "m"), ("Quenby", None), ("Mrs Ferrand", "f"),
     ("Zxqv Quenby", None)],
)
def test_first_name_gender(name: str, gender: str | None) -> None:
    assert first_name_gender(name) == gender


@pytest.mark.parametrize(
    ("named", "gender", "expected"),
    [
        pytest.param([Named("A B", 0, 3, True, 0, 0)], "f", "A B", id="one-in-reach"),
        pytest.param([Named("A B", 0, 3, True, 0, 0), Named("C D", 10, 13, False, 0, 0)], "f",
                     None, id="two-unknown-genders-in-one-sentence"),
        pytest.param([Named("A B", 0, 3, True, 0, 0), Named("C D", 10, 13, True, 0, 1)], "f",
                     "C D", id="last-subject-alone-in-its-sentence"),
        pytest.param([Named("A B", 0, 3, True, 0, 0)], "m", None, id="gender-disagrees"),
    ],
)
def test_antecedent(named: list[Named], gender: str, expected: str | None) -> None:
    known = {"A B": "f"} if gender == "m" else {}
    assert antecedent(named, 50, gender, known, 0) == expected
