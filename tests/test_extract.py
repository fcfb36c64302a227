"""Tests for marquee.extract: sentence -> fact records (sentences made up here)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from marquee.extract import extract_article, extract_documents
from marquee.nlp import load_pipeline
from marquee.sources.document import Document

PUB = date(2020, 1, 2)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def run(nlp, text: str, when: date | None = PUB, title: str | None = None):
    document = Document(id="doc-1", text=text, date=when, title=title)
    [(got_doc, records)] = list(extract_documents(nlp, [document]))
    assert got_doc is document
    return records


def facts(nlp, text: str, when: date | None = PUB, title: str | None = None) -> list[dict]:
    out = []
    for record in run(nlp, text, when, title):
        data = record.to_dict()
        assert data["doc"] == "doc-1"
        for key in ("doc", "evidence", "confidence", "path"):
            data.pop(key, None)
        out.append(data)
    return out


def work(title: str, kind: str = "series") -> dict[str, Any]:
    return {"type": "work", "title": title, "kind": kind}


def status(w: str, season: int | None, st: str, when: str | None = "2020-01-02") -> dict:
    return {"type": "status", "work": w, "season": season, "status": st, "date": when}


def credit(w: str, person: str, role: str = "cast", character: str | None = None) -> dict:
    return {"type": "credit", "work": w, "season": None, "person": person, "role": role,
            "character": character}


def company(w: str, name: str, role: str = "network") -> dict:
    return {"type": "company", "work": w, "company": name, "role": role}


def genre(w: str, g: str) -> dict:
    return {"type": "genre", "work": w, "genre": g}


def location(w: str, place: str, role: str) -> dict:
    return {"type": "location", "work": w, "season": None, "place": place, "role": role}


def character(w: str, name: str, description: str | None = None) -> dict:
    return {"type": "character", "work": w, "character": name, "description": description}


# --- titles -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("NBC has renewed the comedy Seinfeld for a fifth season.", None,
         [work("Seinfeld"), genre("Seinfeld", "comedy")]),
        ("HBO's Succession will end with its fourth season, the network said.", None,
         [work("Succession"), company("Succession", "HBO")]),
        ("Last night, Succession actor Brian Cox appeared on a talk show.", None,
         [credit("Succession", "Brian Cox")]),
        ("Netflix renewed 'The Crown' for a sixth and final season.", None,
         [work("The Crown")]),
        ("AMC renewed Breaking Bad for a fifth season in 2011.", None,
         [work("Breaking Bad")]),
        ("Fans were thrilled when Seinfeld appeared on the streaming service, the company "
         "said.", "Seinfeld returns", [work("Seinfeld", "unknown")]),
    ],
)
def test_titles(nlp, text, title, expected):
    got = facts(nlp, text, title=title)
    for record in expected:
        assert record in got


def test_headline_title_needs_the_headline(nlp):
    text = "Fans were thrilled when Seinfeld appeared on the streaming service, the company said."
    assert not [f for f in facts(nlp, text) if f["type"] == "work"]


def test_person_in_headline_is_not_a_title(nlp):
    got = facts(nlp, "Fans said that Jerry Seinfeld spoke on stage in Chicago.",
                title="Jerry Seinfeld speaks")
    assert not [f for f in got if f["type"] == "work"]


# --- seasons and status -------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NBC has renewed the comedy Seinfeld for a fifth season.",
         [status("Seinfeld", 5, "renewed")]),
        ("Fox said the sitcom The Simpsons would return for its 25th season.",
         [status("The Simpsons", 25, "renewed")]),
        ("Netflix renewed 'The Crown' for a sixth and final season.",
         [status("The Crown", 6, "renewed"), status("The Crown", 6, "ended")]),
        ("The BBC renewed Doctor Who for series two.",
         [status("Doctor Who", 2, "renewed"), company("Doctor Who", "BBC")]),
        ("Fox has renewed The Simpsons for two more seasons, extending its current 23rd "
         "season run.",
         [status("The Simpsons", 24, "renewed"), status("The Simpsons", 25, "renewed")]),
        ("AMC renewed Breaking Bad for a fifth season in 2011.",
         [status("Breaking Bad", 5, "renewed", "2011")]),
        ("Netflix has cancelled the drama Mindhunter.",
         [status("Mindhunter", None, "cancelled")]),
        ("The drama Succession ended with its fourth season.",
         [status("Succession", 4, "ended")]),
        ("HBO said the drama Succession began filming its fourth season in London.",
         [status("Succession", 4, "in_production")]),
        ("Apple said the comedy Ted Lasso will premiere on March 5, 2021.",
         [status("Ted Lasso", None, "premiere_scheduled", "2021-03-05")]),
        ("The sitcom Seinfeld premiered in 1989 on NBC.",
         [status("Seinfeld", 1, "released", "1989")]),
        ("The comedy Schitt's Creek was renewed yesterday for a sixth season.",
         [status("Schitt's Creek", 6, "renewed", "2020-01-01")]),
        ("The drama The Crown premiered in December 2016 on Netflix.",
         [status("The Crown", 1, "released", "2016-12")]),
    ],
)
def test_status(nlp, text, expected):
    got = facts(nlp, text)
    for record in expected:
        assert record in got


def test_renewal_has_no_unstated_seasons(nlp):
    got = facts(nlp, "Fox has renewed The Simpsons for two more seasons, extending its "
                     "current 23rd season run.")
    seasons = sorted(f["season"] for f in got if f["type"] == "status")
    assert seasons == [24, 25]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Rumours say the drama Mindhunter may be cancelled.", "cancelled"),
        ("Apple said the comedy Ted Lasso will premiere soon.", "premiere_scheduled"),
    ],
)
def test_status_absent(nlp, text, absent):
    got = facts(nlp, text)
    assert [f for f in got if f["type"] == "work"]  # the title itself is found
    assert not [f for f in got if f["type"] == "status" and f["status"] == absent]


def test_status_without_publication_date(nlp):
    got = facts(nlp, "Netflix has cancelled the drama Mindhunter.", when=None)
    assert status("Mindhunter", None, "cancelled", None) in got


# --- credits ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sitcom The Office stars Steve Carell, Rainn Wilson and Jenna Fischer.",
         [credit("The Office", "Steve Carell"), credit("The Office", "Rainn Wilson"),
          credit("The Office", "Jenna Fischer")]),
        ("The sitcom The Office stars Steve Carell as Michael Scott.",
         [credit("The Office", "Steve Carell", character="Michael Scott"),
          character("The Office", "Michael Scott")]),
        ("The comedy Fleabag was created, written, and produced by Phoebe Waller-Bridge. "
         "Harry Bradbeer and Lydia Hampson of Two Brothers Pictures.",
         [credit("Fleabag", "Phoebe Waller-Bridge", "creator"),
          credit("Fleabag", "Phoebe Waller-Bridge", "writer"),
          credit("Fleabag", "Phoebe Waller-Bridge", "executive_producer"),
          credit("Fleabag", "Harry Bradbeer", "executive_producer"),
          credit("Fleabag", "Lydia Hampson", "executive_producer"),
          company("Fleabag", "Two Brothers Pictures", "production_company")]),
        ("The drama Breaking Bad was directed by Vince Gilligan.",
         [credit("Breaking Bad", "Vince Gilligan", "director")]),
        ("The drama Breaking Bad featured Aaron Paul, who played Jesse Pinkman.",
         [credit("Breaking Bad", "Aaron Paul", character="Jesse Pinkman")]),
        ("The comedy Seinfeld was created by Larry David and Jerry Seinfeld.",
         [credit("Seinfeld", "Larry David", "creator"),
          credit("Seinfeld", "Jerry Seinfeld", "creator")]),
        # the small model tags some of these names as organisations (or misses them)
        ("The drama The Wire stars Dominic West, Idris Elba, Wendell Pierce and Sonja Sohn.",
         [credit("The Wire", "Dominic West"), credit("The Wire", "Wendell Pierce"),
          credit("The Wire", "Sonja Sohn")]),
        ("The drama Peaky Blinders stars Cillian Murphy, Helen McCrory, Paul Anderson and "
         "Sophie Rundle.", [credit("Peaky Blinders", "Sophie Rundle")]),
        # surname coreference
        ("The comedy Veep stars Julia Louis-Dreyfus. Louis-Dreyfus plays Selina Meyer.",
         [credit("Veep", "Julia Louis-Dreyfus", character="Selina Meyer")]),
    ],
)
def test_credits(nlp, text, expected):
    got = facts(nlp, text)
    for record in expected:
        assert record in got


def test_credit_with_character_replaces_bare_credit(nlp):
    got = facts(nlp, "The sitcom The Office stars Steve Carell as Michael Scott.")
    assert credit("The Office", "Steve Carell") not in got


def test_surname_is_not_a_separate_person(nlp):
    got = facts(nlp, "The comedy Veep stars Julia Louis-Dreyfus. Louis-Dreyfus plays Selina "
                     "Meyer.")
    people = {f["person"] for f in got if f["type"] == "credit"}
    assert people == {"Julia Louis-Dreyfus"}


# --- companies, genres, locations, characters ---------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sitcom Seinfeld aired on NBC.", [company("Seinfeld", "NBC")]),
        ("HBO's Succession will end with its fourth season, the network said.",
         [company("Succession", "HBO")]),
        ("The drama Fleabag was produced by Two Brothers Pictures.",
         [company("Fleabag", "Two Brothers Pictures", "production_company")]),
        ("Netflix's romantic-comedy series Emily in Paris was renewed.",
         [company("Emily in Paris", "Netflix"), genre("Emily in Paris", "romantic comedy")]),
        ("The hit sitcom Friends is set in New York City.",
         [genre("Friends", "sitcom"), location("Friends", "New York City", "setting")]),
        ("The sitcom Parks and Recreation is set in Indiana.",
         [location("Parks and Recreation", "Indiana", "setting")]),
        ("The drama Ozark was filmed in Atlanta.", [location("Ozark", "Atlanta", "filming")]),
        ("The drama Suits stars Meghan Markle as Rachel Zane, who is a paralegal from New York.",
         [credit("Suits", "Meghan Markle", character="Rachel Zane"),
          character("Suits", "Rachel Zane", "a paralegal from New York")]),
    ],
)
def test_other_facts(nlp, text, expected):
    got = facts(nlp, text)
    for record in expected:
        assert record in got


def test_setting_is_not_filming(nlp):
    got = facts(nlp, "The comedy Ted Lasso is set in London.")
    assert location("Ted Lasso", "London", "setting") in got
    assert location("Ted Lasso", "London", "filming") not in got


# --- merging and evidence -----------------------------------------------------------

def test_same_fact_twice_is_one_record_with_both_evidence(nlp):
    text = "The sitcom Seinfeld was renewed. The sitcom Seinfeld was renewed."
    records = [r for r in run(nlp, text) if r.type == "status"]
    assert len(records) == 1
    assert len(records[0].evidence) == 2


def test_explicit_date_beats_publication_date(nlp):
    got = facts(nlp, "The sitcom Seinfeld was renewed. NBC renewed Seinfeld on March 3, 2019.")
    statuses = [f for f in got if f["type"] == "status"]
    assert statuses == [status("Seinfeld", None, "renewed", "2019-03-03")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("NBC has renewed the comedy Seinfeld for a fifth season.", "renewed"),
        ("Some news first. The drama Ozark was filmed in Atlanta.", "filmed in Atlanta"),
        ("Big news. The drama Breaking Bad was directed by Vince Gilligan.", "directed by"),
    ],
)
def test_evidence_points_into_body(nlp, text, cue):
    records = run(nlp, text)
    assert records
    for record in records:
        if record.type == "work":
            continue
        assert record.evidence
        for ev in record.evidence:
            assert 0 <= ev.start < ev.end <= len(text)
        assert any(cue in text[ev.start : ev.end] for ev in record.evidence)


def test_headline_gives_no_evidence_outside_body(nlp):
    text = "Fans were thrilled when Seinfeld appeared on the streaming service, the company said."
    headline = "Seinfeld renewed for a tenth season by NBC"
    records = run(nlp, text, title=headline)
    assert any(r.type == "work" for r in records)
    for record in records:
        for ev in record.evidence:
            assert 0 <= ev.start < ev.end <= len(text)


def test_extract_article_directly(nlp):
    document = Document(id="x", text="Netflix has cancelled the drama Mindhunter.", date=PUB)
    records = extract_article(nlp(document.text), document)
    assert {r.type for r in records} >= {"work", "status", "company", "genre"}
    assert all(r.doc == "x" for r in records)


def test_extract_documents_keeps_order(nlp):
    documents = [
        Document(id=f"d{i}", text=text, date=PUB)
        for i, text in enumerate([
            "Netflix has cancelled the drama Mindhunter.",
            "The drama Ozark was filmed in Atlanta.",
            "Nothing to see here.",
        ])
    ]
    out = list(extract_documents(nlp, documents, batch_size=2))
    assert [d.id for d, _ in out] == ["d0", "d1", "d2"]
    assert out[2][1] == []
    assert all(r.doc == "d1" for r in out[1][1])


def test_a_period_year_is_not_the_date_of_the_event(nlp) -> None:
    text = (
        "Viewers made the sitcom Seinfeld the most watched comedy of 1997, "
        "and the sitcom Seinfeld is now in production."
    )
    statuses = [f for f in facts(nlp, text, when=date(1998, 2, 3)) if f["type"] == "status"]
    assert [(s["status"], s["date"]) for s in statuses] == [("in_production", "1998-02-03")]


def test_pronoun_subject_gets_the_credit(nlp) -> None:
    got = facts(nlp, "Producer Greta Lind created the drama Harbour Lights for the BBC. "
                     "She also directed the film Small Hours.")
    assert credit("Small Hours", "Greta Lind", "director") in got
    assert credit("Harbour Lights", "Greta Lind", "creator") in got


def test_network_as_passive_agent_airs_the_subject(nlp) -> None:
    got = facts(nlp, "Ten episodes of the comedy Night Desk have been commissioned by cable "
                     "channel HBO, home of the drama Succession.")
    assert company("Night Desk", "HBO") in got
    assert company("Succession", "HBO") in got


def test_network_possessive_after_by_is_not_an_agent(nlp) -> None:
    got = facts(nlp, "The talent show The Voice was beaten in the ratings by the BBC's "
                     "Strictly Come Dancing.")
    assert company("The Voice", "BBC") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The drama Night Desk returns with a two-hour season premiere on Sunday, May 3.",
            ("premiere_scheduled", "2020-05-03"), id="returning-with-premiere"),
        pytest.param(
            "The fourth season of the drama Night Desk premieres this Sunday on HBO.",
            ("premiere_scheduled", "2020-01-05"), id="this-sunday-is-ahead"),
        pytest.param(
            "The network struck a deal with the drama Night Desk for two more seasons.",
            ("renewed", "2020-01-02"), id="two-more-seasons"),
    ],
)
def test_status_cues(nlp, text: str, expected: tuple[str, str]) -> None:
    got = [(f["status"], f["date"]) for f in facts(nlp, text) if f["type"] == "status"]
    assert expected in got


def test_reruns_from_beginning_to_end_end_nothing(nlp) -> None:
    got = facts(nlp, "The network will re-air every episode of the drama Night Desk, from "
                     "beginning to end, starting July 31.")
    assert not [f for f in got if f["type"] == "status" and f["status"] == "ended"]


def test_a_season_premiere_is_not_the_first_season(nlp) -> None:
    got = facts(nlp, "The season premiere of the drama Night Desk screened in Times Square.")
    statuses = [(f["status"], f["season"]) for f in got if f["type"] == "status"]
    assert statuses == [("released", None)]


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        ("The drama Night Desk is a detailed portrayal of a mid-century Chicago.",
         "Chicago", "setting"),
        ("Filming on the drama Night Desk will take place in Belfast this spring.",
         "Belfast", "filming"),
    ],
)
def test_location_cues(nlp, text: str, place: str, role: str) -> None:
    got = [(f["place"], f["role"]) for f in facts(nlp, text) if f["type"] == "location"]
    assert (place, role) in got


@pytest.mark.parametrize(
    "text",
    [
        "Fans still talk about what happened at the end of last season of the drama Night Desk.",
        "Since last season ended in 1967, the drama Night Desk picks up in 1968.",
    ],
)
def test_last_season_is_the_previous_one_not_the_end(nlp, text: str) -> None:
    assert not [f for f in facts(nlp, text) if f["type"] == "status" and f["status"] == "ended"]
