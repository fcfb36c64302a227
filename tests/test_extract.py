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
        ("NBC has renewed the comedy Brinkley for a fifth season.", None,
         [work("Brinkley"), genre("Brinkley", "comedy")]),
        ("HBO's Birthright will end with its fourth season, the network said.", None,
         [work("Birthright"), company("Birthright", "HBO")]),
        ("Last night, Birthright actor Brian Cole appeared on a talk show.", None,
         [credit("Birthright", "Brian Cole")]),
        ("Netflix renewed 'The Vault' for a sixth and final season.", None,
         [work("The Vault")]),
        ("AMC renewed Salt Meridian for a fifth season in 2011.", None,
         [work("Salt Meridian")]),
        ("Fans were thrilled when Brinkley appeared on the streaming service, the company "
         "said.", "Brinkley returns", [work("Brinkley", "unknown")]),
    ],
)
def test_titles(nlp, text, title, expected):
    got = facts(nlp, text, title=title)
    for record in expected:
        assert record in got


def test_headline_title_needs_the_headline(nlp):
    text = "Fans were thrilled when Brinkley appeared on the streaming service, the company said."
    assert not [f for f in facts(nlp, text) if f["type"] == "work"]


def test_person_in_headline_is_not_a_title(nlp):
    got = facts(nlp, "Fans said that Jerry Brinkley spoke on stage in Chicago.",
                title="Jerry Brinkley speaks")
    assert not [f for f in got if f["type"] == "work"]


# --- seasons and status -------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NBC has renewed the comedy Brinkley for a fifth season.",
         [status("Brinkley", 5, "renewed")]),
        ("Fox said the sitcom The Pennywhistles would return for its 25th season.",
         [status("The Pennywhistles", 25, "renewed")]),
        ("Netflix renewed 'The Vault' for a sixth and final season.",
         [status("The Vault", 6, "renewed"), status("The Vault", 6, "ended")]),
        ("The BBC renewed Doctor Yes for series two.",
         [status("Doctor Yes", 2, "renewed"), company("Doctor Yes", "BBC")]),
        ("Fox has renewed The Pennywhistles for two more seasons, extending its current 23rd "
         "season run.",
         [status("The Pennywhistles", 24, "renewed"), status("The Pennywhistles", 25, "renewed")]),
        ("AMC renewed Salt Meridian for a fifth season in 2011.",
         [status("Salt Meridian", 5, "renewed", "2011")]),
        ("Netflix has cancelled the drama Mindhunter.",
         [status("Mindhunter", None, "cancelled")]),
        ("The drama Birthright ended with its fourth season.",
         [status("Birthright", 4, "ended")]),
        ("HBO said the drama Birthright began filming its fourth season in London.",
         [status("Birthright", 4, "in_production")]),
        ("Apple said the comedy Ted Lasso will premiere on March 5, 2021.",
         [status("Ted Lasso", None, "premiere_scheduled", "2021-03-05")]),
        ("The sitcom Brinkley premiered in 1989 on NBC.",
         [status("Brinkley", 1, "released", "1989")]),
        ("The comedy Bramble Creek was renewed yesterday for a sixth season.",
         [status("Bramble Creek", 6, "renewed", "2020-01-01")]),
        ("The drama The Vault premiered in December 2016 on Netflix.",
         [status("The Vault", 1, "released", "2016-12")]),
    ],
)
def test_status(nlp, text, expected):
    got = facts(nlp, text)
    for record in expected:
        assert record in got


