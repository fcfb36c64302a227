"""Places: where a work is filmed and where its story is set, read from the parse.

Each place entity (GPE, LOC, FAC) is read by the word it hangs from:

- filming (``location.filming_verb``): ``shot in X``, ``filming in X``, ``lensed in X``,
  ``on location in X``, ``X, where the show films``; ``location.production_subject``:
  a clause whose subject is the production (``production will take place in X``,
  ``filming begins in X``, ``cameras roll in X``, ``the shoot moves to X``);
- setting (``location.set_in``): ``set in X``, ``takes place in X``, ``X-set``;
  ``location.story``: a place in what a story follows (``follows a widow in X``, ``about
  a family in X``, ``stars A as B, a host in X``); ``location.premodifier``: ``its X
  comedy``; ``location.stands_in``: ``Y, which doubles for X`` (Y filming, X setting).

A city with its region (``Portland, Oregon``) is one place; a list of places shares the
cue of its first. The work is the one the cue's clause is about; a filming place takes
the season its sentence names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from marquee.extract.context import Article, Mention, Sentence
from marquee.extract.nominal import clause_work, work_of_noun
from marquee.extract.records import Evidence, Location
from marquee.extract.trade_words import GENRE_HEADS, KIND_NOUNS, REGIONS

PLACE_LABELS = {"GPE", "LOC", "FAC"}
NOT_PLACE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                  "NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "NETWORK", "STUDIO",
                  "OUTLET", "WORK"}
FILMING, SETTING = "filming", "setting"
# Verbs whose place is where filming happens.
FILMING_VERBS = {"film", "shoot", "tape", "lens", "lense", "photograph", "record", "reshoot",
                 "wrap", "build", "stage", "roll"}
# Verbs whose place is where a finished work is shown, not made.
SHOWING_VERBS = {"premiere", "screen", "debut", "play", "win", "open", "show", "air", "launch",
                 "present", "sell", "base"}
# Nouns of a production: the subject or object of a clause whose place is a filming place.
PRODUCTION_NOUNS = {"production", "filming", "shooting", "shoot", "photography", "camera",
                    "cameras", "taping", "lensing", "crew", "exteriors", "interiors",
                    "location", "locations", "footage", "scenes", "sequences", "episodes",
                    "studio", "set", "soundstage", "soundstages", "lot", "reshoots"}
# Verbs of a story's setting: "set in", "takes place in", "unfolds in".
SETTING_VERBS = {"set", "unfold", "center", "centre", "revolve", "place", "locate"}
# Objects of "set" in idioms that place nothing: "set the stage for", "set the tone".
SET_IDIOMS = {"stage", "tone", "scene", "record", "bar", "date", "example", "standard", "pace",
              "agenda", "table", "fire", "course", "trap", "goal", "target", "price", "terms"}
# Verbs and prepositions that introduce what a story is about: a place inside is a setting.
STORY_VERBS = {"follow", "center", "centre", "chronicle", "depict", "portray", "revolve", "star",
               "play", "reprise", "feature", "concern", "trace", "chart"}
STORY_NOUNS = {"portrayal", "portrait", "depiction", "story", "tale", "saga"}
# Nouns of places a story happens in: "a Halifax boarding house", "a Belfast family".
PLACE_NOUNS = {"town", "city", "village", "suburb", "neighborhood", "neighbourhood", "hospital",
               "school", "prison", "hotel", "motel", "supermarket", "nightclub", "club", "bar",
               "pub", "restaurant", "shop", "store", "farm", "estate", "island", "apartment",
               "block", "tower", "street", "parish", "port", "harbour", "harbor", "factory",
               "mill", "mine", "gym", "ward", "precinct", "station", "family", "house",
               "household", "community", "newsroom", "firm", "clinic", "diner", "café", "cafe",
               "bakery", "church", "college", "university", "campus", "base", "compound"}
# Verbs of moving the production: "the shoot moves to X".
MOVE_VERBS = {"move", "head", "relocate", "travel", "shift", "decamp", "return"}
PLACE_PREPOSITIONS = {"in", "at", "near", "around", "across", "between", "on", "outside",
                      "throughout", "to", "for", "from", "inside", "along", "into", "of"}
STORY_PREPOSITIONS = {"in", "on", "near", "outside", "at", "across", "along", "between", "of"}
# Verbs of standing in for a place: "X doubles for Y".
STAND_IN_VERBS = {"double", "stand", "sub", "substitute", "play"}
# Names of studio lots and stages, not places ("Halvern Studios").
LOT_WORDS = {"Studios", "Studio", "Stages", "Stage", "Lot", "Center", "Centre", "Park"}
# Last words of venues and events, not places of a story or a shoot.
VENUE_WORDS = {"Festival", "Fleadh", "Awards", "Market", "Theater", "Theatre", "Playhouse",
               "Warehouse", "Comic-Con", "Con", "Arena", "Stadium", "Hall", "Expo", "Summit",
               "Week", "Biennale", "Gala", "Convention", "Forum", "Conference"}
STOP_HEADS = {"ROOT"}


@dataclass
class Place:
    name: str
    first: int  # tokens of the whole place, region included
    last: int
    root: Token
    named: bool = True  # an entity of a place; else a proper noun read by its cue only


def extract_locations(article: Article) -> Iterator[Location]:
    for sentence in article.sentences:
        places = places_in(article, sentence)
        for place in places:
            readings = [r for r in _readings(article, sentence, place) if r[2] is not None]
            names = [place.name, *(m for m in list_members(article, sentence, place)
                                   if m not in {p.name for p in places})]
            for role, path, work in readings:
                assert work is not None
                season = _season(article, sentence) if role == FILMING else None
                for name in names:
                    yield Location(doc=article.doc_id, work=work.value, season=season,
                                   place=name, role=role,
                                   evidence=[Evidence(sentence.start, sentence.end)],
                                   confidence=0.7, path=path)


def list_members(article: Article, sentence: Sentence, place: Place) -> list[str]:
    """The names listed right after a place ("in X, Y-sur-Z and W"): each joined by a
    comma or "and", a capitalised name (hyphenated parts joined) that is no title, person,
    company or date. The parser often hangs such a list on the wrong word; the list
    itself is plain to read."""
    doc = article.doc
    out: list[str] = []
    i = place.last
    while i < sentence.last:
        j = i
        if doc[j].text == ",":
            j += 1
        if j < sentence.last and doc[j].lower_ == "and":
            j += 1
        if j == i or j >= sentence.last:
            break
        k = j
        while k < sentence.last and (doc[k].is_title or doc[k].pos_ == "PROPN" or (
            doc[k].text == "-" and not doc[k].whitespace_ and k > j
        ) or (k > j and doc[k - 1].text == "-" and doc[k].is_alpha)):
            if doc[k].ent_type_ in NOT_PLACE_ENTS or article.mention_of(doc[k]) is not None:
                break
            k += 1
        if k == j or doc[k - 1].text == "-":
            break
        out.append(doc[j:k].text)
        i = k
    return out


def places_in(article: Article, sentence: Sentence) -> list[Place]:
    """The places of a sentence, a city and its region joined ("Portland, Oregon")."""
    doc = article.doc
    ents = [e for e in article.ents_between(sentence.first, sentence.last)
            if e.label_ in PLACE_LABELS]
    out: list[Place] = []
    skip: set[int] = set()
    for n, ent in enumerate(ents):
        if ent.start in skip or not _is_place(article, ent):
            continue
        first, last = ent.start, ent.end
        name = _strip(ent)
        if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and \
                not ent[0].is_upper and ent.root.dep_ == "pobj" and (
                    ent.end >= len(doc) or doc[ent.end].text != "-"):
            name = f"the {name}"  # "the Bronx"
        if n + 1 < len(ents):
            nxt = ents[n + 1]
            if nxt.start == ent.end + 1 and doc[ent.end].text == "," and (
                nxt.text in REGIONS or nxt.root.dep_ == "appos" and nxt.root.head.i == ent.root.i
            ):
                name = f"{name}, {nxt.text}"
                last = nxt.end
                skip.add(nxt.start)
        if name:
            out.append(Place(name, first, last, ent.root))
    covered = {i for p in out for i in range(p.first, p.last)}
    for token in doc[sentence.first : sentence.last]:
        if token.i in covered or not (token.pos_ == "PROPN" or token.is_title and
                                      token.tag_ == "JJ" and not token.is_sent_start):
            continue
        place = _proper_place(article, token)
        if place is not None:
            out.append(place)
            covered.update(range(place.first, place.last))
    return out


def _proper_place(article: Article, token: Token) -> Place | None:
    """A proper noun the parser did not mark a place, after a place's preposition ("in
    Dundee") or before "-set" ("the Fife-set drama"), read only by a firm cue."""
    doc = article.doc
    nxt = token.i + 1
    set_compound = nxt + 1 < len(doc) and doc[nxt].text == "-" and doc[nxt + 1].lower_ == "set"
    lead = _lead(token)
    before_place = token.dep_ in ("compound", "amod", "nmod") and _place_noun(token.head)
    if not set_compound and not before_place and not _named_place(lead) and not (
        lead.dep_ == "pobj" and lead.head.lower_ in
        ("in", "around", "near", "outside", "across", "between")
    ):
        return None
    first = token.i
    while first - 1 >= 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ in (
        "compound", "nmod"
    ) and doc[first - 1].head.i in range(first, token.i + 1):
        first -= 1
    span = doc[first : token.i + 1]
    if span[0].ent_type_ in NOT_PLACE_ENTS or not span.text[0].isupper() or any(
        t.text in VENUE_WORDS | LOT_WORDS for t in span
    ):
        return None
    if len(span) == 1 and span.text in article.surnames:
        return None  # "the Vole family", after "Greta Vole"
    for t in span:
        mention = article.mention_of(t)
        if mention is not None and mention.kind != "P":
            return None
    return Place(span.text, first, token.i + 1, token, named=before_place)


