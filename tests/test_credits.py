"""Credits by construction: cast lists, characters, crew (sentences and names made up here).

Each case is one construction of trade press in several phrasings; every expected
credit must be found, and no credit may go to a person the sentence does not credit.
"""

from __future__ import annotations

from datetime import date

import pytest

from marquee.extract import extract_documents
from marquee.nlp import load_pipeline
from marquee.sources.document import Document

LEAD = "The drama Lantern Bay has been renewed by Netflix. "


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def credits(nlp, text: str, headline: str | None = None) -> set[tuple[str, str, str, str | None]]:
    document = Document(id="t", text=text, date=date(2024, 3, 5), title=headline)
    [(_, facts)] = list(extract_documents(nlp, [document]))
    return {(f.work, f.person, f.role, f.character) for f in facts if f.type == "credit"}


def cast(person: str, character: str | None = None, work: str = "Lantern Bay",
         role: str = "cast") -> tuple[str, str, str, str | None]:
    return (work, person, role, character)


def crew(person: str, role: str, work: str = "Lantern Bay") -> tuple[str, str, str, None]:
    return (work, person, role, None)


CASES = [
    # X, Y and Z also star / co-star / round out the cast
    ("Dana Okoye, Piet Marlow and Suki Brandt also star.",
     [cast("Dana Okoye"), cast("Piet Marlow"), cast("Suki Brandt")]),
    ("Dana Okoye and Piet Marlow co-star.", [cast("Dana Okoye"), cast("Piet Marlow")]),
    ("Dana Okoye, Piet Marlow and Suki Brandt round out the cast.",
     [cast("Dana Okoye"), cast("Piet Marlow"), cast("Suki Brandt")]),
    # the cast includes / rounding out the cast are / joining them are
    ("The cast includes Dana Okoye and Piet Marlow.", [cast("Dana Okoye"), cast("Piet Marlow")]),
    ("Rounding out the cast are Dana Okoye, Piet Marlow and Suki Brandt.",
     [cast("Dana Okoye"), cast("Piet Marlow"), cast("Suki Brandt")]),
    ("Joining the ensemble this season are Dana Okoye and Piet Marlow.",
     [cast("Dana Okoye"), cast("Piet Marlow")]),
    # starring X / features X
    ("The series, starring Dana Okoye and Piet Marlow, returns in June.",
     [cast("Dana Okoye"), cast("Piet Marlow")]),
    # joins the cast as / has been cast as / will play / returns as
    ("Dana Okoye joins the cast as Tess Harrow, a lighthouse keeper.",
     [cast("Dana Okoye", "Tess Harrow")]),
    ("Dana Okoye has been cast as Tess Harrow.", [cast("Dana Okoye", "Tess Harrow")]),
    ("Dana Okoye will play Tess Harrow, the keeper's daughter.",
     [cast("Dana Okoye", "Tess Harrow")]),
    ("Piet Marlow returns as Captain Ezra Vance.", [cast("Piet Marlow", "Ezra Vance")]),
    ("Piet Marlow, who plays Ezra Vance, is back.", [cast("Piet Marlow", "Ezra Vance")]),
    # in a recurring role
    ("Suki Brandt has a recurring role as Nell.", [cast("Suki Brandt", "Nell")]),
    # guest stars include
    ("Guest stars include Dana Okoye and Piet Marlow.",
     [cast("Dana Okoye", role="guest_cast"), cast("Piet Marlow", role="guest_cast")]),
    # X as A, Y as B and Z as C
    ("It stars Dana Okoye as Tess, Piet Marlow as Ezra and Suki Brandt as Nell.",
     [cast("Dana Okoye", "Tess"), cast("Piet Marlow", "Ezra"), cast("Suki Brandt", "Nell")]),
    ("The show stars Dana Okoye as the keeper, Tess Harrow, opposite Piet Marlow as Ezra.",
     [cast("Dana Okoye", "Tess Harrow"), cast("Piet Marlow", "Ezra")]),
    # Character (Actor)
    ("The story follows Tess Harrow (Dana Okoye), a keeper, and her son Bram (Piet Marlow).",
     [cast("Dana Okoye", "Tess Harrow"), cast("Piet Marlow", "Bram")]),
    # voice casts
    ("Dana Okoye voices Pip, a talking gull.", [cast("Dana Okoye", "Pip", role="voice_cast")]),
    ("The film features the voices of Dana Okoye as Pip and Piet Marlow as Gus.",
     [cast("Dana Okoye", "Pip", role="voice_cast"), cast("Piet Marlow", "Gus",
                                                            role="voice_cast")]),
    # crew
    ("Mira Castell serves as showrunner.", [crew("Mira Castell", "showrunner")]),
    ("Mira Castell, Joss Beaumont and Ada Winslow executive produce.",
     [crew("Mira Castell", "executive_producer"), crew("Joss Beaumont", "executive_producer"),
      crew("Ada Winslow", "executive_producer")]),
    ("Co-creators Mira Castell and Joss Beaumont are back.",
     [crew("Mira Castell", "creator"), crew("Joss Beaumont", "creator")]),
    ("The film is written and directed by Mira Castell.",
     [crew("Mira Castell", "writer"), crew("Mira Castell", "director")]),
    ("Joss Beaumont will direct from a script by Mira Castell.",
     [crew("Joss Beaumont", "director"), crew("Mira Castell", "writer")]),
    ("The series was created by Mira Castell, who also serves as showrunner.",
     [crew("Mira Castell", "creator"), crew("Mira Castell", "showrunner")]),
    ("Showrunner Mira Castell executive produces alongside Joss Beaumont.",
     [crew("Mira Castell", "executive_producer"), crew("Joss Beaumont", "executive_producer")]),
    ("Mira Castell executive produces alongside Fernhill founders Joss Beaumont and Ada "
     "Winslow.",
     [crew("Mira Castell", "executive_producer"), crew("Joss Beaumont", "executive_producer"),
      crew("Ada Winslow", "executive_producer")]),
    ("Showrunner Mira Castell executive produces with Fernhill Pictures' Joss Beaumont.",
     [crew("Mira Castell", "executive_producer"), crew("Joss Beaumont", "executive_producer")]),
    ("Mira Castell is executive producing alongside Fernhill's Joss Beaumont.",
     [crew("Mira Castell", "executive_producer"), crew("Joss Beaumont", "executive_producer")]),
    ("It is made by Fernhill Pictures, with Mira Castell and Joss Beaumont as executive "
     "producers.",
     [crew("Mira Castell", "executive_producer"), crew("Joss Beaumont", "executive_producer")]),
    # hosts
    ("The game show is hosted by Rafe Odell.", [crew("Rafe Odell", "host")]),
    # role verbs joined by "and": each gives its role
    ("Mira Castell will write and executive produce the series.",
     [crew("Mira Castell", "writer"), crew("Mira Castell", "executive_producer")]),
    ("Mira Castell serves as showrunner and executive produces.",
     [crew("Mira Castell", "showrunner"), crew("Mira Castell", "executive_producer")]),
    ("Mira Castell will direct and produce the pilot.",
     [crew("Mira Castell", "director"), crew("Mira Castell", "producer")]),
    ("Mira Castell wrote the pilot and will direct the first two episodes.",
     [crew("Mira Castell", "writer"), crew("Mira Castell", "director")]),
    # alongside / with / opposite: the verb's role goes to the list after it too
    ("Mira Castell executive produces alongside showrunner Joss Beaumont.",
     [crew("Mira Castell", "executive_producer"), crew("Joss Beaumont", "showrunner"),
      crew("Joss Beaumont", "executive_producer")]),
    ("Mira Castell serves as showrunner and executive produces with Joss Beaumont.",
     [crew("Mira Castell", "showrunner"), crew("Mira Castell", "executive_producer"),
      crew("Joss Beaumont", "executive_producer")]),
    ("Dana Okoye stars alongside Piet Marlow and Suki Brandt.",
     [cast("Dana Okoye"), cast("Piet Marlow"), cast("Suki Brandt")]),
    ("Dana Okoye stars opposite Piet Marlow.", [cast("Dana Okoye"), cast("Piet Marlow")]),
    # a singular role noun describes the name after it; a plural one the whole list
    ("Mira Castell executive produces with showrunner Joss Beaumont and Ada Winslow.",
     [crew("Mira Castell", "executive_producer"), crew("Joss Beaumont", "showrunner"),
      crew("Joss Beaumont", "executive_producer"), crew("Ada Winslow", "executive_producer")]),
    ("The series comes from co-creators Joss Beaumont and Ada Winslow.",
     [crew("Joss Beaumont", "creator"), crew("Ada Winslow", "creator")]),
    # a role noun as the subject of the list's verb: "executive producers include X"
    ("Executive producers include Mira Castell, Joss Beaumont and Ada Winslow.",
     [crew("Mira Castell", "executive_producer"), crew("Joss Beaumont", "executive_producer"),
      crew("Ada Winslow", "executive_producer")]),
    ("Executive producers are Mira Castell and Joss Beaumont for Wildwood.",
     [crew("Mira Castell", "executive_producer"), crew("Joss Beaumont", "executive_producer")]),
    ("The writers include Mira Castell and Joss Beaumont.",
     [crew("Mira Castell", "writer"), crew("Joss Beaumont", "writer")]),
    # voices provided by / voices come from
    ("Additional voices are provided by Dana Okoye, Piet Marlow and Suki Brandt.",
     [cast("Dana Okoye", role="voice_cast"), cast("Piet Marlow", role="voice_cast"),
      cast("Suki Brandt", role="voice_cast")]),
    ("Additional voices come from Dana Okoye and Piet Marlow.",
     [cast("Dana Okoye", role="voice_cast"), cast("Piet Marlow", role="voice_cast")]),
    # returning in a crew role; the creators' descriptor stays
    ("Co-creators Joss Beaumont and Ada Winslow return as showrunners.",
     [crew("Joss Beaumont", "creator"), crew("Ada Winslow", "creator"),
      crew("Joss Beaumont", "showrunner"), crew("Ada Winslow", "showrunner")]),
    ("Co-creators Joss Beaumont and Ada Winslow serve as showrunners.",
     [crew("Joss Beaumont", "creator"), crew("Ada Winslow", "creator"),
      crew("Joss Beaumont", "showrunner"), crew("Ada Winslow", "showrunner")]),
    ("Joss Beaumont stays on as showrunner.", [crew("Joss Beaumont", "showrunner")]),
    # a description between the cue and the name: "created by former teacher X"
    ("Created by former public defender Mira Castell, Lantern Bay follows a clinic.",
     [crew("Mira Castell", "creator")]),
    ("Lantern Bay is written by the novelist Mira Castell, who adapted her own book.",
     [crew("Mira Castell", "writer")]),
    ("Lantern Bay is directed by Oscar-winning filmmaker Joss Beaumont.",
     [crew("Joss Beaumont", "director")]),
    ("Lantern Bay stars former footballer Dana Okoye and Piet Marlow.",
     [cast("Dana Okoye"), cast("Piet Marlow")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_credit_constructions(nlp, text: str, expected: list[tuple]) -> None:
    got = credits(nlp, LEAD + text)
    for record in expected:
        assert record in got, f"missing {record}; got {sorted(got)}"
    people = {r[1] for r in expected}
    assert {r[1] for r in got} <= people, f"credited someone else: {sorted(got)}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Actor (Earlier Show): a credit on the earlier show too, with the same role.
        ("Dana Okoye (Copper Tide) joins the cast.",
         [cast("Dana Okoye"), cast("Dana Okoye", work="Copper Tide")]),
        ("The series is written by Mira Castell (Copper Tide).",
         [crew("Mira Castell", "writer"), crew("Mira Castell", "writer", "Copper Tide")]),
    ],
)
def test_earlier_show_in_parentheses(nlp, text: str, expected: list[tuple]) -> None:
    got = credits(nlp, LEAD + "The drama Copper Tide ended in 2019. " + text,
                  headline="Lantern Bay renewed")
    for record in expected:
        assert record in got, f"missing {record}; got {sorted(got)}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joss Beaumont will stay on as showrunner", {crew("Joss Beaumont", "showrunner")}),
        ("Joss Beaumont will return", {cast("Joss Beaumont")}),
    ],
)
def test_a_verb_that_ends_the_text_is_read(nlp, text: str, expected: set) -> None:
    # no full stop: the verb is the document's last token
    assert credits(nlp, LEAD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Veteran actress Dana Okoye attended the gala.",
        "Dana Okoye said the scripts were the best she had read.",
        "Dana Okoye will not star in the new series.",
        "The character was created by Mira Castell's grandmother in a novel.",
    ],
)
def test_no_credit_without_a_credit_cue(nlp, text: str) -> None:
    got = credits(nlp, LEAD + text)
    assert not {r for r in got if r[1] == "Dana Okoye"}, sorted(got)


