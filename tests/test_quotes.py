"""Quotes, posts and metrics: attribution, posts and numbers (sentences made up here)."""

from __future__ import annotations

from datetime import date

import pytest

from marquee.extract import extract_documents
from marquee.extract.numbers import parse_number
from marquee.extract.speech import find_quotes
from marquee.nlp import load_pipeline
from marquee.sources.document import Document


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def records(nlp, text: str, kind: str, title: str | None = None) -> list[dict]:
    document = Document(id="q", text=text, date=date(2023, 3, 1), title=title)
    [(_, facts)] = list(extract_documents(nlp, [document]))
    out = []
    for fact in facts:
        if fact.type == kind:
            data = fact.to_dict()
            for key in ("doc", "evidence", "confidence", "type"):
                data.pop(key)
            out.append(data)
    return out


def said(nlp, text: str) -> list[tuple[str, str, str]]:
    """(speaker, kind, text) of every quote record."""
    return [(q["speaker"], q["kind"], q["text"]) for q in records(nlp, text, "quote")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Showrunner Maria Delgado said the finale had been planned for years. "We always '
            'knew how it would end," she said.',
            [
                ("Maria Delgado", "indirect", "the finale had been planned for years"),
                ("Maria Delgado", "direct", "We always knew how it would end"),
            ],
            id="pronoun-after-name",
        ),
        pytest.param(
            '"It was the hardest shoot of my life," said Tomas Berg. "I would do it again '
            'tomorrow," he added.',
            [("Tomas Berg", "direct",
              "It was the hardest shoot of my life I would do it again tomorrow")],
            id="split-quote-one-record",
        ),
        pytest.param(
            '"We are thrilled to bring the story back for another run," said Priya Natarajan, '
            'head of drama at the network. "The audience asked and we listened."',
            [("Priya Natarajan", "direct", "We are thrilled to bring the story back for "
              "another run The audience asked and we listened.")],
            id="unframed-continuation",
        ),
        pytest.param(
            'Director Owen Harper told reporters: "Nobody on set called it \'the cursed '
            'film\' to my face, but everyone thought it."',
            [("Owen Harper", "direct",
              "Nobody on set called it 'the cursed film' to my face, but everyone thought it.")],
            id="nested-quote-stays-inside",
        ),
        pytest.param(
            '"I never read the reviews," said Lena Voss. "Neither do I, and it shows," '
            'replied her co-star Mark Ellery.',
            [
                ("Lena Voss", "direct", "I never read the reviews"),
                ("Mark Ellery", "direct", "Neither do I, and it shows"),
            ],
            id="two-speakers-one-paragraph",
        ),
        pytest.param(
            'Critics called the second season "a triumph of tone over plot" last year. '
            '"Nobody wanted this to end so soon."',
            [],
            id="no-speaker-left-out",
        ),
        pytest.param(
            'Her favourite episode is "The Long Night" and she rewatches "Pilot" every year.',
            [],
            id="titles-in-quotes-are-not-quotes",
        ),
        pytest.param(
            'Anna Kowal plays the lead. The actress told Variety that she turned the role down '
            'twice before accepting it.',
            [("Anna Kowal", "indirect", "she turned the role down twice before accepting it")],
            id="description-resolves-to-person",
        ),
        pytest.param(
            "Showrunner Dana Pike explained her plan for the finale:\n\nWe wrote the last "
            "scene first. I knew where everyone had to end up before we began.\n\nIt airs soon.",
            [("Dana Pike", "direct", "We wrote the last scene first. I knew where everyone "
              "had to end up before we began.")],
            id="block-quote-under-a-colon",
        ),
        pytest.param(
            "Showrunner Dana Pike explained the plan:\n\nThe finale airs in May on the "
            "network.\n\nMore soon.",
            [],
            id="third-person-paragraph-is-not-a-block-quote",
        ),
        pytest.param(
            'According to Deadline, the streamer has ordered a third season of the drama.',
            [("Deadline", "indirect", "the streamer has ordered a third season of the drama")],
            id="according-to-outlet",
        ),
    ],
)
def test_attribution(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Actress Mia Lund joined the cast alongside Peter Gray. "I fell in love with the '
            'script on the first page," she said.', "Mia Lund", id="subject-over-last-named"),
        pytest.param(
            'Director Tom Reyes thanked his wife Anna Kowal at the premiere. "It has been a '
            'long road for both of us," she said.', "Anna Kowal", id="gender-word-wins"),
        pytest.param(
            'Actress Mia Lund joined the cast alongside Peter Gray. "The script is a gift to '
            'any actor," he said.', "Peter Gray", id="gender-passes-over"),
        pytest.param(
            "Producer Ian Wells said that the show would move to Glasgow. He added that "
            'local crews were hired. "We wanted the city to be a character," he said.',
            "Ian Wells", id="pronoun-chain"),
    ],
)
def test_pronoun_resolution(nlp, text: str, speaker: str) -> None:
    assert {who for who, _, _ in said(nlp, text)} == {speaker}