def _named_place(token: Token) -> bool:
    """``the island of X``, ``the town of X``: the name a place noun is given."""
    of = token.head
    return token.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in PLACE_NOUNS and \
        of.head.i != of.i


def _place_noun(noun: Token) -> bool:
    """Whether a noun (or the noun it modifies) is a place of a story ("boarding house")."""
    for _ in range(3):
        if noun.lower_ in PLACE_NOUNS:
            return True
        if noun.dep_ not in ("compound", "amod") or noun.head.i == noun.i:
            return False
        noun = noun.head
    return False


def _strip(ent: Span) -> str:
    """The place's name: "the Bronx" keeps its article, "the Bay of Halvern" drops it."""
    words = list(ent)
    while words and words[0].lower_ in ("the", "a") and len(words) > 2:
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    return " ".join(w.text for w in words).replace(" - ", "-").replace(" -", "-")


def _is_place(article: Article, ent: Span) -> bool:
    for token in ent:
        mention = article.mention_of(token)
        if mention is not None:
            return False  # a title, a person or a company
    if ent[-1].text in LOT_WORDS or any(t.text in VENUE_WORDS for t in ent):
        return False
    if len(ent) == 1 and ent.text in article.surnames:
        return False  # "the Vole family", after "Greta Vole": people, not a place
    return any(t.is_alpha for t in ent) and ent[0].text[0].isupper() or ent[0].lower_ == "the"