@pytest.mark.parametrize(
    ("text", "expected", "not_people"),
    [
        ("Dana Okoye returns as Nell Fenn and Piet Marlow returns as Otto Brand.",
         [cast("Dana Okoye", "Nell Fenn"), cast("Piet Marlow", "Otto Brand")], {"Nell Fenn"}),
        ("Dana Okoye returns as Nell Fenn, and Piet Marlow joins as Otto Brand.",
         [cast("Dana Okoye", "Nell Fenn"), cast("Piet Marlow", "Otto Brand")], {"Nell Fenn"}),
        ("Dana Okoye plays Nell Fenn and Piet Marlow plays Otto Brand.",
         [cast("Dana Okoye", "Nell Fenn"), cast("Piet Marlow", "Otto Brand")], {"Nell Fenn"}),
        ("Dana Okoye portrays Nell Fenn, while Piet Marlow plays Otto Brand.",
         [cast("Dana Okoye", "Nell Fenn"), cast("Piet Marlow", "Otto Brand")], {"Nell Fenn"}),
    ],
)
def test_two_clauses_of_actor_and_part(nlp, text: str, expected: list[tuple],
                                       not_people: set[str]) -> None:
    got = credits(nlp, LEAD + text)
    for record in expected:
        assert record in got, f"missing {record}; got {sorted(got)}"
    assert not {c[1] for c in got} & not_people


