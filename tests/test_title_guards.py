"""Names that look like titles but are a network's short form, its possessive, or a chart
(sentences invented here)."""

from __future__ import annotations

import re

import pytest
from spacy.tokens import Doc, Span

from marquee.nlp import load_pipeline
from marquee.nlp.titles import find_titles


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def titles(nlp, text: str, headline: str | None = None) -> set[str]:
    doc = nlp.make_doc(text)
    if headline:
        doc.user_data["headline"] = headline
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return set(doc._.title_kinds)


@pytest.mark.parametrize(
    ("text", "headline", "not_titles"),
    [
        ("It is the second Apple series to shoot in Leeds.", None, {"Apple"}),
        ("Marrow Lane is the latest Disney series from Tallis Studios.", None, {"Disney"}),
        ("Apple's series Marrow Lane returns in May.", None, {"Apple"}),
        ("The ABC's series was a hit in its first week.", None, {"The ABC", "ABC"}),
        ("Netflix's Top 10 had the drama Marrow Lane at No. 1 this week.", None, {"Top 10"}),
        ("The comedy Paper Boats entered the Top Ten in 40 countries.", None, {"Top Ten"}),
    ],
)
def test_vocabulary_forms_are_no_titles(nlp, text: str, headline: str | None,
                                        not_titles: set[str]) -> None:
    assert not (titles(nlp, text, headline) & not_titles)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The comedy Paper Boats, an Apple TV+ series, returns in May.", "Paper Boats"),
        ("ABC's medical drama Marrow Lane stars Pella Orrin.", "Marrow Lane"),
        ("The thriller Top Floor Down was renewed by the streamer.", "Top Floor Down"),
    ],
)
def test_the_title_beside_them_stays(nlp, text: str, title: str) -> None:
    assert title in titles(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_titles"),
    [
        ("Production begins in Ayrshire in January, with the series due on BBC Two.",
         {"Ayrshire"}),
        ("Filming took place over the summer in Bolton and at studios in Salford.",
         {"Bolton", "Salford"}),
        ("The drama returns on ZDF in the spring, and Arte will follow.", {"ZDF"}),
        ("The first series will launch on CBBC this autumn.", {"CBBC"}),
        ("Chris Dunmore has a role in the new drama Brassline Heights.", {"Chris Dunmore"}),
    ],
)
def test_places_broadcasters_and_people_are_no_titles(nlp, text: str,
                                                      not_titles: set[str]) -> None:
    assert not (titles(nlp, text) & not_titles)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Pella Orrin stars in Brassline Heights, which returns in May.", "Brassline Heights"),
        ("Dov Arkwright has a role in Brassline Heights.", "Brassline Heights"),
        ("Saltwick Bay drew 2.4 million viewers for its return on Sunday.", "Saltwick Bay"),
    ],
)
def test_a_work_after_a_verb_of_acting_stays(nlp, text: str, title: str) -> None:
    assert title in titles(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mara Quillfeather stars as a disgraced surveyor in the new drama.",
        "Tobin Vask will play the ferry pilot, the network said.",
        "Odile Varga has been cast as the detective's sister.",
        "Ines Marlowe joins the cast as a night nurse.",
    ],
)
def test_a_performer_is_no_title(nlp, text: str) -> None:
    performer = " ".join(text.split()[:2])
    assert performer not in titles(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Other films tipped include Bone Orchard, starring Nora Castell, and Kestrel "
         "starring Liam Quade as a famed surgeon.", {"Bone Orchard", "Kestrel"}),
        ("Also screening on Friday is The Salt Kettle (starring Ines Marlowe).",
         {"The Salt Kettle"}),
        ("It beat Director Tom Vale's The Bone Orchard, starring Nora Castell.",
         {"The Bone Orchard"}),
        ("Nominees include Ada Bell and Kestrel, starring Liam Quade.", {"Kestrel"}),
    ],
)
def test_what_stars_someone_is_a_work(nlp, text: str, expected: set[str]) -> None:
    found = titles(nlp, text)
    assert expected <= found
    assert not any(t != e and e in t for t in found for e in expected)  # nothing joined on