def test_via_scope_runs_until_another_source(nlp) -> None:
    text = (
        "According to a report by Variety, Joan Pike said that the cast would return in "
        "spring. She added that the scripts were finished. Variety's rival, Deadline, "
        "reported that filming would start in May. Pike said that she was excited."
    )
    quotes = records(nlp, text, "quote")
    by_text = {q["text"]: (q["speaker"], q["via"]) for q in quotes}
    assert by_text["the cast would return in spring"] == ("Joan Pike", "Variety")
    assert by_text["the scripts were finished"] == ("Joan Pike", "Variety")
    assert by_text["she was excited"] == ("Joan Pike", None)


def test_organisation_speaker_and_told_outlet(nlp) -> None:
    text = (
        'Netflix wrote, "Thank you for watching, the next chapter is coming soon!" '
        "Later, the producer Sam Okafor told Variety that the budget had doubled."
    )
    quotes = records(nlp, text, "quote")
    assert [(q["speaker"], q["kind"], q["via"]) for q in quotes] == [
        ("Netflix", "direct", None),
        ("Sam Okafor", "indirect", "Variety"),
    ]


TWEET = (
    "The network confirmed the news on social media.\n\n"
    "Pack your bags, we are heading back to the island for season three! "
    "pic.twitter.com/AbC123xyZ — Harbour TV (@harbourtv) June 5, 2022\n\n"
    "Fans reacted quickly."
)


def test_embedded_tweet_is_a_post(nlp) -> None:
    [post] = records(nlp, TWEET, "post")
    assert post == {
        "platform": "twitter",
        "author": "Harbour TV",
        "handle": "@harbourtv",
        "date": "2022-06-05",
        "url": "pic.twitter.com/AbC123xyZ",
        "text": "Pack your bags, we are heading back to the island for season three!",
    }


def test_signature_on_its_own_line_takes_the_paragraph_above(nlp) -> None:
    text = (
        "A critic weighed in.\n\nThis finale was a masterpiece of slow dread.\n\n"
        "— Rae Mullins (@raemullins) October 2, 2019\n\nMore below."
    )
    [post] = records(nlp, text, "post")
    assert (post["author"], post["handle"], post["date"]) == (
        "Rae Mullins", "@raemullins", "2019-10-02")
    assert post["text"] == "This finale was a masterpiece of slow dread."


def test_tweeted_quote_is_a_quote_and_a_post(nlp) -> None:
    text = 'Star Dev Patel-Ross tweeted, "Season two is happening and I cannot wait!"'
    assert [(q["speaker"], q["kind"]) for q in records(nlp, text, "quote")] == [
        ("Dev Patel-Ross", "direct")]
    [post] = records(nlp, text, "post")
    assert (post["platform"], post["author"], post["handle"]) == (
        "twitter", "Dev Patel-Ross", None)


def test_quoted_in_body_and_embedded_gives_one_post(nlp) -> None:
    text = (
        'FX tweeted, "Pack your bags, we are heading back to the island for season '
        'three!"\n\n' + TWEET.replace("Harbour TV", "FX")
    )
    posts = records(nlp, text, "post")
    assert [p["handle"] for p in posts] == ["@harbourtv"]
    assert len(records(nlp, text, "quote")) == 1


def test_instagram_embed(nlp) -> None:
    text = (
        "She shared a photo from the set.\n\nFirst day back with the whole gang\n"
        "A post shared by Mina Cho (@minacho) on Aug 3, 2021 at 10:02am PDT"
    )
    [post] = records(nlp, text, "post")
    assert (post["platform"], post["author"], post["handle"], post["date"]) == (
        "instagram", "Mina Cho", "@minacho", "2021-08-03")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14m", 14_000_000), ("$1.5bn", 1_500_000_000), ("two million", 2_000_000),
        ("Thirteen", 13), ("1,200", 1200), ("58 million", 58_000_000),
        ("twenty-two", 22), ("£46m", 46_000_000), ("4.1", 4.1), ("several", None),
    ],
)
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The drama The Harbour drew 14m viewers for its finale in 2021.",
            [("audience", 14_000_000, "viewers", "2021")], id="audience-short-scale"),
        pytest.param(
            "The network ordered 10 hour-long episodes of the drama The Harbour.",
            [("episodes", 10, "episodes", None)], id="episodes"),
        pytest.param(
            "The drama The Harbour, costing about $40 million, was the priciest show.",
            [("budget", 40_000_000, "dollars", None)], id="budget"),
        pytest.param(
            "The drama The Harbour was our most popular drama series of 2022.",
            [("ranking", 1, "most popular drama series", "2022")], id="ranking"),
        pytest.param(
            "The drama The Harbour airs two episodes each week and a new episode on Fridays.",
            [], id="schedules-are-not-counts"),
    ],
)
def test_metrics(nlp, text: str, expected: list[tuple]) -> None:
    got = records(nlp, text, "metric", title="The Harbour")
    assert [(m["measure"], m["value"], m["unit"], m["period"]) for m in got] == expected
    assert all(m["work"] == "The Harbour" for m in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "hello there friend" twice.', ["hello there friend"]),
        ("“One.\n“Two.”", ["One.\n“Two."]),
        ('A “curly” and a "straight" pair.', ["curly", "straight"]),
        ('An unpaired " mark.', []),
    ],
)
def test_find_quotes(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_a_crowd_is_not_an_audience(nlp) -> None:
    text = "About 200,000 people marched through the city centre on Saturday."
    assert records(nlp, text, "metric", title="The Harbour") == []