@pytest.mark.parametrize(
    "text",
    [
        # capitalised words that modify a description's noun name no character
        "Completing the cast are Piet Marlow as a French chemist who arrives in May.",
        "Piet Marlow stars as a Viennese ballroom instructor.",
        "Piet Marlow plays a Coast Guard investigator.",
        "Piet Marlow joins the cast as a Belgian smuggler with a past.",
    ],
)
def test_a_capitalised_modifier_of_a_description_is_no_character(nlp, text: str) -> None:
    got = credits(nlp, LEAD + text)
    assert cast("Piet Marlow") in got, sorted(got)
    assert not [r for r in got if r[3] is not None], sorted(got)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Mira Castell executive produces with showrunner Joss Beaumont and Ada Winslow.",
         crew("Ada Winslow", "showrunner")),
        ("The drama reunites director Joss Beaumont and Ada Winslow, who wrote it.",
         crew("Ada Winslow", "director")),
    ],
)
def test_a_singular_role_noun_is_the_next_name_s_alone(nlp, text: str, absent: tuple) -> None:
    assert absent not in credits(nlp, LEAD + text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role noun holding the work: a regular on W, a writer on W, the host of W
        ("Piet Marlow, a regular on the BBC thriller Grey Gannet, joins the cast.",
         cast("Piet Marlow", work="Grey Gannet")),
        ("Piet Marlow was a staff writer on NBC's Office Hours.",
         crew("Piet Marlow", "writer", "Office Hours")),
        ("Before joining the show, Piet Marlow was a writer on FX's The Crooked Mile.",
         crew("Piet Marlow", "writer", "The Crooked Mile")),
        # a part played on W
        ("Piet Marlow is best known for three seasons as a public defender on the CBS "
         "drama Brass Kettle.", cast("Piet Marlow", work="Brass Kettle")),
        ("Piet Marlow, who spent two seasons as a press secretary on Hulu's Saint Ormond, "
         "broke the news.", cast("Piet Marlow", work="Saint Ormond")),
        # being known for W, from W
        ("Piet Marlow is best known for the French thriller La Nuit Blanche.",
         cast("Piet Marlow", work="La Nuit Blanche")),
        ("Piet Marlow, who you may know from HBO's Cobble Nocturne, told the trade paper.",
         cast("Piet Marlow", work="Cobble Nocturne")),
        # a role verb: directed episodes of W, starred in the sitcom W
        ("Piet Marlow has since directed episodes of HBO's Palisade Row.",
         crew("Piet Marlow", "director", "Palisade Row")),
        ("Piet Marlow, who starred in the BBC sitcom Two Up Two Down, is back.",
         cast("Piet Marlow", work="Two Up Two Down")),
    ],
)
def test_a_credit_on_the_work_a_person_is_known_for(nlp, text: str, expected: tuple) -> None:
    got = credits(nlp, LEAD + text)
    assert expected in got, sorted(got)
    assert (expected[0] == "Lantern Bay" or
            ("Lantern Bay", "Piet Marlow", expected[2], None) not in got), sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "Piet Marlow was never a writer on NBC's Office Hours.",
        "Piet Marlow grew up on reruns of NBC's Office Hours.",
    ],
)
def test_no_credit_on_a_work_named_without_a_role(nlp, text: str) -> None:
    got = credits(nlp, LEAD + text)
    assert not [r for r in got if r[0] == "Office Hours"], sorted(got)