def test_a_person_starring_opposite_is_no_work(nlp) -> None:
    assert "Nora Castell" not in titles(nlp, "Nora Castell, starring opposite Liam Quade, "
                                             "said yes.")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Nearly five million viewers watched the finale of Salt Orchard on Sunday.",
         "Salt Orchard"),
        ("Four million people watched the season finale of The Glass Ferry on Saturday night.",
         "The Glass Ferry"),
        ("Critics loved the premiere of Copper Lane in April.", "Copper Lane"),
    ],
)
def test_a_date_after_a_cued_title_is_no_part_of_it(nlp, text: str, title: str) -> None:
    assert title in titles(nlp, text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ten years after its last episode, The $50,000 Ladder is climbing back onto "
         "network television.", "The $50,000 Ladder"),
        ("The quiz show The $10,000 Question returns to the network in May.",
         "The $10,000 Question"),
    ],
)
def test_a_title_may_hold_a_sum_of_money(nlp, text: str, title: str) -> None:
    assert title in titles(nlp, text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Production has wrapped on Martha Quill, the Disney+ period drama about a "
         "seamstress who becomes a spy.", "Martha Quill"),
        ("Martha Quill, the Hulu legal drama, has been renewed for a second season.",
         "Martha Quill"),
        ("Copper Lane is a half-hour comedy about two rival bakers.", "Copper Lane"),
        ("Tomas Reyna, the Peacock docuseries, follows a boxer's comeback.", "Tomas Reyna"),
        ("Ada Kerr returns next week as the title detective in Martha Quill, the BBC One "
         "drama that became a surprise hit.", "Martha Quill"),
    ],
)
def test_a_name_the_parse_describes_as_a_work_is_a_title(nlp, text: str, title: str) -> None:
    assert title in titles(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ines Marlow, a comedy veteran, joins the cast of the drama.",
        "Sundance, the film festival, opens on Thursday with a documentary.",
        "Paramount won the auction for a legal drama package with Ines Marlow attached.",
        "Ines Marlow, the comedy's star, and Sundance, the film's first home, were thanked.",
        "Ines Marlow, the drama series creator, spoke to the press.",
    ],
)
def test_a_description_of_no_work_makes_no_title(nlp, text: str) -> None:
    assert not titles(nlp, text) & {"Ines Marlow", "Sundance"}


@pytest.mark.parametrize(
    "text",
    [
        "Sky and Canal+ have boarded the thriller Three Weirs, the broadcasters said.",
        "Acme+ and Canal+ will share the series, which Canal+ will air first.",
    ],
)
def test_a_name_with_a_plus_is_a_streamer(nlp, text: str) -> None:
    assert "Canal" not in titles(nlp, text) and "Acme" not in titles(nlp, text)


def test_a_quoted_headline_title_shaped_like_a_name_is_the_main_work(nlp) -> None:
    headline = "Paramount Wins Auction for 'Martha Quill' Package With Ines Marlow Starring"
    text = ("Paramount has won a heated auction for Martha Quill, a package with Ines Marlow "
            "attached to star. The Understory, from the same producers, sold last year.")
    doc = nlp.make_doc(text)
    doc.user_data["headline"] = headline
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    assert "Martha Quill" in doc._.title_kinds
    assert doc._.main_work == "Martha Quill"


def kinds(nlp, text: str, headline: str | None = None) -> dict[str, str]:
    doc = nlp.make_doc(text)
    if headline:
        doc.user_data["headline"] = headline
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return {"main": doc._.main_work, **dict(doc._.title_kinds)}


@pytest.mark.parametrize(
    ("headline", "text", "title"),
    [
        ("You Can Watch Vault Of Ashes Season 4 Early At A Brooklyn Arena",
         "Last season ended on a cliffhanger. But thankfully, Vault of Ashes will be back "
         "in time for spring.", "Vault of Ashes"),
        ("The Fall And Rise Of Pim Returns For A Second Season",
         "Fans learned on Monday that The Fall and Rise of Pim will be back next year.",
         "The Fall and Rise of Pim"),
    ],
)
def test_a_headline_in_title_case_names_the_body_s_title(nlp, headline: str, text: str,
                                                         title: str) -> None:
    found = kinds(nlp, text, headline)
    assert found["main"] == title
    assert not {w for w in title.split() if len(w) > 3} & set(found)


