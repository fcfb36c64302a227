"""Tests for marquee.extract.status: status events read from the parse.

Every show, network-free name and person here is invented. The articles are dated
Wednesday 20 November 2024, so "on Monday" is the 18th and "in January" ahead is 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from marquee.extract import extract_documents
from marquee.nlp import load_pipeline
from marquee.sources.document import Document

PUB = date(2024, 11, 20)
Row = tuple[str, int | None, str, str | None]


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def statuses(nlp, text: str, when: date | None = PUB) -> set[Row]:
    document = Document(id="doc-s", text=text, date=when, title=None)
    [(_, facts)] = list(extract_documents(nlp, [document]))
    return {(f.work, f.season, f.status, f.date) for f in facts if f.type == "status"}


def paths(nlp, text: str) -> set[str]:
    document = Document(id="doc-s", text=text, date=PUB, title=None)
    [(_, facts)] = list(extract_documents(nlp, [document]))
    return {f.path for f in facts if f.type == "status"}


def check(nlp, text: str, expected: list[Row]) -> None:
    got = statuses(nlp, text)
    for row in expected:
        assert row in got, (text, got)


# --- renewals: verbs, nouns and idioms -------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hulu has renewed the comedy 'Marigold Lane' for a third season.",
         [("Marigold Lane", 3, "renewed", "2024-11-20")]),
        ("The drama 'Marigold Lane' has been renewed for a third season, the streamer said "
         "Monday.", [("Marigold Lane", 3, "renewed", "2024-11-18")]),
        ("Hulu has given the comedy 'Marigold Lane' an early season 3 renewal.",
         [("Marigold Lane", 3, "renewed", "2024-11-20")]),
        ("Peacock has picked up the comedy 'Marigold Lane' for a second season.",
         [("Marigold Lane", 2, "renewed", "2024-11-20")]),
        ("The network has recommissioned the sitcom 'Marigold Lane' for a fourth series.",
         [("Marigold Lane", 4, "renewed", "2024-11-20")]),
        ("The drama 'Marigold Lane' will return for a third season.",
         [("Marigold Lane", 3, "renewed", "2024-11-20")]),
        ("The comedy 'Marigold Lane' has earned another season.",
         [("Marigold Lane", None, "renewed", "2024-11-20")]),
    ],
)
def test_renewal(nlp, text: str, expected: list[Row]) -> None:
    check(nlp, text, expected)


@pytest.mark.parametrize(
    ("text", "seasons"),
    [
        ("Starz has handed the thriller 'Marigold Lane' a two-season pickup, renewing it for "
         "seasons 2 and 3.", {2, 3}),
        ("The network has renewed the drama 'Marigold Lane' for two more seasons, keeping it "
         "on the air through its fifth season.", {4, 5}),
        ("The network renewed the drama 'Marigold Lane' for a third and fourth season.", {3, 4}),
    ],
)
def test_renewal_of_several_seasons(nlp, text: str, seasons: set[int]) -> None:
    got = {s for _, s, st, _ in statuses(nlp, text) if st == "renewed"}
    assert got == seasons


# --- cancellations, and "will not return" as a decision --------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drama 'Copper Vale' will not return for a third series, the BBC confirmed on "
         "Monday.", [("Copper Vale", None, "cancelled", "2024-11-18")]),
        ("The BBC has cancelled the drama 'Copper Vale' after two series.",
         [("Copper Vale", None, "cancelled", "2024-11-20")]),
        ("The axe fell on the sitcom 'Copper Vale' on Wednesday.",
         [("Copper Vale", None, "cancelled", "2024-11-20")]),
        ("Hulu has pulled the plug on the comedy 'Copper Vale'.",
         [("Copper Vale", None, "cancelled", "2024-11-20")]),
        ("Fox has axed the procedural 'Copper Vale'.",
         [("Copper Vale", None, "cancelled", "2024-11-20")]),
    ],
)
def test_cancellation(nlp, text: str, expected: list[Row]) -> None:
    check(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The drama 'Copper Vale' will not return for a third series, the BBC confirmed.",
        "The comedy 'Copper Vale' won't return for a second season.",
    ],
)
def test_not_returning_is_no_renewal(nlp, text: str) -> None:
    got = statuses(nlp, text)
    assert not [r for r in got if r[2] == "renewed"]
    assert [r for r in got if r[2] == "cancelled"]


# --- what is not an event: modality, negation, conditions, plot, people ----------------

@pytest.mark.parametrize(
    "text",
    [
        "The comedy 'Copper Vale' could be renewed for a third season.",
        "Netflix is in talks to renew the drama 'Copper Vale' for a second season.",
        "The drama 'Copper Vale' is expected to be renewed.",
        "Fans hope the drama 'Copper Vale' will return for a third season.",
        "It is unclear whether the drama 'Copper Vale' will return.",
        "The drama 'Copper Vale' has not been renewed.",
        "The comedy 'Tin Harbour' will premiere soon.",
        "The season ended with the death of Mara.",
        "The finale of the drama 'Tin Harbour' ended with a wedding.",
        "Dana Ruiz will play the lead in a new series about a chef.",
        "Dana Ruiz plays a chef in the drama 'Dust Road'.",
        "Dana Ruiz will not be returning to the drama 'Dust Road'.",
        "Hulu released the first trailer for the drama 'Dust Road' on Monday.",
        "The film 'Dust Road' ended up in third place with $4.1m.",
        "The comedy 'Tin Harbour' ended up as the weekend's biggest draw.",
        "The cast must take a pay cut, or else the studio will cancel 'Dust Road'.",
        "\"I'm not saying we have a renewal for 'Dust Road' or anything like that,\" she said.",
        "\"We were filming 'Dust Road' in Leeds when the storm hit,\" he said.",
        "\"I'm not saying 'Dust Road' will end well,\" the showrunner said.",
    ],
)
def test_no_event(nlp, text: str) -> None:
    assert statuses(nlp, text) == set()


def test_history_keeps_its_own_date(nlp) -> None:
    got = statuses(nlp, "Paramount+ has ordered a revival of the western 'Dust Road', which "
                        "was cancelled by NBC in 2006.")
    assert ("Dust Road", None, "revived", "2024-11-20") in got
    assert ("Dust Road", None, "cancelled", "2006") in got
    assert ("Dust Road", None, "cancelled", "2024-11-20") not in got


# --- new works, production, wrap -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Netflix has ordered the thriller 'Bone Orchard', a limited series from Dana Ruiz.",
         [("Bone Orchard", None, "announced", "2024-11-20")]),
        ("The fantasy drama 'Bone Orchard' got the green light at Netflix.",
         [("Bone Orchard", None, "announced", "2024-11-20")]),
        ("Apple has given a straight-to-series order to the thriller 'Bone Orchard'.",
         [("Bone Orchard", None, "announced", "2024-11-20")]),
        ("HBO is developing the drama 'Bone Orchard'.",
         [("Bone Orchard", None, "announced", "2024-11-20")]),
        ("The network is reviving the sitcom 'Dust Road' for 10 episodes.",
         [("Dust Road", None, "revived", "2024-11-20")]),
    ],
)
def test_announced_and_revived(nlp, text: str, expected: list[Row]) -> None:
    check(nlp, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drama 'Bone Orchard' started shooting in Oslo on Monday.",
         [("Bone Orchard", None, "in_production", "2024-11-18")]),
        ("Production on the drama 'Bone Orchard' got under way in Prague last week.",
         [("Bone Orchard", None, "in_production", "2024-11")]),
        ("Cameras rolled on the thriller 'Bone Orchard' on Monday.",
         [("Bone Orchard", None, "in_production", "2024-11-18")]),
        ("The drama 'Bone Orchard' is currently in production in Atlanta.",
         [("Bone Orchard", None, "in_production", "2024-11-20")]),
        ("The second season of the drama 'Bone Orchard' is currently in production.",
         [("Bone Orchard", 2, "in_production", "2024-11-20")]),
        ("Production on the drama 'Bone Orchard' has wrapped.",
         [("Bone Orchard", None, "wrapped", "2024-11-20")]),
        ("The thriller 'Bone Orchard' wrapped production in Budapest last week.",
         [("Bone Orchard", None, "wrapped", "2024-11")]),
        ("The drama 'Bone Orchard' finished its shoot in Belfast last month.",
         [("Bone Orchard", None, "wrapped", "2024-10")]),
    ],
)
def test_production(nlp, text: str, expected: list[Row]) -> None:
    check(nlp, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana Ruiz has been cast as the lead in the drama 'Dust Road'.",
         [("Dust Road", None, "casting", "2024-11-20")]),
        ("Dana Ruiz joins the cast of the drama 'Dust Road' as a detective.",
         [("Dust Road", None, "casting", "2024-11-20")]),
    ],
)
def test_casting(nlp, text: str, expected: list[Row]) -> None:
    check(nlp, text, expected)


# --- premieres: tense, dates and seasons -----------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The comedy 'Tin Harbour' premieres on Hulu on Friday, Dec. 13.",
         [("Tin Harbour", None, "premiere_scheduled", "2024-12-13")]),
        ("The comedy 'Tin Harbour' will premiere on March 5.",
         [("Tin Harbour", None, "premiere_scheduled", "2025-03-05")]),
        ("The comedy 'Tin Harbour' is set to debut on Hulu in January.",
         [("Tin Harbour", None, "premiere_scheduled", "2025-01")]),
        ("The thriller 'Tin Harbour' is expected to premiere in 2026.",
         [("Tin Harbour", None, "premiere_scheduled", "2026")]),
        ("The streamer has set a Jan. 9 premiere for the second season of the comedy "
         "'Tin Harbour'.", [("Tin Harbour", 2, "premiere_scheduled", "2025-01-09")]),
        ("The comedy 'Tin Harbour' returns for its third season on Tuesday, Jan. 7.",
         [("Tin Harbour", 3, "premiere_scheduled", "2025-01-07")]),
        ("The drama 'Dust Road' will return to screens in January 2026.",
         [("Dust Road", None, "premiere_scheduled", "2026-01")]),
    ],
)
def test_premiere_scheduled(nlp, text: str, expected: list[Row]) -> None:
    check(nlp, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The second season of the comedy 'Tin Harbour' dropped its ten episodes on Hulu on "
         "Sept. 3.", [("Tin Harbour", 2, "released", "2024-09-03")]),
        ("The comedy 'Tin Harbour' premiered in January and drew a large audience.",
         [("Tin Harbour", 1, "released", "2024-01")]),
        ("The third series of the drama 'Dust Road' came to an end on Sunday.",
         [("Dust Road", 3, "released", "2024-11-17")]),
    ],
)
def test_released(nlp, text: str, expected: list[Row]) -> None:
    check(nlp, text, expected)


def test_returning_with_a_season_and_a_date_is_a_schedule_not_a_renewal(nlp) -> None:
    got = statuses(nlp, "The comedy 'Tin Harbour' returns for its third season on Tuesday, "
                        "Jan. 7.")
    assert not [r for r in got if r[2] == "renewed"]


# --- endings ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The network said on Thursday that the thriller 'Tin Harbour' will end with its sixth "
         "and final season.", [("Tin Harbour", 6, "ended", "2024-11-14")]),
        ("The network renewed the drama 'Tin Harbour' for a fifth and final season.",
         [("Tin Harbour", 5, "renewed", "2024-11-20"), ("Tin Harbour", 5, "ended", "2024-11-20")]),
        ("The sitcom 'Tin Harbour' ended its long run on Hulu in May.",
         [("Tin Harbour", None, "ended", "2024-05")]),
    ],
)
def test_ended(nlp, text: str, expected: list[Row]) -> None:
    check(nlp, text, expected)


# --- every record names its construction -----------------------------------------------

@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("The axe fell on the sitcom 'Copper Vale' on Wednesday.", "status.axe_fell"),
        ("Hulu has pulled the plug on the comedy 'Copper Vale'.", "status.pull_plug"),
        ("Hulu has given the comedy 'Marigold Lane' an early season 3 renewal.",
         "status.renewal_noun"),
        ("The drama 'Copper Vale' will not return for a third series.", "status.not_return"),
    ],
)
def test_path_names_the_construction(nlp, text: str, path: str) -> None:
    assert path in paths(nlp, text)


def test_no_publication_date_leaves_undated_events_undated(nlp) -> None:
    got = statuses(nlp, "Fox has axed the procedural 'Copper Vale'.", when=None)
    assert got == {("Copper Vale", None, "cancelled", None)}


# --- more constructions ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The comedy 'Tin Harbour' has earned another season; Hulu ordered a fourth in January.",
         [("Tin Harbour", 4, "renewed", "2024-01")]),
        ("The comedy 'Tin Harbour' was renewed in May after a freshman run that drew four "
         "million viewers.", [("Tin Harbour", 2, "renewed", "2024-05")]),
        ("Hulu renewed the comedy 'Tin Harbour' for a second season last month.",
         [("Tin Harbour", 2, "renewed", "2024-10")]),
        ("Hulu has set the ensemble for the second season of the drama 'Dust Road'.",
         [("Dust Road", 2, "casting", "2024-11-20")]),
        ("Hulu has renewed the drama 'Dust Road' for a third season, and the producers are "
         "holding an open casting call this Saturday.",
         [("Dust Road", 3, "renewed", "2024-11-20"), ("Dust Road", 3, "casting", "2024-11-20")]),
        ("The BBC moved the comedy 'Tin Harbour' to BBC Two for its third series, which begins "
         "on Monday, Dec. 2.", [("Tin Harbour", 3, "premiere_scheduled", "2024-12-02")]),
        ("Netflix has set its next original, the thriller 'Bone Orchard', to premiere Friday, "
         "Dec. 6.", [("Bone Orchard", None, "premiere_scheduled", "2024-12-06")]),
        ("The thriller 'Bone Orchard' opened in second place with $9 million.",
         [("Bone Orchard", None, "released", "2024-11-20")]),
        ("The renewal comes a week after Hulu cancelled its drama 'Copper Vale'.",
         [("Copper Vale", None, "cancelled", "2024-11")]),
    ],
)
def test_more_constructions(nlp, text: str, expected: list[Row]) -> None:
    check(nlp, text, expected)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The drama 'Dust Road' will not return to screens before 2026.", "cancelled"),
        ("Since the drama 'Dust Road' ended, Dana Ruiz has starred in two films.", "ended"),
        ("The first season of the drama 'Tin Harbour' ended with Mara discovering a letter.",
         "released"),
        ("Dana Ruiz had a recurring arc on the final season of the drama 'Tin Harbour'.", "ended"),
        ("The comedy 'Tin Harbour', whose second season finished streaming in October, could "
         "be renewed before the end of the year.", "renewed"),
        ("The thriller 'Bone Orchard' opens with a scene in a lighthouse.", "released"),
        ("The drama 'Bone Orchard' is expected to begin filming in Prague next spring.",
         "in_production"),
        ("The crew of the drama 'Bone Orchard' said the shoot would wrap in June.", "wrapped"),
    ],
)
def test_not_that_status(nlp, text: str, absent: str) -> None:
    assert not [r for r in statuses(nlp, text) if r[2] == absent]


def test_a_shoot_on_a_date_to_come_is_in_production(nlp) -> None:
    got = statuses(nlp, "The drama 'Bone Orchard' begins filming in Prague in January.")
    assert ("Bone Orchard", None, "in_production", "2025-01") in got


def test_undated_news_takes_the_day_the_article_says_it_was_announced(nlp) -> None:
    got = statuses(nlp, "Hulu has renewed the comedy 'Tin Harbour' for a second season. The "
                        "streamer announced the decision on Monday at its upfront.")
    assert ("Tin Harbour", 2, "renewed", "2024-11-18") in got


@pytest.mark.parametrize(
    "text",
    [
        # a spin-off's or a prequel's order is not the parent's
        "The drama 'Bone Orchard' is a hit. Its spin-off has a series order at the network.",
        "The drama 'Bone Orchard' is a hit. The spinoff has a pilot order from Netflix.",
        "The drama 'Bone Orchard' is a hit. A prequel has landed a series order at HBO.",
        # 'cast' closing a list of nouns is the cast, not a casting
        "\"Kudos to Ada Bell, the producers and cast for making 'Bone Orchard' so good,\" "
        "she said.",
        "The writers and cast of the drama 'Bone Orchard' won an award on Monday.",
    ],
)
def test_another_work_s_order_and_the_cast_noun_are_no_event(nlp, text: str) -> None:
    assert not {r for r in statuses(nlp, text) if r[2] in ("announced", "casting")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a describing noun just before a title: the event is the title's, not the
        # work named in the sentence before
        ("Hulu renewed 'Tin Harbour' in May. The comedy Millbrake Lane has been cancelled.",
         ("Millbrake Lane", None, "cancelled")),
        ("Hulu renewed 'Tin Harbour' in May. Its drama Millbrake Lane was cancelled on Friday.",
         ("Millbrake Lane", None, "cancelled")),
        ("Hulu renewed 'Tin Harbour' in May. HBO's legal drama Millbrake Lane was cancelled.",
         ("Millbrake Lane", None, "cancelled")),
        ("Hulu renewed 'Tin Harbour' in May. The network's period drama, Millbrake Lane, will "
         "premiere on Dec. 3.", ("Millbrake Lane", None, "premiere_scheduled")),
    ],
)
def test_a_describing_noun_takes_the_title_after_it(nlp, text: str, expected: Row) -> None:
    got = {r[:3] for r in statuses(nlp, text)}
    assert expected in got
    assert ("Tin Harbour", None, expected[2]) not in got


ACQUIRED = "The thriller 'Paper Moons' comes from Acme. "


@pytest.mark.parametrize(
    "text",
    [
        # a buyer lands, acquires, wins or closes a deal for a work still to be made
        "A24 has landed Paper Moons, a thriller that Ada Kerr will direct.",
        "Acme Pictures won a fierce auction for Paper Moons on Monday.",
        "Acme Pictures has won a three-way battle for global rights to Paper Moons.",
        "Lionsgate closed a deal for Paper Moons at the market.",
        "Neon has acquired the rights to Paper Moons.",
        "Netflix snapped up Paper Moons after a week of talks.",
    ],
)
def test_an_acquisition_announces_the_work(nlp, text: str) -> None:
    assert {r[2] for r in statuses(nlp, ACQUIRED + text) if r[0] == "Paper Moons"} == \
        {"announced"}


@pytest.mark.parametrize(
    "text",
    [
        "Ada Kerr landed the lead in Paper Moons.",  # a role, not a sale
        "Paper Moons landed in fourth place with $8 million.",
        "Paper Moons won the audience award.",
        "Neon might acquire Paper Moons.",
        # a film sold after its premiere is no new work
        "Paper Moons premiered at the festival on Friday. Neon has acquired the rights to "
        "Paper Moons.",
    ],
)
def test_no_acquisition_without_a_sale_of_a_work_to_come(nlp, text: str) -> None:
    assert not {r for r in statuses(nlp, ACQUIRED + text) if r[2] == "announced"}


@pytest.mark.parametrize(
    "text",
    [
        # a box-office result in release week: the film is out
        "Paper Moons had a slow start in fifth with $4.3 million from 1,800 theaters.",
        "Acme's Paper Moons took first place with about $41 million at the weekend.",
        "Paper Moons, one of three new releases, came in second with $12 million.",
        "Paper Moons earned $9.1 million from 3,000 theaters.",
    ],
)
def test_a_box_office_result_releases_the_film(nlp, text: str) -> None:
    assert ("Paper Moons", None, "released") in {r[:3] for r in statuses(nlp, ACQUIRED + text)}


@pytest.mark.parametrize(
    "text",
    [
        "Paper Moons is expected to take first place with $50 million.",  # a forecast
        "In second place, Paper Moons took $21.7 million in its third weekend.",  # holdover
        "Paper Moons cost $40 million to make.",
    ],
)
def test_no_release_from_a_forecast_or_a_holdover(nlp, text: str) -> None:
    assert not {r for r in statuses(nlp, ACQUIRED + text) if r[2] == "released"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paper Moons is in development at HBO.", ("Paper Moons", None, "announced")),
        ("HBO has Paper Moons in development.", ("Paper Moons", None, "announced")),
        ("Paper Moons is currently in early development at HBO.",
         ("Paper Moons", None, "announced")),
        ("A third season of Paper Moons is in development.", ("Paper Moons", 3, "renewed")),
    ],
)
def test_in_development_now(nlp, text: str, expected: tuple) -> None:
    assert expected in {r[:3] for r in statuses(nlp, ACQUIRED + text)}


@pytest.mark.parametrize(
    "text",
    [
        "Paper Moons was in development for years.",  # history
        "Paper Moons is not in development.",
        "Ada Kerr is in development on a new series.",  # a person, no work
    ],
)
def test_no_development_from_history_negation_or_a_person(nlp, text: str) -> None:
    assert not {r for r in statuses(nlp, ACQUIRED + text) if r[2] in ("announced", "renewed")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one season the sentence names is the season of its premiere in another clause
        ("Hulu on Thursday dropped the first trailer for season 2 of 'Tin Harbour' and "
         "confirmed that all eight episodes will be released on Friday, Dec. 13.",
         ("Tin Harbour", 2, "premiere_scheduled")),
        ("Hulu unveiled the key art for the third season of 'Tin Harbour', which premieres "
         "Friday, Dec. 13, and said every episode will drop at once.",
         ("Tin Harbour", 3, "premiere_scheduled")),
    ],
)
def test_a_premiere_takes_the_one_season_its_sentence_names(nlp, text: str,
                                                            expected: tuple) -> None:
    assert expected in {r[:3] for r in statuses(nlp, text)}


def test_a_sentence_naming_another_work_lends_no_season(nlp) -> None:
    text = ("Season 2 of 'Bone Orchard' was a hit, and the drama 'Tin Harbour' will be "
            "released on Friday, Dec. 13.")
    assert ("Tin Harbour", 2, "premiere_scheduled") not in {r[:3] for r in statuses(nlp, text)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "cast members", "cast mates": the cast, which the tagger may read as a verb
        ("On Sunday, cast members of Tin Harbour signed autographs at a comic shop.",
         "casting"),
        ("Cast mates of Tin Harbour reunited on Friday for a charity dinner.", "casting"),
        # a shoot in a clause of habit ("while they are filming") is no news of a shoot
        ("The actors of 'Tin Harbour' say they never read reviews while they are "
         "filming.", "in_production"),
        ("The stars of 'Tin Harbour' said they avoid social media when they are filming.",
         "in_production"),
    ],
)
def test_the_cast_noun_and_a_habit_are_no_event(nlp, text: str, absent: str) -> None:
    lead = "The drama 'Tin Harbour' ended in May. "
    assert not {r for r in statuses(nlp, lead + text) if r[2] == absent}


# --- the season ahead: a status that names no season is of the one the article says is
# coming --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The legal drama 'Marigold Lane' is stacking its bench for Season 3. Ines Marlow "
         "boards the drama as a defense attorney.\n\nProduction on the new season got under "
         "way last month in Leeds.", ("Marigold Lane", 3, "in_production", "2024-10")),
        ("Ines Marlow returns for a two-episode arc in the rescue drama's upcoming fourth "
         "season of 'Marigold Lane'.\n\nProduction began in October in Leeds.",
         ("Marigold Lane", 4, "in_production", "2024-10")),
        ("Ines Marlow returns for a two-episode arc in the rescue drama's upcoming fourth "
         "season of 'Marigold Lane'.\n\n'Marigold Lane' returns Tuesday, Jan. 14 at 10/9c.",
         ("Marigold Lane", 4, "premiere_scheduled", "2025-01-14")),
    ],
)
def test_a_status_with_no_season_is_of_the_season_ahead(nlp, text: str, row: Row) -> None:
    got = statuses(nlp, text)
    assert row in got, got


def test_an_honoured_season_is_not_the_one_ahead(nlp) -> None:
    text = ("The drama 'Marigold Lane' won a prize for its second season.\n\nProduction "
            "begins in Leeds next month.")
    got = statuses(nlp, text)
    assert not any(row[2] == "in_production" and row[1] == 2 for row in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The streamer has greenlit Marigold Lane, an eight-episode drama about glassmakers.",
        "Peacock has greenlit 'Marigold Lane', a comedy from Ines Marlow.",
        "The broadcaster has greenlit the period drama 'Marigold Lane' for its autumn slate.",
    ],
)
def test_greenlit_is_read_as_a_verb(nlp, text: str) -> None:
    got = statuses(nlp, text)
    assert any(row[0] == "Marigold Lane" and row[2] == "announced" for row in got), got


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # an audience watching a numbered finale on a day: that season has aired
        ("Nearly four million people watched the season 3 finale of 'Marigold Lane' on "
         "Saturday.", ("Marigold Lane", 3, "released", "2024-11-16")),
        ("Some 2.1 million viewers saw the fourth-series finale of 'Marigold Lane' on Sunday.",
         ("Marigold Lane", 4, "released", "2024-11-17")),
        # a hyphenated season before a premiere
        ("The second-season premiere of 'Marigold Lane' is set for Jan. 8.",
         ("Marigold Lane", 2, "premiere_scheduled", "2025-01-08")),
    ],
)
def test_a_watched_finale_and_a_hyphenated_season(nlp, text: str, row: Row) -> None:
    got = statuses(nlp, text)
    assert row in got, got