# An article about one work whose later paragraph turns to another.
MAIN = ("The drama Lantern Bay has been renewed by Netflix. Lantern Bay will be back next "
        "year, and Lantern Bay's cast returns in full.\n\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Netflix also ordered the comedy Quillfern Row. It stars Odile Brannagh as a ferry "
         "captain.", cast("Odile Brannagh", work="Quillfern Row")),
        ("Separately, the streamer picked up Quillfern Row. Written and directed by Odile "
         "Brannagh, it follows two ferry captains.",
         crew("Odile Brannagh", "director", "Quillfern Row")),
        ("The comedy Quillfern Row was also picked up. Odile Brannagh and Tobin Rask also star.",
         cast("Tobin Rask", work="Quillfern Row")),
    ],
)
def test_a_sentence_without_a_work_follows_its_paragraph(nlp, text: str,
                                                         expected: tuple) -> None:
    got = credits(nlp, MAIN + text)
    assert expected in got, sorted(got)
    assert ("Lantern Bay", *expected[1:]) not in got, sorted(got)


@pytest.mark.parametrize(
    "text",
    [
        "Lantern Bay beat the comedy Quillfern Row in the ratings. It stars Odile Brannagh "
        "as a ferry captain.",
        "Quillfern Row aside, Netflix loves Lantern Bay. It stars Odile Brannagh as a "
        "ferry captain.",
    ],
)
def test_a_paragraph_that_named_the_main_work_keeps_it(nlp, text: str) -> None:
    got = credits(nlp, MAIN + text)
    assert cast("Odile Brannagh", "Ferry Captain") not in got
    assert not [r for r in got if r[0] == "Quillfern Row" and r[1] == "Odile Brannagh"], \
        sorted(got)