@pytest.mark.parametrize(
    ("text", "not_titles"),
    [
        ("Has This Korean Sitcom Been Lifting Scenes From Two Other Shows?", {"Korean"}),
        ("Critics call it the best Danish drama since the nineties.", {"Danish"}),
        ("Fans lined up at the Film Society of Lincoln Center for the screening.",
         {"Film Society of Lincoln Center", "Lincoln Center", "Film Society"}),
        ("The Hollow Pines Marathon runs all weekend at the Arclight Arena.",
         {"The Hollow Pines Marathon", "Arclight Arena"}),
        ("The cast will appear at the Westbury Comic Convention in July.",
         {"Westbury Comic Convention"}),
    ],
)
def test_nationalities_venues_and_events_are_no_titles(nlp, text: str,
                                                       not_titles: set[str]) -> None:
    assert not (titles(nlp, text) & not_titles)


@pytest.mark.parametrize(
    ("text", "expected", "not_titles"),
    [
        ("Disney's animated film Moonfall Academy lifted the box office this weekend.",
         {"Moonfall Academy"}, set()),
        ("The Television Academy announced the nominees on Tuesday.", set(),
         {"Television Academy", "The Television Academy"}),
        ("She thanked the Academy in her speech.", set(), {"Academy"}),
    ],
)
def test_an_academy_may_be_a_title_the_academy_is_not(nlp, text: str, expected: set[str],
                                                     not_titles: set[str]) -> None:
    found = titles(nlp, text)
    assert expected <= found and not (found & not_titles)


@pytest.mark.parametrize(
    ("text", "headline", "not_titles"),
    [
        ("Animated series have regularly broken into the chart since last year.", None,
         {"Animated"}),
        ("Other film stars to have appeared in Marrow Lane include Ines Marlow.", None,
         {"Other"}),
        ("Channel Quay's head of drama, Odile Farrant, said the deal mattered.", None,
         {"Odile Farrant"}),
        ("Ines Marlow is attached to star in Acmeone's film adaptation of the novel.", None,
         {"One"}),
        ("Velvet Hours debuted at No. 1 on the Top 10 this week.", "Velvet Hours Tops The Top 10",
         {"Top", "Tops"}),
        ("Viewers compared Lantern Hill and Copper Lane this week.",
         '"Lantern Hill" And "Copper Lane" Go Head To Head', {"Lantern Hill and"}),
        ("Directed by Ada Kerr Bell (Marrow Lane) from a script by Jo Pike, the film stars "
         "Ines Marlow.", None, {"Kerr Bell", "Ada Kerr Bell"}),
    ],
)
def test_modifiers_departments_and_fragments_are_no_titles(
    nlp, text: str, headline: str | None, not_titles: set[str]
) -> None:
    assert not (titles(nlp, text, headline) & not_titles)


@pytest.mark.parametrize(
    "text",
    [
        "Only Netflix's own Crane Hollow, whose second season logged two billion minutes, "
        "was watched more.",
        "HBO's new Crane Hollow arrives in June with eight episodes.",
        "Hulu's hit Crane Hollow has been renewed.",
    ],
)
def test_a_network_s_own_or_new_title(nlp, text: str) -> None:
    assert "Crane Hollow" in titles(nlp, text)


@pytest.mark.parametrize(
    ("text", "not_titles"),
    [
        ("Audience share for the channel fell in January, while The Lanterns held steady.",
         {"January"}),
        ('"I\'ll be back," she said of the comedy Lantern Hill.', {"I'll"}),
        ("Ratings for the drama Lantern Hill dipped on Monday.", {"Monday"}),
    ],
)
def test_months_weekdays_and_contractions_are_no_titles(nlp, text: str,
                                                        not_titles: set[str]) -> None:
    assert not (titles(nlp, text) & not_titles)


@pytest.mark.parametrize(
    ("text", "not_titles"),
    [
        ("The drama Lantern Hill returns. Ada Bell produces via her production company, "
         "Moonrake.", {"Moonrake"}),
        ("The drama Lantern Hill returns. Ada Bell produces through her Gorse Hill banner.",
         {"Gorse Hill"}),
        ("The drama Lantern Hill returns. Cy Marsh will produce through his Kell & Rowe "
         "banner.", {"Kell & Rowe"}),
        ("The drama Lantern Hill returns. Bell produces alongside Marsh of Saltmoor Films.",
         {"Marsh"}),
        ("The drama Lantern Hill returns. It comes from the outfit Bright Wick.",
         {"Bright Wick"}),
    ],
)
def test_a_name_a_company_noun_gives_is_no_title(nlp, text: str, not_titles: set[str]) -> None:
    found = titles(nlp, text)
    assert "Lantern Hill" in found and not (found & not_titles)