def test_renewal_has_no_unstated_seasons(nlp):
    got = facts(nlp, "Fox has renewed The Pennywhistles for two more seasons, extending its "
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
        ("The sitcom The Copy Room stars Bram Okafor, Tobin Vesey and Marla Quist.",
         [credit("The Copy Room", "Bram Okafor"), credit("The Copy Room", "Tobin Vesey"),
          credit("The Copy Room", "Marla Quist")]),
        ("The sitcom The Copy Room stars Bram Okafor as Desmond Pyle.",
         [credit("The Copy Room", "Bram Okafor", character="Desmond Pyle"),
          character("The Copy Room", "Desmond Pyle")]),
        ("The comedy Wrenfold was created, written, and produced by Imogen Hartley-Cole. "
         "Harry Bradbeer and Lydia Hampson of Two Brothers Pictures.",
         [credit("Wrenfold", "Imogen Hartley-Cole", "creator"),
          credit("Wrenfold", "Imogen Hartley-Cole", "writer"),
          credit("Wrenfold", "Imogen Hartley-Cole", "executive_producer"),
          credit("Wrenfold", "Harry Bradbeer", "executive_producer"),
          credit("Wrenfold", "Lydia Hampson", "executive_producer"),
          company("Wrenfold", "Two Brothers Pictures", "production_company")]),
        ("The drama Salt Meridian was directed by Corwin Blake.",
         [credit("Salt Meridian", "Corwin Blake", "director")]),
        ("The drama Salt Meridian featured Ansel Troy, who played Dell Harrow.",
         [credit("Salt Meridian", "Ansel Troy", character="Dell Harrow")]),
        ("The comedy Brinkley was created by Larry Dunne and Jerry Brinkley.",
         [credit("Brinkley", "Larry Dunne", "creator"),
          credit("Brinkley", "Jerry Brinkley", "creator")]),
        # the small model tags some of these names as organisations (or misses them)
        ("The drama The Loom stars Dominic Wark, Idris Ebbe, Wendell Pryce and Sonja Suhr.",
         [credit("The Loom", "Dominic Wark"), credit("The Loom", "Wendell Pryce"),
          credit("The Loom", "Sonja Suhr")]),
        ("The drama Peaky Blinders stars Cillian Murphy, Helen McCrory, Paul Anderson and "
         "Sophie Rundle.", [credit("Peaky Blinders", "Sophie Rundle")]),
        # surname coreference
        ("The comedy Vantage stars Noor Bellamy-Hart. Bellamy-Hart plays Greta Vole.",
         [credit("Vantage", "Noor Bellamy-Hart", character="Greta Vole")]),
    ],
)
def test_credits(nlp, text, expected):
    got = facts(nlp, text)
    for record in expected:
        assert record in got


def test_credit_with_character_replaces_bare_credit(nlp):
    got = facts(nlp, "The sitcom The Copy Room stars Bram Okafor as Desmond Pyle.")
    assert credit("The Copy Room", "Bram Okafor") not in got


def test_surname_is_not_a_separate_person(nlp):
    got = facts(nlp, "The comedy Vantage stars Noor Bellamy-Hart. Bellamy-Hart plays Selina "
                     "Meyer.")
    people = {f["person"] for f in got if f["type"] == "credit"}
    assert people == {"Noor Bellamy-Hart"}


# --- companies, genres, locations, characters ---------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sitcom Brinkley aired on NBC.", [company("Brinkley", "NBC")]),
        ("HBO's Birthright will end with its fourth season, the network said.",
         [company("Birthright", "HBO")]),
        ("The drama Wrenfold was produced by Two Brothers Pictures.",
         [company("Wrenfold", "Two Brothers Pictures", "production_company")]),
        ("Netflix's romantic-comedy series Lottie in Lisbon was renewed.",
         [company("Lottie in Lisbon", "Netflix"), genre("Lottie in Lisbon", "romantic comedy")]),
        ("The hit sitcom Flatmates is set in New York City.",
         [genre("Flatmates", "sitcom"), location("Flatmates", "New York City", "setting")]),
        ("The sitcom Ponds and Recreation is set in Indiana.",
         [location("Ponds and Recreation", "Indiana", "setting")]),
        ("The drama Pinecrest was filmed in Atlanta.",
         [location("Pinecrest", "Atlanta", "filming")]),
        ("The drama Counsel stars Sabine Orr as Petra Lusk, who is a paralegal from New York.",
         [credit("Counsel", "Sabine Orr", character="Petra Lusk"),
          character("Counsel", "Petra Lusk", "a paralegal from New York")]),
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
    text = "The sitcom Brinkley was renewed. The sitcom Brinkley was renewed."
    records = [r for r in run(nlp, text) if r.type == "status"]
    assert len(records) == 1
    assert len(records[0].evidence) == 2