def _lead(token: Token) -> Token:
    """The first of a list of places ("in Calais, Dover and Folkestone")."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token


def _readings(
    article: Article, sentence: Sentence, place: Place
) -> Iterator[tuple[str, str, Mention | None]]:
    """(role, path, anchor, work) of one place."""
    doc = article.doc
    root = place.root
    # "London-set": the place is set-compounded
    after = place.last
    if after + 1 < sentence.last and doc[after].text == "-" and doc[after + 1].lower_ == "set":
        head = doc[after + 1].head
        linked = work_of_noun(article, sentence, head, definite_only=False) \
            if head.lower_ in KIND_NOUNS | GENRE_HEADS else None
        work = linked[0] if linked else clause_work(article, sentence, doc[after + 1])
        yield SETTING, "location.set_in", work
        return
    # "Halifax, which doubles for Boston": a relative clause of filming
    for child in root.children:
        if child.dep_ == "relcl":
            lemma = child.lemma_.lower()
            if lemma in FILMING_VERBS or _production_subject(child):
                yield FILMING, "location.where_filmed", clause_work(article, sentence, child)
                return
            if lemma in STAND_IN_VERBS:
                yield FILMING, "location.stands_in", clause_work(article, sentence, child)
                return
    lead = _lead(root)
    if not place.named and lead.dep_ != "pobj":
        return
    if lead.dep_ == "nsubj" and lead.head.lemma_.lower() in STAND_IN_VERBS and \
            any(c.lower_ in ("in", "for") for c in lead.head.children):
        # "Halifax stands in for Boston": the stand-in is where it was filmed
        yield FILMING, "location.stands_in", clause_work(article, sentence, lead.head)
        return
    if lead.dep_ in ("compound", "nmod", "amod") and lead.head.i != lead.i:
        yield from _premodifier(article, sentence, lead.head)
        return
    if lead.dep_ != "pobj":
        return
    if _named_place(lead) and lead.head.head.dep_ == "pobj":
        lead = lead.head.head  # "on the island of X": read as "on the island"
    prep = _lead(lead.head)
    if prep.lower_ not in PLACE_PREPOSITIONS:
        return
    for gov in _governors(prep):
        reading = _cue(article, sentence, prep, gov)
        if reading is not None:
            yield reading
            return
    story = _story_anchor(prep.head)
    if story is not None and prep.lower_ in STORY_PREPOSITIONS and place.named:
        yield SETTING, "location.story", clause_work(article, sentence, story)


def _governors(prep: Token) -> Iterator[Token]:
    """The word a place's preposition hangs from, then the words that phrase hangs from
    ("set in a parish in X", "filmed in a tank in X", "in X and the town of Y")."""
    token = prep
    for _ in range(4):
        gov = token.head
        if gov.i == token.i:
            return
        yield gov
        if gov.pos_ == "VERB" and gov.dep_ == "acl" and gov.head.i != gov.i:
            yield gov.head  # "additional shooting planned in X": the shooting is in X
            return
        if gov.pos_ not in ("NOUN", "PROPN", "NUM", "ADV"):
            return
        lead = _lead(gov)
        if lead is not gov:
            yield lead
        if lead.dep_ == "pobj":
            token = _lead(lead.head)  # the preposition of the noun phrase
            continue
        if lead.dep_ in ("dobj", "attr", "npadvmod") and lead.head.i != lead.i:
            yield lead.head
        return


def _cue(
    article: Article, sentence: Sentence, prep: Token, gov: Token
) -> tuple[str, str, Mention | None] | None:
    """The reading a place takes from the word ``gov`` its phrase hangs from."""
    lemma = gov.lemma_.lower()
    p = prep.lower_
    if p == "for" and lemma in STAND_IN_VERBS | {"in"}:
        # "Y doubles for X", "stands in for X": X is the setting
        return SETTING, "location.stands_in", clause_work(article, sentence, gov)
    if p in ("from", "for", "to") and lemma not in FILMING_VERBS | MOVE_VERBS:
        return None
    if lemma in SHOWING_VERBS and gov.pos_ == "VERB":
        return None
    if lemma in SETTING_VERBS and gov.tag_ in ("VBN", "VBD", "VBZ", "VBP", "VB", "VBG") and \
            not any(c.dep_ == "dobj" and c.lower_ in SET_IDIOMS for c in gov.children):
        return SETTING, "location.set_in", clause_work(article, sentence, gov)
    if lemma == "take" and any(c.lower_ == "place" for c in gov.children):
        role = FILMING if _production_subject(gov) else SETTING
        return role, "location.takes_place", clause_work(article, sentence, gov)
    if lemma in FILMING_VERBS and gov.pos_ in ("VERB", "AUX"):
        return FILMING, "location.filming_verb", clause_work(article, sentence, gov)
    if lemma in PRODUCTION_NOUNS and gov.pos_ == "NOUN" or _production_subject(gov) or \
            _filming_purpose(gov):
        return FILMING, "location.production", clause_work(article, sentence, gov)
    return None


def _filming_purpose(verb: Token) -> bool:
    """``back in X to film the second season``: a purpose clause of filming."""
    for token in [verb, *list(verb.ancestors)[:3]]:
        for child in token.children:
            if child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in FILMING_VERBS and \
                    any(c.lower_ == "to" for c in child.children):
                return True
    return False


def _premodifier(
    article: Article, sentence: Sentence, noun: Token
) -> Iterator[tuple[str, str, Mention | None]]:
    """``its Blackpool comedy``: a setting of the work the phrase names; ``about a
    Belfast family``, ``follows a widow in a Halifax boarding house``: a place of the
    story."""
    lower = noun.lower_
    if lower in KIND_NOUNS or lower in GENRE_HEADS:
        linked = work_of_noun(article, sentence, noun)
        if linked is not None:
            yield SETTING, "location.premodifier", linked[0]
        return
    while noun.lower_ not in PLACE_NOUNS and noun.dep_ in ("compound", "amod") and \
            noun.head.i != noun.i and noun.pos_ == "NOUN":
        noun = noun.head  # "a Halifax boarding house"
    if noun.lower_ in PLACE_NOUNS:
        story = _story_anchor(noun)
        if story is not None:
            yield SETTING, "location.story_premodifier", clause_work(article, sentence, story)


def _production_subject(verb: Token) -> bool:
    """Whether a verb (or one it depends on) has the production as subject or object:
    "production will begin in X", "filming moves to X", "completed its shoot in X"."""
    token = verb
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for _ in range(4):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "advcl", "csubj") and (
                child.lemma_.lower() in PRODUCTION_NOUNS or child.lower_ in PRODUCTION_NOUNS
            ) and (child.dep_ != "advcl" or child.i < token.i):
                return True  # "Filming on the drama will take place in X" (an advcl)
        if token.dep_ in ("xcomp", "advcl", "conj", "pcomp", "acl") and token.head.i != token.i:
            token = token.head
            if token.pos_ != "VERB" and token.pos_ != "AUX":
                return False
        else:
            return False
    return False


def _story_anchor(token: Token) -> Token | None:
    """The word of a story that a noun phrase hangs from: ``follows a widow in X``,
    ``about a family in X``, ``stars A as B, a host in X``."""
    if token.lemma_.lower() in STORY_NOUNS:
        return token
    steps = 0
    while steps < 7 and token.head.i != token.i:
        head = token.head
        lemma = head.lemma_.lower()
        if lemma in STORY_VERBS and head.pos_ == "VERB" or lemma in STORY_NOUNS or \
                head.lower_ == "about":
            return head
        if token.dep_ in ("ROOT", "ccomp", "advcl", "parataxis"):
            return None
        token = head
        steps += 1
    return None


def _season(article: Article, sentence: Sentence) -> int | None:
    for span in article.season_spans(sentence):
        if span.label_.isdigit():
            return int(span.label_)
    return None