@pytest.mark.parametrize(
    ("text", "not_titles"),
    [
        ("The drama Lantern Hill returns. The film features the voices of Dana Okoye as Pip "
         "and Piet Marlow as Gus.", {"Pip and Piet Marlow", "Pip", "Gus"}),
        ("The drama Lantern Hill returns. It stars Ada Bell as Wren Tolley and Cy Marsh as "
         "Otto Brand.", {"Wren Tolley and Cy Marsh", "Wren Tolley", "Otto Brand"}),
        ("The drama Lantern Hill returns with Ada Bell as Nell and Cy Marsh as Hob.",
         {"Nell and Cy Marsh", "Nell", "Hob"}),
    ],
)
def test_parts_after_a_person_s_as_are_no_titles(nlp, text: str, not_titles: set[str]) -> None:
    found = titles(nlp, text)
    assert "Lantern Hill" in found and not (found & not_titles)


@pytest.mark.parametrize(
    ("text", "not_titles"),
    [
        ("Kestrel Moon / Dir. Ada Bell / France/Italy/Spain / 2016 / 98 min.",
         {"France/Italy/Spain", "Kestrel Moon / Dir", "Dir. Ada Bell /"}),
        ("The drama Lantern Hill returns. Cy Marsh plays Danny Vole/Night Hawk again.",
         {"Danny Vole/Night Hawk", "Vole/Night Hawk", "/Night Hawk"}),
        ("Directors/ Writers: Ada Bell and Cy Marsh. USA/Mexico, 2015.",
         {"Directors/", "USA/Mexico"}),
    ],
)
def test_slashed_listing_words_are_no_titles(nlp, text: str, not_titles: set[str]) -> None:
    assert not (titles(nlp, text) & not_titles)


@pytest.mark.parametrize(
    ("text", "not_titles"),
    [
        ("The drama is set in the small town of Pellow Cross.", {"Pellow Cross"}),
        ("The drama Lantern Hill is set in the city of Harrowgate.", {"Harrowgate"}),
        ("The drama Lantern Hill, about the fictional kingdom of Marrowmoor, returns.",
         {"Marrowmoor"}),
    ],
)
def test_the_name_a_place_noun_is_given_is_no_title(nlp, text: str, not_titles: set[str]) -> None:
    assert not (titles(nlp, text) & not_titles)


@pytest.mark.parametrize(
    "text",
    [
        "\"It was a risk,\" says the Welsh singer, who plays a pilot in the new drama.",
        "The Scottish actor plays a lighthouse keeper in the drama 'Tin Harbour'.",
        "\"I said yes at once,\" said the Irish star of the comedy 'Tin Harbour'.",
    ],
)
def test_a_nationality_before_a_role_word_is_no_title(nlp, text: str) -> None:
    assert not titles(nlp, text) & {"Welsh", "Scottish", "Irish"}


@pytest.mark.parametrize(
    "text",
    [
        "\"I still cannot swim,\" says the actor, who is back this month as the lead "
        "in Nora Quill, the BBC One drama that turned into a sleeper hit last year.",
        "\"It is a gift,\" says the actor, who stars as the lead in Nora Quill, the ITV "
        "thriller that became a hit.",
    ],
)
def test_a_name_before_a_work_s_description_is_a_title(nlp, text: str) -> None:
    assert "Nora Quill" in titles(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a title named first, then another work built on it: both are titles
        ("The drama 'Ironvale' ran for two seasons. Its spin-off, 'Ironvale: Ashes of Kings', "
         "premieres in May.", {"Ironvale", "Ironvale: Ashes of Kings"}, set()),
        ("The film 'Tarnmoor' opened in 2019. Netflix has ordered a sequel, 'Tarnmoor 2'.",
         {"Tarnmoor", "Tarnmoor 2"}, set()),
        ("The comedy 'Gannetby' returns in May, and the special 'Gannetby - The Wedding' "
         "airs at Christmas.", {"Gannetby", "Gannetby - The Wedding"}, set()),
        # the short form used after the full title is that title
        ("The thriller 'Sevenfold: The Copper Affair' starts shooting in May. Sevenfold stars "
         "Ada Kerr.", {"Sevenfold: The Copper Affair"}, {"Sevenfold"}),
        # a longer title that only holds the shorter one is still one title
        ("The drama 'The Copper Key' starts shooting in May. 'Copper' is its working title.",
         {"The Copper Key"}, {"Copper"}),
    ],
)
def test_a_sequel_or_spin_off_keeps_the_title_it_is_built_on(
        nlp, text: str, expected: set[str], absent: set[str]) -> None:
    got = titles(nlp, text)
    assert expected <= got
    assert not got & absent


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]):
    import spacy
    from spacy.tokens import Doc

    spaces = [i + 1 < len(words) and words[i + 1] not in ",." for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps,
               pos=pos)