def test_explicit_date_beats_publication_date(nlp):
    got = facts(nlp, "The sitcom Brinkley was renewed. NBC renewed Brinkley on March 3, 2019.")
    statuses = [f for f in got if f["type"] == "status"]
    assert statuses == [status("Brinkley", None, "renewed", "2019-03-03")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("NBC has renewed the comedy Brinkley for a fifth season.", "renewed"),
        ("Some news first. The drama Pinecrest was filmed in Atlanta.", "filmed in Atlanta"),
        ("Big news. The drama Salt Meridian was directed by Corwin Blake.", "directed by"),
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
    text = "Fans were thrilled when Brinkley appeared on the streaming service, the company said."
    headline = "Brinkley renewed for a tenth season by NBC"
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
            "The drama Pinecrest was filmed in Atlanta.",
            "Nothing to see here.",
        ])
    ]
    out = list(extract_documents(nlp, documents, batch_size=2))
    assert [d.id for d, _ in out] == ["d0", "d1", "d2"]
    assert out[2][1] == []
    assert all(r.doc == "d1" for r in out[1][1])


def test_a_period_year_is_not_the_date_of_the_event(nlp) -> None:
    text = (
        "Viewers made the sitcom Brinkley the most watched comedy of 1997, "
        "and the sitcom Brinkley is now in production."
    )
    statuses = [f for f in facts(nlp, text, when=date(1998, 2, 3)) if f["type"] == "status"]
    assert [(s["status"], s["date"]) for s in statuses] == [("in_production", "1998-02-03")]


def test_pronoun_subject_gets_the_credit(nlp) -> None:
    got = facts(nlp, "Producer Greta Lind created the drama Harbour Lights for the BBC. "
                     "She also directed the film Grey Hours.")
    assert credit("Grey Hours", "Greta Lind", "director") in got
    assert credit("Harbour Lights", "Greta Lind", "creator") in got


def test_network_as_passive_agent_airs_the_subject(nlp) -> None:
    got = facts(nlp, "Ten episodes of the comedy Late Ledger have been commissioned by cable "
                     "channel HBO, home of the drama Birthright.")
    assert company("Late Ledger", "HBO") in got
    assert company("Birthright", "HBO") in got


def test_network_possessive_after_by_is_not_an_agent(nlp) -> None:
    got = facts(nlp, "The talent show The Voice was beaten in the ratings by the BBC's "
                     "Glitterball Saturday.")
    assert company("The Voice", "BBC") not in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The drama Late Ledger returns with a two-hour season premiere on Sunday, May 3.",
            ("premiere_scheduled", "2020-05-03"), id="returning-with-premiere"),
        pytest.param(
            "The fourth season of the drama Late Ledger premieres this Sunday on HBO.",
            ("premiere_scheduled", "2020-01-05"), id="this-sunday-is-ahead"),
        pytest.param(
            "The network struck a deal with the drama Late Ledger for two more seasons.",
            ("renewed", "2020-01-02"), id="two-more-seasons"),
    ],
)
def test_status_cues(nlp, text: str, expected: tuple[str, str]) -> None:
    got = [(f["status"], f["date"]) for f in facts(nlp, text) if f["type"] == "status"]
    assert expected in got


def test_reruns_from_beginning_to_end_end_nothing(nlp) -> None:
    got = facts(nlp, "The network will re-air every episode of the drama Late Ledger, from "
                     "beginning to end, starting July 31.")
    assert not [f for f in got if f["type"] == "status" and f["status"] == "ended"]


def test_a_season_premiere_is_not_the_first_season(nlp) -> None:
    got = facts(nlp, "The season premiere of the drama Late Ledger screened in Times Square.")
    statuses = [(f["status"], f["season"]) for f in got if f["type"] == "status"]
    assert statuses == [("released", None)]


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        ("The drama Late Ledger is a detailed portrayal of a mid-century Chicago.",
         "Chicago", "setting"),
        ("Filming on the drama Late Ledger will take place in Belfast this spring.",
         "Belfast", "filming"),
    ],
)
def test_location_cues(nlp, text: str, place: str, role: str) -> None:
    got = [(f["place"], f["role"]) for f in facts(nlp, text) if f["type"] == "location"]
    assert (place, role) in got


@pytest.mark.parametrize(
    "text",
    [
        "Fans still talk about what happened at the end of last season of the drama Late Ledger.",
        "Since last season ended in 1967, the drama Late Ledger picks up in 1968.",
    ],
)
def test_last_season_is_the_previous_one_not_the_end(nlp, text: str) -> None:
    assert not [f for f in facts(nlp, text) if f["type"] == "status" and f["status"] == "ended"]