@pytest.mark.parametrize(
    ("words", "heads", "title"),
    [
        # "the BBC drama" hung on "actor", not on the name just before its comma
        (["The", "actor", "returns", "in", "Nell", "Harker", ",", "the", "BBC", "drama", "."],
         [1, 2, 2, 2, 5, 3, 1, 9, 9, 1, 2], "Nell Harker"),
        (["Ada", "Kerr", "stars", "in", "Tin", "Harbour", ",", "a", "legal", "drama", "."],
         [1, 2, 2, 2, 5, 3, 1, 9, 9, 1, 2], "Tin Harbour"),
    ],
)
def test_a_description_the_parser_hung_elsewhere_still_names_the_title(
        words: list[str], heads: list[int], title: str) -> None:
    from marquee.nlp.titles import _described_titles

    deps = ["det", "nsubj", "ROOT", "prep", "compound", "pobj", "punct", "det", "compound",
            "appos", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "DET", "PROPN", "NOUN",
           "PUNCT"]
    doc = _parsed(words, heads, deps, pos)
    assert title in [t for t, _start, _kind in _described_titles(doc)]


@pytest.mark.parametrize(
    ("headline", "word"),
    [
        ("Cinema Club Salutes Pioneering Glidecam Movies, From 'Dark Harbour' On",
         "Glidecam"),
        ("Ten Great Glidecam Films To Stream This Weekend", "Glidecam"),
        ("The Best Glidecam Shows Of The Year", "Glidecam"),
    ],
)
def test_a_headline_word_before_a_plural_kind_names_no_work(nlp, headline: str,
                                                             word: str) -> None:
    text = ("The smooth shots were possible thanks to the Glidecam, which turns 40 this year. "
            "Critics say Glidecam has become an essential tool of filmmaking.")
    assert word not in titles(nlp, text, headline)


@pytest.mark.parametrize(
    ("headline", "text", "title"),
    [
        # a comma inside the title
        ("Streamer Comedy 'Not Today, Darling' Adds Two to Its Ensemble",
         "The streamer has filled out the ensemble of Not Today, Darling, the half-hour "
         "comedy from Odile Farrant. Ines Marlow was most recently seen in the film "
         "Borrowed Light.", "Not Today, Darling"),
        # a question mark, and a person's possessive before it
        ("Festival Buyer Lands Odile Farrant's 'Who Moved the Lighthouse?' in Big Deal",
         "A distributor has acquired rights to Who Moved the Lighthouse?, the deadpan comedy "
         "from Odile Farrant. Farrant previously made the shorts Gullhaven and Tolmere.",
         "Who Moved the Lighthouse?"),
        # lower case, as the show styles itself
        ("'half-decent' Season 2: Ines Marlow Returns to the Comedy",
         "Ines Marlow is back for the second season of the streamer's half-decent. Pella "
         "Orrin (Gullhaven) joins the cast.", "half-decent"),
        # an apostrophe inside the quotation marks
        ("'The Lamplighter's Daughter' Wraps; Distributor Sets Autumn Release",
         "Odile Farrant's The Lamplighter's Daughter wrapped last week. Her earlier film "
         "Borrowed Light opened in 2019.", "The Lamplighter's Daughter"),
        # American style: the comma inside the closing quotation mark
        ("Network Orders 'Brinewick Ledger,' 'Gullhaven Nights'; Cancels 'Tolmere'",
         "The network ordered the legal drama Brinewick Ledger, which stars Ines Marlow, "
         "and gave Brinewick Ledger a fall slot.", "Brinewick Ledger"),
    ],
)
def test_a_headline_s_quoted_title_is_found_as_written(nlp, headline: str, text: str,
                                                       title: str) -> None:
    found = kinds(nlp, text, headline)
    assert title in found
    assert found["main"] == title


def before_people(nlp, text: str) -> Doc:
    """The document as the NER leaves it, before the title finder runs."""
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == "marquee_people":
            break
        doc = pipe(doc)
    return doc


def headline_titles(nlp, text: str, headline: str, labels: list[str]) -> list[str]:
    """The headline's titles when the NER labels the phrase's mentions ``labels`` in turn
    (set by hand: what a statistical NER sometimes does)."""
    doc = before_people(nlp, text)
    phrase = "Lisbon"
    spans = [doc.char_span(m.start(), m.end(), label=label)
             for m, label in zip(re.finditer(phrase, text), labels, strict=True)]
    doc.ents = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end
                                               for s in spans)] + spans
    return list(find_titles(doc, headline))


@pytest.mark.parametrize(
    ("labels", "title"),
    [
        (["GPE", "GPE", "ORG"], False),  # mostly a place: one stray label does not make it
        (["GPE", "ORG", "ORG"], True),
    ],
)
def test_a_headline_phrase_mostly_written_as_a_place_is_no_title(nlp, labels: list[str],
                                                                 title: bool) -> None:
    text = ("The drama wrapped in Lisbon last week. The crew spent 50 days in Lisbon, and the "
            "Lisbon crew carried the shoot.")
    headline = "Borrowed Light Wraps in Lisbon; Release Set for November"
    assert ("Lisbon" in headline_titles(nlp, text, headline, labels)) is title


def test_a_headline_phrase_cut_from_a_longer_name_is_no_title(nlp) -> None:
    text = ("New Harbour Comic Fair wrapped up on Sunday, and the drama Brinewick Ledger "
            "will open it next year.")
    doc = before_people(nlp, text)
    doc.ents = [Span(doc, 0, 2, label="GPE")]  # "New Harbour"
    found = find_titles(doc, "Brinewick Ledger Sets a Premiere at New Harbour Comic Fair")
    assert "Harbour Comic Fair" not in found and "Brinewick Ledger" in found


def test_a_shouted_title_takes_the_form_of_running_text(nlp) -> None:
    text = ('The poster reads "BRINEWICK LEDGER". Brinewick Ledger is filming on the quay, '
            "and the crew of Brinewick Ledger will stay until May.")
    found = kinds(nlp, text)
    assert "Brinewick Ledger" in found
    assert "BRINEWICK LEDGER" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Before joining the show, Piet Marlow was a writer on a quiz.",
        "After the series, Piet Marlow went back to the stage.",
    ],
)
def test_a_name_after_a_kind_word_and_a_comma_is_the_clause_s_subject(nlp, text: str) -> None:
    assert "Piet Marlow" not in titles(nlp, "Piet Marlow is an actor. " + text)


@pytest.mark.parametrize(
    ("text", "headline", "title"),
    [
        # a headline capitalises every word of a quoted title; the body's form is the title
        ("Fox has cancelled Signal to Lower Bay, the comedy about retirees.",
         "Fox Cancels 'Signal To Lower Bay,' Leaving A Cliffhanger", "Signal to Lower Bay"),
        ("The 4:40 to Quillgate took $12 million at the box office.",
         "Ferry Rom-Com 'The 4:40 To Quillgate' Takes $12 Million", "The 4:40 to Quillgate"),
        ("Fox has renewed Ten of the Clock for a second season.",
         "Fox renews 'Ten of the Clock'", "Ten of the Clock"),
    ],
)
def test_a_quoted_headline_title_is_read_as_the_body_writes_it(
    nlp, text: str, headline: str, title: str
) -> None:
    assert title in titles(nlp, text, headline)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Gable Street, the legal drama, will return in May.", "Gable Street"),
        ("The legal drama Gable Street will return in May.", "Gable Street"),
        ("Gable Street, the legal drama starring Dana Okoye, will return.", "Gable Street"),
    ],
)
def test_a_kind_word_makes_a_street_name_a_title(nlp, text: str, title: str) -> None:
    assert title in titles(nlp, text)


@pytest.mark.parametrize(
    "text", ["Shops on Gable Street will close in May.", "The drama was shot on Gable Street."]
)
def test_a_street_without_a_kind_word_is_no_title(nlp, text: str) -> None:
    assert "Gable Street" not in titles(nlp, text)
