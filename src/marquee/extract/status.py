"""Status events: a work announced, renewed, cast, in production, wrapped, scheduled,
released, cancelled, ended or revived; with the season and the date of the event.

A status is a news event about a work, read from the parse rather than from words:

- a trigger: a verb (``renew``, ``cancel``, ``premiere``, ``wrap``, ``return``...), a noun
  (``renewal``, ``cancellation``, ``revival``, ``series order``, ``premiere``) or an
  idiom (``got the green light``, ``pulled the plug on``, ``the axe fell on``, ``began
  filming``, ``cameras rolled``, ``is in production``, ``came to a close``), found by
  lemma (the lexicons below);
- its patient: the object, the passive or intransitive subject, the head of a relative
  clause; it must be a work, a reference to one ("the series", "it") or a part of one (a
  season, the episodes, the production), never a person, a trailer or a time slot;
- a real event: no ``neg`` child ("will not return" as a decision is a cancellation,
  anything else negated is nothing), no modal auxiliary (``could be renewed``), no
  governing hedge (``in talks to``, ``hopes to``, ``is expected to be renewed``), no
  condition (``if``, ``whether``); scheduling words (``is expected to air in 2027``,
  ``plans to open``) do schedule a premiere or a shoot, as the annotation reads them;
- plot is not news: ``the season ended with ...``, ``the kiss that ended the
  episode``; a season that ended is a season released, a work that ended is ended;
- tense decides between ``premiere_scheduled`` and ``released``, and a scheduled date
  already past at publication makes the premiere released.

The season is the one the event's clause names (``renewed for a third season``,
``its sophomore run premieres``); the date is the event's own (:mod:`marquee.extract.dates`),
else the date of the announcement that reports it (``..., the network said Monday``),
else the article's. Each record names the construction that made it (``path``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from marquee.extract.about import CLAUSE_DEPS, passing, tree_distance, work_at
from marquee.extract.common import hyphenated_word
from marquee.extract.context import Article, Mention, Sentence
from marquee.extract.dates import WEEKDAYS, date_phrases, resolve
from marquee.extract.lexicon import ROLE_NOUN
from marquee.extract.nominal import title_right_after
from marquee.extract.records import Evidence, Status
from marquee.nlp.seasons import NUMBER_WORDS, ORDINALS

# --- lexicons: lemmas of the trade's vocabulary ------------------------------------------

# Verbs whose patient is a work and what each says happened to it.
VERB_EVENTS: dict[str, str] = {
    **dict.fromkeys(("renew", "recommission", "re-up"), "renew"),
    **dict.fromkeys(("cancel", "axe", "ax", "scrap", "ditch", "shelve"), "cancel"),
    **dict.fromkeys(("revive", "resurrect"), "revive"),
    **dict.fromkeys(("order", "greenlight", "greenlit", "green-light", "commission"), "order"),
    **dict.fromkeys(("premiere", "debut", "launch", "bow", "release", "air", "drop", "open",
                     "arrive", "stream", "screen", "hit", "come"), "premiere"),
    "return": "return",
    **dict.fromkeys(("end", "conclude"), "end"),
    "wrap": "wrap",
    **dict.fromkeys(("film", "shoot", "tape"), "shoot"),
    "cast": "cast",
    "develop": "develop", "adapt": "adapt", "pick": "pick", "bring": "bring",
    **dict.fromkeys(("acquire", "land", "buy", "nab", "snap", "win", "close", "strike", "ink",
                     "seal", "clinch"), "acquire"),
}
# Nouns that name an event of a work.
NOUN_EVENTS: dict[str, str] = {
    "renewal": "renew", "pickup": "renew", "re-up": "renew",
    "cancellation": "cancel", "revival": "revive",
    "order": "order", "greenlight": "order", "commission": "order",
    **dict.fromkeys(("premiere", "debut", "launch", "release", "bow", "return", "broadcast"),
                    "premiere"),
    "finale": "finale",
}
# Nouns of making a work, which begin, roll and wrap.
PRODUCTION_NOUNS = {"production", "filming", "shooting", "photography", "shoot", "taping",
                    "camera", "cameras", "principal"}
BEGIN_VERBS = {"begin", "start", "commence", "resume", "restart", "kick", "roll", "get",
               "enter", "go", "move", "head"}
FINISH_VERBS = {"complete", "finish", "conclude", "wrap"}
# Parts of a work that can stand for it as the patient of an event.
PART_NOUNS = {"season", "series", "run", "episode", "episodes", "installment", "instalment",
              "chapter", "outing", "cycle", "term", "part", "batch", "finale", "pilot",
              "premiere", "revival", "production", "shoot", "filming", "shooting",
              "photography", "slate", "special", "entry", "edition"}
# Nouns of a work made from another: its order is not the other's.
DERIVED_WORK_NOUNS = {"spinoff", "spin-off", "prequel", "sequel", "follow-up", "reboot",
                      "remake", "adaptation", "offshoot"}
# Nouns that name a work without naming it ("the drama", "its legal thriller").
WORK_NOUNS = {"show", "series", "film", "movie", "drama", "comedy", "sitcom", "thriller",
              "procedural", "documentary", "docuseries", "docudrama", "special", "revival",
              "sequel", "prequel", "follow-up", "spinoff", "spin-off", "adaptation", "project",
              "reboot", "miniseries", "feature", "pilot", "half-hour", "hour", "hourlong",
              "saga", "epic", "romance", "mystery", "horror", "western", "musical", "animation",
              "programme", "program", "serial", "anthology", "competition", "franchise",
              "title", "original", "satire", "dramedy", "comedy-drama", "fantasy", "mockumentary",
              "telenovela", "soap", "format", "installment", "instalment", "chapter",
              "biopic", "telefilm", "version", "remake", "quiz", "cartoon"}
SEASON_NOUNS = {"season", "series", "run", "outing", "installment", "instalment", "chapter",
                "cycle", "term", "batch"}
# Objects of "hit"/"come to"/"arrive on" that are a way to the audience.
OUTLET_NOUNS = {"theater", "theaters", "theatre", "theatres", "cinema", "cinemas", "screen",
                "screens", "air", "airwaves", "shelves", "stream", "streaming", "streamer",
                "service", "platform", "demand", "vod", "digital"}
# Verbs that report an announcement: their date is the event's when it has none.
REPORT_VERBS = {"announce", "say", "confirm", "reveal", "report", "tell", "note", "add",
                "unveil", "tweet", "post", "state", "disclose", "declare"}
# Verbs that set a date: under them a premiere or a shoot is scheduled, not hedged.
SCHEDULE_VERBS = {"set", "schedule", "slate", "date", "plan", "target", "eye", "expect",
                  "due", "aim", "move", "push", "shift", "book", "pencil", "go"}
# Governors that make an event a hope, a talk or a rumour.
HEDGE_HEADS = {"hope", "want", "wish", "consider", "mull", "weigh", "explore", "seek", "try",
               "attempt", "negotiate", "discuss", "rumor", "rumour", "speculate", "deny",
               "doubt", "wonder", "push", "lobby", "campaign", "petition", "ask", "urge",
               "fight", "threaten", "like", "love", "talk", "discussion", "negotiation",
               "speculation", "chance", "possibility", "bid", "likely", "unlikely",
               "possible", "poised", "decision", "whether", "question", "fear", "worry",
               "pitch", "shop", "offer", "option", "suppose", "intend", "mean"}
# Hedges that a schedule is allowed: "is expected to air in 2027", "plans to open".
SCHEDULE_HEDGES = {"expect", "plan", "aim", "likely", "poised"}
MODALS = {"could", "might", "may", "should", "must", "can", "would", "ought"}
CONDITIONS = {"if", "whether", "unless", "lest"}
FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo"}
PERSON_PRONOUNS = {"he", "she", "i", "we", "you", "him", "her", "me", "us", "who", "whom"}
WORK_PRONOUNS = {"it", "its", "they", "them", "their", "this", "these", "which", "that"}
SEASON_ADJECTIVES = {"sophomore": 2, "freshman": 1}
# Nouns of people: a subject that is one is no work ("the actor returns as ...").
NAMING_DEPS = {"appos", "compound", "poss", "nmod", "amod", "nummod", "det", "flat", "conj",
               "cc", "punct", "npadvmod", "quantmod"}
PERSON_NOUNS = set(ROLE_NOUN) | {"actor", "actress", "comedian", "singer", "rapper", "author",
                                 "novelist", "journalist", "executive", "chief", "president",
                                 "chairman", "spokesperson", "spokesman", "spokeswoman",
                                 "newcomer", "veteran", "star", "alum", "alumna", "alumnus",
                                 "stand-up", "model", "athlete", "player", "coach"}
WEEKDAY_WORDS = WEEKDAYS | {"yesterday", "today"}
# Statuses of a season still to come.
UPCOMING = {"renewed", "in_production", "premiere_scheduled", "wrapped"}
NOT_FIRST = {"season", "premiere", "finale", "opener", "new", "return", "returns", "returned"}


@dataclass
class Event:
    status: str
    path: str
    anchor: Token  # the trigger: its clause decides the season and the date
    patient: Token | None  # the argument that is the work (or a part of it)
    prefer: str = "past"  # how an ambiguous date reads: "past" or "future"
    season_policy: str = "attached"  # "attached", "none", "first" (a debut is season 1)
    own_date: bool = False  # the date must be the event's own (a premiere's day)
    needs_date: bool = False
    extra: dict[str, object] = field(default_factory=dict)


# --- the extractor -----------------------------------------------------------------------

def extract_statuses(article: Article) -> Iterator[Status]:
    records: list[Status] = []
    for sentence in article.sentences:
        if sentence.text.rstrip().endswith("?"):
            continue  # a question is no news
        for token in article.doc[sentence.first : sentence.last]:
            for event in _events(article, sentence, token):
                records.extend(_records(article, sentence, event))
    shown = {r.work for r in records if r.status == "released"}
    records = [r for r in records if not (r.path == "status.acquire_verb" and r.work in shown)]
    yield from _current_season(article, records)  # a finished film's sale is no new work


def _events(article: Article, sentence: Sentence, token: Token) -> Iterator[Event]:
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or _verbal_noun(token):
        yield from _verb_events(article, sentence, token)
    if token.pos_ in ("NOUN", "PROPN") and not _verbal_noun(token):
        yield from _noun_events(article, sentence, token)
    if token.pos_ == "ADJ" or token.dep_ == "amod":
        yield from _final_events(article, sentence, token)


def _verbal_noun(token: Token) -> bool:
    """A verb the tagger took for a plural noun: "its run premieres Thursday"."""
    return (token.tag_ == "NNS" and token.lower_ in ("premieres", "debuts", "returns", "wraps",
                                                     "airs", "drops", "opens", "bows",
                                                     "screens", "launches")
            and token.dep_ in ("dobj", "ROOT", "conj", "appos", "npadvmod"))


def _records(article: Article, sentence: Sentence, event: Event) -> Iterator[Status]:
    if _negated(event.anchor) and event.status != "cancelled":
        return
    if _hedged(event):
        return
    work = _work(article, sentence, event)
    if work is None:
        return
    when = _date(article, sentence, event) or _time_ago(article, event)
    status = event.status
    if event.extra.get("or_renewed") and when is not None and len(when) == 4 and any(
            n is not None for n in _seasons(article, sentence, event, "renewed", work)):
        when = None  # "will return for a fourth in the spring": a renewal, vaguely dated
    if event.extra.get("or_renewed") and when is None:
        # "will return for a third season" with no date: a renewal, when a season is named
        if not any(n is not None for n in _seasons(article, sentence, event, "renewed", work)):
            return
        status, event = "renewed", Event("renewed", "status.return_for", event.anchor,
                                         event.patient, extra={"report_date": True})
        when = _date(article, sentence, event)  # the renewal's: its announcement's
    if status in ("premiere_scheduled", "released_or_scheduled"):
        scheduled, when = _schedule(article, event, when)
        if scheduled is None:
            return
        status = scheduled
    elif event.needs_date and when is None:
        return
    if when is None and _told_in_passing(event) and _time_ago(article, event) is None:
        return  # "since the series ended, the cast has ...": history with no date of its own
    if when is None and not event.needs_date:
        when = _news_day(article) or article.default_date(sentence.start)
    for season in _seasons(article, sentence, event, status, work):
        yield Status(doc=article.doc_id, work=work, season=season, status=status, date=when,
                     evidence=[Evidence(sentence.start, sentence.end)], confidence=0.7,
                     path=event.path)


def _news_day(article: Article) -> str | None:
    """The day the article's news was announced, where it says so ("the network said
    Monday", "announced Wednesday"): the date of its undated news, rather than the day
    of publication."""
    cache = article.__dict__.setdefault("_status_news_day", {})
    if "day" in cache:
        return cache["day"]
    day = None
    if article.published is not None:
        doc = article.doc
        for sentence in article.sentences:
            phrases = date_phrases(doc, sentence.first, sentence.last,
                                   article.ents_between(sentence.first, sentence.last))
            for phrase in phrases:
                verb = phrase.root.head
                for _ in range(3):  # "announced the decision on Monday"
                    if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                        break
                    verb = verb.head
                if _lem(verb) not in REPORT_VERBS or not any(
                        t.lower_.rstrip(".") in WEEKDAY_WORDS for t in phrase):
                    continue
                when = resolve(phrase.text, article.published, "past")
                if when is not None and len(when) == 10 and \
                        0 <= (article.published - date.fromisoformat(when)).days <= 6:
                    day = when
                    break
            if day is not None:
                break
    cache["day"] = day
    return day


def _time_ago(article: Article, event: Event) -> str | None:
    """"a week after the network cancelled X", "two years after the channel axed it": the event
    happened that long before the news."""
    if event.status not in ("cancelled", "ended", "revived", "renewed", "announced"):
        return None
    clause = _clause(event.anchor)
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if mark is None or mark.i < 2:
        return None
    doc = mark.doc
    amount, unit = doc[mark.i - 2], doc[mark.i - 1]
    if unit.lower_ not in ("day", "days", "week", "weeks", "month", "months", "year", "years"):
        return None
    if not (amount.like_num or amount.lower_ in ("a", "an")):
        return None
    return resolve(f"{amount.text} {unit.text} ago", article.published, "past")


def _told_in_passing(event: Event) -> bool:
    """An undated past event in a clause that only times another ("since it ended")."""
    if event.status not in ("ended", "cancelled", "released", "wrapped", "revived"):
        return False
    words = ("since", "after", "before", "until", "once", "when")
    clause = _clause(event.anchor)
    if any(c.dep_ == "mark" and c.lower_ in words for c in clause.children):
        return True
    return any(a.dep_ == "prep" and a.lower_ in words for a in event.anchor.ancestors
               if a.i < event.anchor.i)  # "since the series ended" read as a phrase


def _schedule(article: Article, event: Event, when: str | None) -> tuple[str | None, str | None]:
    """A premiere: scheduled when future, released when past; a scheduled premiere needs
    its date, and one dated before publication has happened."""
    future = event.status == "premiere_scheduled"
    if event.status == "released_or_scheduled":
        if when is None:
            return None, None
        published = article.published.isoformat() if article.published else None
        future = published is None or when[: len(published)] >= published[: len(when)]
        said = str(event.extra.get("date_text", "")).lower()
        if any(w in said.split() for w in ("last", "ago", "yesterday", "earlier")):
            future = False  # "last week's premiere"
    if not future:
        return "released", when
    if when is None:
        return None, None
    if article.published and len(when) == 10 and when < article.published.isoformat():
        return "released", when
    return "premiere_scheduled", when


# --- verbs -------------------------------------------------------------------------------

def _verb_events(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    if verb.dep_ in ("amod", "compound") and not _verbal_noun(verb) and not (
            verb.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in verb.children)):
        return  # "renewed popularity", "the cancelled show"
    lemma = _lemma(verb)
    if lemma in ("come", "be") and any(c.lower_ == "back" for c in verb.children):
        yield from _back(article, sentence, verb)
        return
    subject = _subject(verb)
    if lemma in ("begin", "start", "kick", "open") and (_season_object(article, verb) or (
            subject is not None and _in_season_span(article, subject) and
            _dated(article, verb) and not _production_object(verb))):
        yield from _season_start(article, sentence, verb)
        return
    if lemma == "add" and _adds_work(article, verb):
        yield from _season_start(article, sentence, verb)
        return
    kind = VERB_EVENTS.get(lemma)
    yield from _idioms(article, sentence, verb, lemma)
    if kind is None:
        yield from _production_verbs(article, sentence, verb, lemma)
        return
    handler = _VERB_HANDLERS.get(kind)
    if handler is not None:
        yield from handler(article, sentence, verb)


def _lem(token: Token) -> str:
    return token.lemma_.lower()


def _lemma(token: Token) -> str:
    """A verb's lemma, mended where the lemmatiser fails ("recommissioned")."""
    lemma = token.lemma_.lower()
    if lemma not in VERB_EVENTS:
        low = token.lower_
        for suffix in ("ed", "d", "ing", "es", "s"):
            if low.endswith(suffix) and low[: -len(suffix)] in VERB_EVENTS:
                return low[: -len(suffix)]
    if token.lower_ in ("greenlit", "greenlighted", "green-lit", "green-lighted"):
        return "greenlight"
    if token.lower_.startswith("premier"):
        return "premiere"
    if _verbal_noun(token):
        return token.lower_[:-1] if not token.lower_.endswith("ies") else token.lower_
    return lemma


def _renew(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    patient = _patient(verb)
    if patient is None or _bad_patient(article, patient):
        return  # "Netflix renewed" names no work; "renewed her contract" is no work's
    yield Event("renewed", "status.renew_verb", verb, patient)


def _cancel(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    if _negated(verb):
        return  # "was not cancelled" is nothing
    patient = _patient(verb)
    if patient is None or _bad_patient(article, patient):
        return  # "Netflix renewed" names no work; "renewed her contract" is no work's
    yield Event("cancelled", "status.cancel_verb", verb, patient, season_policy="none")


def _revive(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    patient = _patient(verb)
    if patient is None or _bad_patient(article, patient):
        return  # "Netflix renewed" names no work; "renewed her contract" is no work's
    yield Event("revived", "status.revive_verb", verb, patient)


def _order(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """``ordered X`` / ``ordered 13 episodes of X`` is a new work; ``ordered a second
    season of X`` / ``picked up X for a second season`` is a renewal; ``ordered a
    revival of X`` revives it."""
    if verb.lower_.startswith("re") and _lemma(verb) == "commission":
        yield from _renew(article, sentence, verb)
        return
    if verb.lower_ == "ordered" and verb.dep_ == "acl" and _is_of_noun(verb):
        return
    if any(c.dep_ == "prt" and c.lower_ != "up" for c in verb.children):
        return  # "ordered out of the room"
    if _tense(verb) in ("present", None) and not _has_aux(verb, "be"):
        return  # "the chef orders the soup": a story, not an order
    subject = _subject(verb)
    if subject is not None and _person(article, subject):
        return
    patient = _patient(verb)
    if patient is not None and patient.lower_ in ORDINALS and patient.dep_ == "dobj":
        # "ordered a fourth": a season whose noun the sentence has already said
        yield Event("renewed", "status.order_season", verb, None,
                    extra={"season_numbers": [ORDINALS[patient.lower_]]})
        return
    if patient is None or _bad_patient(article, patient):
        return  # "Netflix renewed" names no work; "renewed her contract" is no work's
    if _lem(patient) == "revival" or any(_lem(a) == "revival" for a in patient.ancestors
                                          if a.i < patient.i and a.sent == patient.sent):
        yield Event("revived", "status.order_revival", verb, patient, season_policy="none")
    elif _later_season(article, verb, patient):
        yield Event("renewed", "status.order_season", verb, patient)
    elif not _mentions_more(verb):
        fresh = _lem(patient) == "episode" and any(c.lower_ == "new" for c in patient.children)
        yield Event("announced", "status.order_new_episodes" if fresh else "status.order_verb",
                    verb, patient, season_policy="none")


def _is_of_noun(verb: Token) -> bool:
    return verb.head.pos_ == "NOUN" and _lem(verb.head) in ("episode", "season")


def _mentions_more(verb: Token) -> bool:
    """``ordered 10 more episodes``: more of a running show, not a new one."""
    return any(t.lower_ in ("more", "additional", "further", "extra") for t in verb.subtree)


def _pick(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return
    yield from _order(article, sentence, verb)


def _develop(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """``is developing X`` / ``X is being developed``: a work in development (not
    ``developed by X``, a credit)."""
    auxes = {_lem(c) for c in verb.children if c.dep_ in ("aux", "auxpass")}
    progressive = verb.tag_ == "VBG" and "be" in auxes
    passive_now = "being" in {c.lower_ for c in verb.children if c.dep_ == "auxpass"}
    if not (progressive or passive_now):
        return
    patient = _patient(verb)
    if patient is None or _bad_patient(article, patient):
        return  # "Netflix renewed" names no work; "renewed her contract" is no work's
    yield Event("announced", "status.develop_verb", verb, patient, season_policy="none")


def _adapt(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """``will be adapted`` / ``is adapting X``: future or under way, not a past adaptation."""
    if not (_future(verb) or (verb.tag_ == "VBG" and _has_aux(verb, "be"))
            or "being" in {c.lower_ for c in verb.children}):
        return
    patient = _patient(verb)
    if patient is not None and _work_mention_in(article, patient) is None:
        patient = None  # the book adapted is not the work made of it
    yield Event("announced", "status.adapt_verb", verb, patient, season_policy="none")


def _bring(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """``bring X back for a fifth run`` renews; ``brought back from the dead`` revives."""
    if not any(c.lower_ == "back" for c in verb.children):
        return
    patient = _patient(verb)
    if patient is None or _bad_patient(article, patient):
        return  # "Netflix renewed" names no work; "renewed her contract" is no work's
    if _season_tokens(article, verb):
        yield Event("renewed", "status.bring_back_for", verb, patient)
    else:
        yield Event("revived", "status.bring_back", verb, patient, season_policy="none")


def _premiere(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """Premieres, debuts, drops, openings, airings, arrivals on a service."""
    lemma = _lemma(verb)
    if not _premiere_shape(article, verb, lemma):
        return
    patient = _subject(verb) if lemma in ("hit", "arrive", "come") else _patient(verb)
    if _bad_patient(article, patient, parts_ok=True) or (patient is None and
                                                         _verbal_noun(verb)):
        return  # a verb the tagger read as a noun, with nobody premiering
    if patient is not None and patient.lower_ in ("finale", "episode"):
        return  # one episode's airing is not the work's premiere
    tense = _tense(verb)
    now = any(c.lower_ == "now" for c in verb.children)
    if tense is None:
        if _dated(article, verb):
            tense = "dated"  # "(hitting Hulu this Friday, May 9)"
        else:
            return
    if tense == "present" and lemma in ("stream", "air") and not _dated(article, verb):
        return  # "it streams on X", "now streams on Y", "airs on Sundays": a habit
    first = lemma in ("premiere", "debut", "launch", "bow", "drop", "hit", "come")
    policy = "first" if first and not _film_noun(patient) else "attached"
    past_needs_date = lemma in ("air", "stream", "arrive", "come", "hit",
                                "release")
    if tense == "past" or tense == "present" and lemma == "stream":
        yield Event("released", f"status.{lemma}_past", verb, patient, season_policy=policy,
                    needs_date=past_needs_date and not now, extra={"kind": lemma})
    elif tense == "future":
        yield Event("premiere_scheduled", f"status.{lemma}_future", verb, patient,
                    prefer="future", own_date=True, extra={"kind": lemma})
    else:  # "premieres Friday": scheduled, or released if the day has gone
        yield Event("released_or_scheduled", f"status.{lemma}_present", verb, patient,
                    prefer="future", own_date=True, season_policy=policy,
                    extra={"kind": lemma})


def _film_noun(token: Token | None) -> bool:
    """A patient that says the work is a film ("the film premiered", "her feature")."""
    if token is None:
        return False
    words = {_lem(token)} | {_lem(t) for t in token.children if t.dep_ in ("compound", "amod")}
    return bool(words & {"film", "movie", "feature", "documentary", "doc", "picture"})


def _back(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """``comes back on Aug. 11``, ``will be back for a fifth season``."""
    if not any(c.lower_ == "back" and c.dep_ in ("advmod", "prt", "acomp") for c in
               verb.children):
        return
    yield from _return(article, sentence, verb)


def _antecedent(article: Article, sentence: Sentence, token: Token) -> str | None:
    before = [m for m in sentence.mentions if m.kind == "T" and m.last <= token.i
              and not passing(article, m)]
    if before:
        return before[-1].value
    return article.main_work


def _names_other(article: Article, noun: Token) -> bool:
    """A noun whose own name is not a work: "the stage play Lantern Hill"."""
    for child in noun.children:
        if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN" and \
                article.mention_of(child) is None and child.ent_type_ not in ("ORG",):
            return True
    return False


def _indefinite_work(article: Article, noun: Token) -> bool:
    """"a new series", "two drama projects": a work the article does not name here."""
    if _lem(noun) not in WORK_NOUNS or any(s.start <= noun.i < s.end and s.label_.isdigit()
                                            for s in article.seasons):
        return False  # "a third series" is a season; "a new series" may be another work
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "nummod", "poss")]
    if any(d in ("a", "an", "another", "some", "any", "several") for d in dets):
        return True
    if noun.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in noun.children):
        return True  # "two dramas"
    return noun.tag_ in ("NNS", "NNPS") and not dets


def _in_season_span(article: Article, token: Token) -> bool:
    return any(s.start <= token.i < s.end for s in article.seasons)


def _person_descriptions(article: Article, sentence: Sentence, anchor: Token,
                         casting: bool = False) -> tuple[Mention, ...]:
    """Works named in a description of the person the event's subject is ("X, who won
    an award for Y, is set to star"): not the event's work. The subject of a casting
    is a person even where no name was found."""
    subject = _subject(anchor)
    if subject is None or not (casting or _person(article, subject)):
        return ()
    inside = {t.i for t in subject.subtree}
    return tuple(m for m in sentence.mentions if m.kind == "T" and m.first in inside)


def _season_object(article: Article, verb: Token) -> Token | None:
    """``begins its final season``, ``kicks off season 3``: a season that starts airing."""
    dobj = _dobj(verb)
    if dobj is not None and _lem(dobj) in SEASON_NOUNS and (
            _in_season_span(article, dobj) or any(c.lower_ in ("final", "new", "last")
                                                  for c in dobj.children)):
        return dobj
    return None


def _production_object(verb: Token) -> bool:
    return any(_production_noun(c) for c in verb.children if c.dep_ in ("xcomp", "dobj"))


def _adds_work(article: Article, verb: Token) -> bool:
    """``Hulu will add every season of X on May 1``: a service adds a work."""
    subject = _subject(verb)
    dobj = _dobj(verb)
    if subject is None or dobj is None:
        return False
    mention = article.mention_of(subject)
    return mention is not None and mention.kind in ("N", "C") and (
        _work_mention_in(article, dobj) is not None or _lem(dobj) in SEASON_NOUNS)


def _season_start(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """A season (or a work on a service) starts on a date: scheduled, or released."""
    dobj = _dobj(verb)
    tense = _tense(verb)
    if tense is None and not _dated(article, verb):
        return
    subject = _subject(verb)
    patient = dobj if _lemma(verb) == "add" else subject
    if dobj is None and subject is not None and _in_season_span(article, subject):
        dobj = subject  # "the final series starts on 5 March"
    if patient is not None and _bad_patient(article, patient):
        return
    status = "released" if tense == "past" else "released_or_scheduled"
    if tense == "future":
        status = "premiere_scheduled"
    adds = _lemma(verb) == "add"  # a service adding a library is not a season's premiere
    yield Event(status, "status.added_to_service" if adds else "status.season_starts", verb,
                patient, prefer="future" if status != "released" else "past", own_date=True,
                needs_date=True, season_policy="none" if adds else "attached",
                extra={"season": dobj})


def _expected(verb: Token) -> bool:
    """A shoot that is only expected, planned or hoped for ("is expected to begin")."""
    return any(_lem(link) in ("expect", "plan", "hope", "aim", "intend", "target", "eye", "want")
               for link in _chain(verb) if link != verb) or _lem(verb) == "plan"


def _production_noun(token: Token) -> bool:
    return _lem(token) in PRODUCTION_NOUNS or token.lower_ in ("filming", "shooting", "taping",
                                                               "production", "cameras")


def _progressive(verb: Token) -> bool:
    return verb.tag_ == "VBG" and _has_aux(verb, "be")


def _relcl_head(verb: Token) -> Token | None:
    """The noun a relative clause describes: "its 25th series, which began filming"."""
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def _naming_path(article: Article, token: Token, top: Token) -> bool:
    """Whether ``token`` names ``top`` or a part of it: every arc up to ``top`` is an
    apposition, a compound, a possessor or "of" ("the second season of X")."""
    while token != top:
        mention = article.mention_of(token)
        inside = mention is not None and mention.kind == "T" and mention.first <= \
            token.head.i < mention.last
        named = mention is not None and mention.kind == "T" and (
            _lem(token.head) in WORK_NOUNS | PART_NOUNS)  # a title that parses as a clause
        if not inside and not named and token.dep_ not in NAMING_DEPS and not (
                token.dep_ == "pobj" and token.head.lower_ == "of") and not (
                token.dep_ == "prep" and token.lower_ == "of"):
            return False
        if token.head == token:
            return False
        token = token.head
    return True


def _current_season(article: Article, records: list[Status]) -> Iterator[Status]:
    """A status of the season being made that names no season ("production begins in
    April", "joins the cast") is of the season the article says is coming (renewed for,
    filming, premiering): the highest such season of that work."""
    coming: dict[str, int] = {}  # the season being made: renewed, filmed, cast
    made: dict[str, int] = {}  # the season being made, known from its production
    for record in records:
        if record.status in UPCOMING | {"casting"} and record.season is not None:
            coming[record.work] = max(coming.get(record.work, 0), record.season)
            if record.status != "renewed":
                made[record.work] = max(made.get(record.work, 0), record.season)
    for work, season in _seasons_ahead(article).items():
        if work not in coming:  # "its upcoming fourth season", "casting for season 2"
            coming[work] = made[work] = season
    published = article.published.isoformat()[:7] if article.published else ""
    year_before = f"{int(published[:4]) - 1}{published[4:]}" if published else ""
    ended_before = {r.work for r in records if r.status in ("cancelled", "ended") and r.date
                    and published and r.date[:4] < published[:4]}
    for record in records:
        if record.status == "announced" and record.path == "status.order_new_episodes" and \
                record.work in ended_before:
            record.status, record.path = "revived", "status.order_after_end"
            # new episodes of a show cancelled years ago: a revival
        # a premiere is of the season in production, not of one renewed ahead of it
        source = made if record.status == "premiere_scheduled" else coming
        since = year_before if record.status == "in_production" else published
        if record.season is None and record.status in UPCOMING | {"casting"} and \
                source.get(record.work, 1) > 1 and (record.date or "9")[:7] >= since:
            record.season = source[record.work]  # a shoot that began last month goes on
        yield record


# What marks a season as the one ahead: "its upcoming fourth season", "the new season".
AHEAD_WORDS = {"upcoming", "new", "next", "forthcoming", "coming"}
# Verbs for which "for season N" is a past season's: "nominated for season 2".
HONOUR_VERBS = {"win", "nominate", "earn", "praise", "honour", "honor", "award", "receive"}


def _seasons_ahead(article: Article) -> dict[str, int]:
    """The season of each work that the article says is ahead, with no status of its own:
    "in the drama's upcoming fourth season", "casting its bench for Season 2", "joins
    ahead of season 3". The work is the sentence's one title, else the article's own."""
    out: dict[str, int] = {}
    for span in article.seasons:
        if not span.label_.isdigit() or int(span.label_) < 2:
            continue
        root = span.root
        before = {t.lower_ for t in article.doc[max(span.sent.start, span.start - 2):span.end]}
        head = root.head
        purpose = root.dep_ == "pobj" and (head.lower_ == "for" or (
            head.lower_ == "of" and head.head.lower_ == "ahead")) and \
            _lem(head.head) not in HONOUR_VERBS
        if not (before & AHEAD_WORDS or purpose) or _negated(head.head):
            continue
        sentence = next((s for s in article.sentences
                         if s.first <= span.start < s.last), None)
        titles = {m.value for m in sentence.mentions if m.kind == "T"} if sentence else set()
        work = titles.pop() if len(titles) == 1 else (
            article.main_work if not titles and article.about_main_work else None)
        if work is not None:
            out[work] = max(out.get(work, 0), int(span.label_))
    return out


def _finale_noun(article: Article, sentence: Sentence, noun: Token) -> Iterator[Event]:
    """``watched the fourth-series finale on Saturday``, ``Wednesday's season 3 finale``:
    the season of a dated finale was released."""
    numbers = [n for first, last, ns in _season_spans(article, noun.sent)
               if first <= noun.i + 1 and last >= noun.i - 3 and any(
                   first <= c.i < last for c in noun.children) for n in ns]
    if not numbers or None in numbers:
        return
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj", "appos"):
        return  # (appos: "the season 3 finale", parsed as "season" with "finale" beside it)
    yield Event("released", "status.finale_noun", noun, _noun_patient(noun), needs_date=True,
                own_date=True, extra={"noun_date": True, "season_numbers": numbers})


def _premiere_shape(article: Article, verb: Token, lemma: str) -> bool:
    """The sense of an ambiguous premiere verb: "dropped all episodes" (not "dropped to
    2.4 million"), "hit Netflix" (not "hit No. 1"), "came to Netflix", "opened in
    theaters" (not "opened up", "opens with a scene")."""
    children = list(verb.children)
    dobj = _dobj(verb)
    preps = {c.lower_: c for c in children if c.dep_ in ("prep", "agent", "dative")}
    prt = {c.lower_ for c in children if c.dep_ == "prt"}
    if prt - {"out"} or (lemma != "come" and prt):
        return False
    if lemma == "drop":
        if dobj is not None:
            return _lem(dobj) in ("episode", "season", "series", "installment", "chapter") \
                or _is_work(article, dobj)
        subject = _subject(verb)  # "all ten episodes drop on Friday"
        return subject is not None and (_lem(subject) in ("episode", "season", "installment")
                                        or _in_season_span(article, subject)) and \
            _dated(article, verb) and not any(w in preps for w in ("to", "by", "from", "out"))
    if lemma in ("hit", "arrive", "come"):
        targets = [dobj] if dobj is not None else []
        for word in ("to", "on", "in", "at"):
            if word in preps:
                targets += [c for c in preps[word].children if c.dep_ == "pobj"]
        if lemma == "come" and "out" in prt:
            return True
        return any(_outlet(article, t) for t in targets if t is not None)
    if lemma == "open":
        with_obj = [c for c in preps["with"].children] if "with" in preps else []
        if "up" in prt or any(not (o.like_num or o.ent_type_ in ("MONEY", "CARDINAL") or any(
                c.like_num for c in o.children)) for o in with_obj):
            return False  # "opens with a scene" is plot; "opened with $6 million" is not
        return dobj is None or _is_work(article, dobj)
    if lemma == "screen":
        return dobj is None or _is_work(article, dobj)
    if lemma == "air":
        return dobj is None or _is_work(article, dobj) or _lem(dobj) in ("episode",
                                                                          "season")
    if lemma in ("premiere", "debut", "launch", "bow", "release", "stream"):
        return dobj is None or _is_work(article, dobj) or _lem(dobj) in PART_NOUNS
    return True


def _outlet(article: Article, token: Token) -> bool:
    mention = article.mention_of(token)
    if mention is not None and mention.kind in ("N", "C"):
        return True
    return token.lower_ in OUTLET_NOUNS or _lem(token) in OUTLET_NOUNS


def _return(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """``will return for a third season`` renews; ``returns Jan. 5`` schedules;
    ``returned for its fourth season`` (past) is released; ``will not return`` (a
    decision about the work) cancels. ``comes back``/``will be back`` read the same."""
    patient = _patient(verb)
    if patient is None or _bad_patient(article, patient, parts_ok=True):
        return
    if _dobj(verb) is not None or _to_role(article, verb) or _pobj(verb, "as") is not None:
        return  # "returned the favour", "returns to the role", "returns as the nurse"
    if verb.dep_ in ("xcomp", "pcomp", "pobj") and not _future(verb):
        return  # "to see it return", "after returning"
    if _negated(verb):
        if _dated(article, verb) or _pobj(verb, "before") is not None or \
                _pobj(verb, "until") is not None:
            return  # "will not return before next year": a delay, not an ending
        if _tense(verb) in ("future", "present", None):
            yield Event("cancelled", "status.not_return", verb, patient, season_policy="none")
        return
    tense = _tense(verb)
    if tense == "past":
        if _season_tokens(article, verb) and _dated(article, verb):
            yield Event("released", "status.returned", verb, patient)
        return
    yield Event("premiere_scheduled", "status.return_date", verb, patient, prefer="future",
                own_date=True, extra={"or_renewed": tense == "future"})


def _to_role(article: Article, verb: Token) -> bool:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ == "pobj" and not _outlet(article, obj):
                    return True
    return False


def _end(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """``X will end with its fifth season`` / ``X ended in 1989`` / ``X ended its run``
    end a work; a season that ended was released; ``ended with <a scene>`` is plot."""
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "amod", "pcomp"):
        return
    tense = _tense(verb)
    if tense not in ("past", "future"):
        return  # "it ends on a close-up of ...": plot told in the present
    children = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in ("well", "badly", "happily", "sadly", "there")
           for c in children):
        return  # "this will end well": a judgement, no ending
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if any(c.dep_ == "prt" for c in children) or (after is not None and after.lower_ == "up"):
        return  # "ended up third at the box office": a phrasal verb, no ending
    dobj = _dobj(verb)
    with_obj = [o for p in children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ in ("pobj", "pcomp")]
    subject = _subject(verb)
    if subject is None and dobj is None:
        return
    if with_obj and not all(_lem(o) in SEASON_NOUNS | {"episode", "finale"}
                            for o in with_obj) and not (
            tense == "future" and subject is not None and not _in_season_span(article, subject)
            and _lem(subject) not in PART_NOUNS - {"series"} and not _bad_patient(article,
                                                                                subject)):
        return  # "the season ended with a wedding": plot; "X will end with ..." is news
    if dobj is not None:
        if _lem(dobj) in ("run", "tenure", "stint"):
            patient = subject
            if patient is None or _bad_patient(article, patient):
                return
            yield Event("ended", "status.end_run", verb, patient, season_policy="none")
        elif _lem(dobj) in SEASON_NOUNS and _season_tokens(article, dobj):
            if subject is None or _bad_patient(article, subject):
                return
            yield Event("released", "status.season_ended", verb, dobj)
        return
    if subject is not None and _in_season_span(article, subject) and not with_obj:
        yield Event("released", "status.season_ended", verb, subject)
        return
    if subject is None or _lem(subject) in PART_NOUNS - {"series"}:
        return  # "the finale ended", "the episode ended"
    if _bad_patient(article, subject):
        return
    yield Event("ended", "status.end_verb", verb, subject)


def _wrap(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """``wrapped production`` / ``has wrapped`` / ``production wrapped`` /
    ``wrapped its second season``; not ``wrapped its run`` nor ``wrapped up in``."""
    children = list(verb.children)
    if any(c.dep_ == "prt" for c in children) or verb.dep_ == "amod":
        return
    dobj = _dobj(verb)
    subject = _subject(verb)
    if dobj is not None and _lem(dobj) in ("run", "year", "tenure"):
        return
    if dobj is not None and not (_lem(dobj) in PRODUCTION_NOUNS | SEASON_NOUNS
                                 or _is_work(article, dobj)):
        return
    patient = dobj if dobj is not None and _lem(dobj) in SEASON_NOUNS else None
    if patient is None:
        patient = subject if subject is not None and not _person(article, subject) else dobj
    if patient is not None and _lem(patient) in PRODUCTION_NOUNS:
        patient = None  # "production wrapped": the work comes from the clause
    if patient is not None and _bad_patient(article, patient, parts_ok=True):
        return
    if (_tense(verb) is None and not _has_aux(verb, "have")) or _tense(verb) == "future":
        return  # "the shoot will wrap in the spring" has not wrapped
    yield Event("wrapped", "status.wrap_verb", verb, patient)


def _shoot(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """``is filming`` / ``will shoot this summer``: a shoot is news when it is under way or
    dated ahead; ``was shot in 2016`` is the history of a finished work."""
    if any(c.dep_ == "prt" for c in verb.children) or verb.dep_ in ("amod", "compound"):
        return
    if verb.dep_ in ("xcomp", "dobj") and _lemma(verb.head) in BEGIN_VERBS | FINISH_VERBS:
        return  # "began filming": the begin verb reads it
    patient = _patient(verb)
    if patient is not None and _bad_patient(article, patient, parts_ok=True):
        return
    tense = _tense(verb)
    progressive = verb.tag_ == "VBG" and _has_aux(verb, "be")
    if progressive and any(c.dep_ in ("mark", "advmod") and c.lower_ in HABIT_MARKS
                           for c in verb.children):
        return  # "they never read reviews while they are filming": a habit, not news
    if progressive:
        yield Event("in_production", "status.filming_now", verb, patient)
    elif tense == "future" and not _expected(verb):
        yield Event("in_production", "status.shoot_future", verb, patient, needs_date=True,
                    own_date=True, prefer="future", extra={"direct_date": True})


def _listed_noun(token: Token) -> bool:
    """``the writers, producers and cast``: a word the tagger read as a verb that closes a
    list of nouns (after "and"/"or" and a noun, with no subject of its own) is a noun."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ not in ("and", "or", "&"):
        return False
    before = doc[token.i - 2]
    return before.pos_ in ("NOUN", "PROPN") and before.tag_ in ("NNS", "NNPS", "NN") and \
        _subject(token) is None and not any(c.dep_ in ("aux", "auxpass") for c in token.children)


# Words that open a clause of habit: "while they are filming".
HABIT_MARKS = {"while", "when", "whenever"}
# Nouns "cast" makes a compound with: "cast members", "the cast list".
CAST_COMPOUNDS = {"member", "members", "mate", "mates", "list", "photo", "reunion", "party",
                  "dinner", "interview", "interviews", "panel"}


def _cast(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """``X has been cast as A`` / ``has cast X as A`` / ``roles are being cast``."""
    dobj = _dobj(verb)
    if dobj is not None and not (_person(article, dobj) or _lem(dobj) in ("role", "part")):
        return  # "cast doubt", "cast a vote"
    if verb.pos_ == "NOUN" or _listed_noun(verb):
        return
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ in CAST_COMPOUNDS:
        return  # "cast members of X signed autographs": the cast, tagged as a verb
    if _tense(verb) is None and not _has_aux(verb, "be"):
        return
    subject = _subject(verb)
    if dobj is not None and subject is not None and _person(article, subject) and \
            _tense(verb) == "past" and not _has_aux(verb, "have"):
        return  # "he cast her after one audition": a story told of the past
    yield Event("casting", "status.cast_verb", verb, _in_work(verb))


# Nouns a buyer wins or closes for a work: "won the auction for X", "closed a deal for X".
DEAL_NOUNS = {"auction", "deal", "rights", "right", "war", "battle", "pact", "agreement"}
# What a work that is already out does: its sale is no news of a new work.
SHOWN_LEMMAS = {"premiere", "screen", "debut", "festival", "release", "open"}


def _acquire(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """A buyer lands, acquires or wins the rights to a work not yet made or shown: ``A24
    has landed X``, ``acquired the rights to X``, ``won the auction for X``, ``closed a
    deal for X``. A film bought after it premiered (a festival sale) is not announced."""
    if _tense(verb) in ("present", None) and not _has_aux(verb, "have"):
        return
    subject = _subject(verb)
    if subject is None or _person(article, subject) or subject.lower_ in PERSON_PRONOUNS:
        return  # "Ada Kerr landed the lead": a role, not a sale
    patient = _dobj(verb)
    if patient is None:
        return  # "landed in fourth place"
    if _lem(patient) in DEAL_NOUNS or (_lemma(verb) in ("snap", "buy") and
                                       _work_mention_in(article, patient) is None):
        preps = [*patient.subtree, *(c for c in verb.children if c.dep_ == "prep")]
        patient = next((o for t in preps if t.dep_ == "prep" and t.lower_ in ("for", "to", "on")
                        for o in t.children if o.dep_ == "pobj"
                        and _work_mention_in(article, o) is not None), None)
    elif _lemma(verb) in ("win", "close", "strike", "ink", "seal", "clinch"):
        return  # "won an Emmy", "closed the season"
    if patient is None or _work_mention_in(article, patient) is None:
        return
    if any(_lem(t) in SHOWN_LEMMAS for t in article.doc[sentence.first : sentence.last]):
        return
    yield Event("announced", "status.acquire_verb", verb, patient, season_policy="none")


_VERB_HANDLERS = {
    "renew": _renew, "cancel": _cancel, "revive": _revive, "order": _order,
    "premiere": _premiere, "return": _return, "end": _end, "wrap": _wrap, "shoot": _shoot,
    "cast": _cast, "develop": _develop, "adapt": _adapt, "pick": _pick, "bring": _bring,
    "acquire": _acquire,
}


def _production_verbs(article: Article, sentence: Sentence, verb: Token,
                      lemma: str) -> Iterator[Event]:
    """``began filming`` / ``production got under way`` / ``cameras rolled`` /
    ``completed its shoot`` / ``entered production``."""
    if lemma not in BEGIN_VERBS | FINISH_VERBS | {"be", "continue", "plan", "schedule",
                                                  "set"}:
        return
    if any(c.dep_ == "mark" and c.lower_ in ("before", "until", "once", "after", "when")
           for c in verb.children):
        return  # "before the shoot restarts": another event's time
    children = list(verb.children)
    subject = _subject(verb)
    objects = [c for c in children if c.dep_ in ("xcomp", "dobj")]
    under_way = any(c.lower_ in ("underway", "under") or c.lower_ == "way" for c in
                    verb.subtree if c.head == verb or c.head.head == verb)
    in_production = any(p.lower_ in ("in", "into") and any(
        o.lower_ == "production" for o in p.children if o.dep_ == "pobj")
        for p in children if p.dep_ == "prep")
    noun_subject = subject is not None and _production_noun(subject)
    noun_object = any(_production_noun(o) or (_lem(o) == "work" and _pobj(o, "on") is not None)
                      for o in objects)  # "began filming", "started work on season 3"
    in_production = in_production or (lemma == "enter" and noun_object)
    finished = lemma in FINISH_VERBS - {"wrap"}
    if finished:
        if (noun_object or (noun_subject and lemma != "conclude")) and (
                _tense(verb) in ("past", "present") or _has_aux(verb, "have")):
            yield Event("wrapped", "status.finish_shoot", verb, _relcl_head(verb))
        return
    if lemma == "be" and not (in_production or (noun_subject and under_way)):
        return
    if lemma in ("enter", "go", "move", "head") and not in_production:
        return
    if lemma in ("plan", "schedule", "set") and not (noun_subject and _dated(article, verb)):
        return
    if lemma == "roll" and not (subject is not None and _lem(subject) in ("camera",
                                                                         "cameras")):
        return
    if lemma == "get" and not (noun_subject and under_way):
        return
    if lemma in BEGIN_VERBS - {"roll", "get", "enter", "go", "move", "head"} and not (
            noun_subject or noun_object or _rolling(verb)):
        return
    if lemma == "continue" and not noun_subject:
        return
    tense = _tense(verb)
    patient = _relcl_head(verb)
    if tense == "future" or _under_schedule(verb) or lemma in ("schedule", "set") or (
            tense == "present" and lemma != "be" and not _progressive(verb)):
        # "begins filming in April", "will begin shooting next month": a dated shoot to
        # come; "is expected to begin", "is planned for": not yet a fact
        if not _expected(verb):
            yield Event("in_production", "status.begin_production", verb, patient,
                        prefer="future", needs_date=True, own_date=True)
        return
    if tense is not None or lemma == "be":
        path = "status.in_production" if lemma == "be" or in_production else \
            "status.begin_production"
        yield Event("in_production", path, verb, patient)


def _rolling(verb: Token) -> bool:
    """``cameras started rolling``."""
    return any(_lem(c) == "roll" for c in verb.children if c.dep_ == "xcomp")


def _idioms(article: Article, sentence: Sentence, verb: Token, lemma: str) -> Iterator[Event]:
    """``pulled the plug on X``, ``the axe fell on X``, ``got the green light``, ``came
    to a close``, ``drew to an end``, ``joins the cast``, ``has earned another season``,
    ``handed X a second series``."""
    children = list(verb.children)
    dobj = _dobj(verb)
    subject = _subject(verb)
    if lemma == "pull" and dobj is not None and _lem(dobj) == "plug":
        yield Event("cancelled", "status.pull_plug", verb, _pobj(verb, "on") or
                    _pobj(dobj, "on"), season_policy="none")
    elif lemma == "fall" and subject is not None and _lem(subject) in ("axe", "ax"):
        yield Event("cancelled", "status.axe_fell", verb, _pobj(verb, "on"),
                    season_policy="none")
    elif lemma in ("come", "draw", "grind") and _to_end(verb):
        patient = subject
        if patient is None or _bad_patient(article, patient, parts_ok=True):
            return
        if _season_tokens(article, patient):
            yield Event("released", "status.season_came_to_end", verb, patient)
        elif _lem(patient) not in PART_NOUNS:
            yield Event("ended", "status.came_to_end", verb, patient)
    elif lemma in ("strike", "reach", "sign", "ink", "close", "cut") and dobj is not None and \
            _lem(dobj) in ("deal", "agreement", "pact") and _later_season(article, verb, None):
        yield Event("renewed", "status.deal_for_seasons", verb, _pobj(verb, "with") or
                    _pobj(dobj, "with"))
    elif lemma in BOX_OFFICE_VERBS and subject is not None and _box_office(verb):
        # "X took first place with $40 million", "came third with $8 million"
        yield Event("released", "status.box_office", verb, subject, season_policy="none")
    elif lemma in ("be", "have", "remain") and _in_development(verb) and not _negated(verb):
        # "X is in development at HBO", "HBO has X in development"
        patient = dobj if lemma == "have" else subject
        if patient is not None and _in_season_span(article, patient):
            yield Event("renewed", "status.season_in_development", verb, patient)  # "season 2"
        elif patient is not None and not _bad_patient(article, patient):
            yield Event("announced", "status.in_development", verb, patient,
                        season_policy="none")
    elif lemma in ("get", "give", "receive", "earn", "win", "land", "hand", "grant", "secure",
                   "score", "nab") and dobj is not None:
        yield from _given(article, sentence, verb, dobj)
    elif lemma in ("join", "assemble", "expand", "bolster", "unveil", "add", "set") and \
            _cast_object(verb):
        if verb.tag_ == "VBG" or (lemma == "join" and not _has_person_subject(article, verb)):
            return  # "joining the cast are ...": a list, not the news
        yield Event("casting", "status.join_cast", verb, None)
    elif lemma in ("tap", "set", "announce", "sign", "attach") and _to_star(verb):
        if verb.tag_ != "VBG" and (_tense(verb) is not None or _has_aux(verb, "be")):
            star = next(c for c in verb.children if c.dep_ == "xcomp")
            yield Event("casting", "status.set_to_star", verb, _in_work(star))
    elif lemma == "play" and _future(verb) and _has_person_subject(article, verb) and not \
            _negated(verb) and _in_work(verb) is not None:
        # "X will play the lead in the adaptation of Y": a part in a work the clause names
        yield Event("casting", "status.will_play", verb, _in_work(verb))
    elif lemma == "be" and any(c.dep_ == "acomp" and c.lower_ == "available"
                               for c in children):
        yield from _available(article, sentence, verb)
    elif lemma in ("make", "produce", "film", "shoot") and _negated(verb) and dobj is not None \
            and _lem(dobj) == "episode" and any(c.lower_ in ("more", "further", "new")
                                                  for c in dobj.subtree):
        yield Event("cancelled", "status.no_more_episodes", verb, _pobj(dobj, "of") or dobj,
                    season_policy="none")
    elif lemma == "direct" and verb.tag_ == "VBG" and _has_aux(verb, "be") and dobj is not None \
            and _work_mention_in(article, dobj) is not None and not _negated(verb):
        yield Event("in_production", "status.directing_now", verb, dobj)


# Verbs a box-office report gives a film in release: "took first place", "came
# third", "had a slow start", "earned $9 million".
BOX_OFFICE_VERBS = {"take", "land", "finish", "place", "come", "start", "have", "earn",
                    "gross", "collect", "rake", "pull", "debut", "open", "top", "lead"}
THEATER_WORDS = {"theater", "theaters", "theatre", "theatres", "locations", "cinemas",
                 "screens", "box", "office", "weekend", "spot", "place"}


def _in_development(verb: Token) -> bool:
    """"is (currently) in (early) development": now, not once."""
    if verb.tag_ not in ("VBZ", "VBP") or _future(verb):
        return False
    dobj = _dobj(verb) if _lem(verb) == "have" else None
    heads = [verb] if dobj is None else [verb, dobj]  # "has X in development": on either
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.lower_ == "development":
                    return True  # not "in the works", said of a shoot as often as a plan
    return False


def _box_office(verb: Token) -> bool:
    """A past box-office result: a sum of money in the verb's own clause with theaters, a
    chart place or the weekend ("with $8.1 million from 2,910 theaters", "in fourth")."""
    if _future(verb) or _tense(verb) != "past":
        return False
    words = [t for t in verb.subtree if not _crosses_clause(t, verb)]
    if any(t.lower_ in ("weekend", "week", "frame") and any(
            c.lower_ in ORDINALS and ORDINALS[c.lower_] > 1 for c in t.children) for t in words):
        return False  # "in its third weekend": a holdover, not a release this week
    money = any(t.ent_type_ == "MONEY" for t in words)
    placed = any(t.ent_type_ == "ORDINAL" or t.lower_ in THEATER_WORDS for t in words)
    return money and placed


def _available(article: Article, sentence: Sentence, verb: Token) -> Iterator[Event]:
    """``is now available on X`` (released) / ``will be available ... beginning March 31``."""
    subject = _subject(verb)
    if subject is None or _bad_patient(article, subject):
        return
    tense = _tense(verb)
    if tense == "future":
        yield Event("premiere_scheduled", "status.available_future", verb, subject,
                    prefer="future", own_date=True)
    elif any(c.lower_ == "now" for c in verb.children):
        yield Event("released", "status.available_now", verb, subject)


def _in_work(verb: Token) -> Token | None:
    """The work a part is played in: "to play the lead in the adaptation of X"."""
    for token in (verb, *[c for c in verb.children if c.dep_ == "dobj"]):
        obj = _pobj(token, "in")
        if obj is not None:
            return obj
    return None


def _given(article: Article, sentence: Sentence, verb: Token, dobj: Token) -> Iterator[Event]:
    """``got the green light`` / ``handed X a second series`` / ``earned another season``
    / ``handed a straight-to-series order to X``."""
    lemma = _lemma(verb)
    green = _lem(dobj) == "light" and any(c.lower_ in ("green",) for c in dobj.children)
    if green or _lem(dobj) in ("greenlight", "green-light", "go-ahead"):
        patient = _recipient(verb)
        if patient is not None and _bad_patient(article, patient):
            return
        if _later_season(article, verb, patient):
            yield Event("renewed", "status.green_light_season", verb, patient)
        else:
            yield Event("announced", "status.green_light", verb, patient, season_policy="none")
        return
    if _lem(dobj) in SEASON_NOUNS and lemma in ("get", "earn", "hand", "land", "win", "give",
                                                 "secure", "score", "nab", "grant"):
        numbers = _season_numbers_at(article, dobj)
        if not numbers or numbers[0] is None and not _another(dobj):
            return
        if numbers[0] is not None and numbers[0] < 2:
            return
        if _tense(verb) is None and lemma != "get":
            return
        patient = _recipient(verb)
        if patient is not None and _bad_patient(article, patient):
            return
        yield Event("renewed", "status.given_season", verb, patient, extra={"season": dobj})


def _another(token: Token) -> bool:
    return any(c.lower_ in ("another", "new", "next", "further") for c in token.children)


def _recipient(verb: Token) -> Token | None:
    """Who gets what was given: the subject of "got", the dative of "handed X a ..."."""
    for child in verb.children:
        if child.dep_ == "dative":
            if child.lower_ == "to":
                return next((o for o in child.children if o.dep_ == "pobj"), None)
            return child
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    if _lemma(verb) in ("hand", "give", "grant"):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objs) > 1:
            return objs[0]
        return None
    return _subject(verb)


def _to_end(verb: Token) -> bool:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            if any(o.lower_ in ("end", "close", "halt", "conclusion") for o in prep.children):
                return True
    return False


def _cast_object(verb: Token) -> bool:
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "for")
              for o in p.children if o.dep_ == "pobj"]
    words = ("cast", "ensemble") if _lemma(verb) == "set" else ("cast", "ensemble", "lineup",
                                                                "line-up")
    return any(_lem(n) in words for n in nouns)  # "set its lineup" is a schedule


def _to_star(verb: Token) -> bool:
    """``tapped to star``, ``set to play``, ``announced to star as``."""
    return any(c.dep_ == "xcomp" and _lem(c) in ("star", "play", "lead", "co-star", "voice",
                                                  "portray", "headline", "topline")
               for c in verb.children)


# --- nouns -------------------------------------------------------------------------------

def _noun_events(article: Article, sentence: Sentence, noun: Token) -> Iterator[Event]:
    lemma = noun.lemma_.lower()
    kind = NOUN_EVENTS.get(lemma)
    if lemma == "casting" and (any(c.lower_ == "call" for c in noun.children) or
                               noun.head.lower_ in ("call", "calls")):
        yield Event("casting", "status.casting_call", noun, None,  # "an open casting call"
                    extra={"report_date": True})
        return
    if kind is None:
        yield from _production_nouns(article, sentence, noun, lemma)
        return
    if _negated_noun(noun):
        return
    if kind == "order":
        yield from _order_noun(article, sentence, noun)
    elif kind == "finale":
        yield from _finale_noun(article, sentence, noun)
    elif kind == "premiere":
        yield from _premiere_noun(article, sentence, noun)
    elif kind == "renew":
        if _lem(noun.head) in ("come", "follow") and noun.dep_ == "nsubj" and not \
                _season_tokens(article, noun):
            return  # "The renewal follows ...": a renewal told before
        yield Event("renewed", f"status.{lemma}_noun", noun, _noun_patient(noun))
    elif kind == "cancel":
        yield Event("cancelled", "status.cancellation_noun", noun, _noun_patient(noun),
                    season_policy="none")
    elif kind == "revive":
        if noun.head.dep_ == "pobj" and noun.dep_ == "compound":
            return
        head = noun.head
        if noun.dep_ in ("nsubj", "nsubjpass") or (noun.dep_ == "pobj" and head.lower_ in (
                "on", "of") and _lem(head.head) in ("production", "premiere", "shoot")):
            return  # "the revival premieres", "production on the revival": not news of one
        head_verb = noun.head if noun.dep_ != "pobj" else noun.head.head
        if _lem(head_verb) in REPORT_VERBS | {"order", "greenlight", "commission", "get",
                                              "land", "give", "set", "plan", "confirm"} or \
                noun.dep_ in ("ROOT", "appos", "attr"):
            yield Event("revived", "status.revival_noun", noun, _noun_patient(noun),
                        season_policy="none")


def _order_noun(article: Article, sentence: Sentence, noun: Token) -> Iterator[Event]:
    """``a series order``, ``a straight-to-series order``, ``a 13-episode order``, ``the
    pilot order``, ``a new commission``; ``a season 3 order`` renews."""
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "nummod")]
    words = {t.lower_ for m in mods for t in m.subtree}
    if _lem(noun) == "order" and not (
            words & {"series", "pilot", "straight-to-series", "episode", "season", "script",
                     "film", "production", "straight", "-", "two-season", "multi-season"}
            or any("-episode" in w or "-season" in w for w in words)):
        return  # "in order to", "the running order"
    if _lem(noun) == "commission" and not any(c.lower_ in ("new", "fresh")
                                               for c in noun.children):
        return  # "turned down a commission"; "a new commission: X" is an order
    patient = _noun_patient(noun)
    if patient is None and noun.dep_ == "dobj":
        subject = _subject(noun.head)
        if subject is not None and _joined_noun(subject) in DERIVED_WORK_NOUNS:
            return  # "its spin-off has a series order": an unnamed other work's order
    if _later_season(article, noun, patient) or words & {"two-season", "multi-season"}:
        yield Event("renewed", "status.order_noun_season", noun, patient)
    else:
        yield Event("announced", "status.order_noun", noun, patient, season_policy="none")


def _joined_noun(noun: Token) -> str:
    """A noun with the pieces the tokenizer split off it ('spin - off' is 'spin-off'),
    else its lemma."""
    word = hyphenated_word(noun)
    return word if word != noun.lower_ else _lem(noun)


def _premiere_noun(article: Article, sentence: Sentence, noun: Token) -> Iterator[Event]:
    """``set a Sept. 18 premiere``, ``ahead of a return next autumn``, ``since its Nov.
    22 release``, ``the season 3 premiere is set for Oct. 4``: dated premieres."""
    if noun.dep_ == "compound" or _lem(noun.head) in ("date", "week", "night", "party",
                                                       "screening", "episode"):
        return
    if any(_lem(c) in ("date", "week", "party") for c in noun.children if c.dep_ == "compound"):
        return
    if noun.lower_ in ("return", "returns") and noun.dep_ in ("nsubj", "nsubjpass"):
        return  # "its return was announced": the date is the announcement's
    head = noun.head
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    patient = _noun_patient(noun)
    if patient is not None and (_person(article, patient) or _bad_patient(article, patient)):
        return  # "her 2010 debut", "the app's launch": not a work's premiere
    if patient is None and verb.pos_ in ("VERB", "AUX") and (_passive(verb) or
                                                             _lem(verb) == "be"):
        subject = _subject(verb)
        if subject is not None and subject != noun and _bad_patient(article, subject):
            return  # "a spin-off board game is due for release": not the work's premiere
    tense = _tense(verb) if verb.pos_ in ("VERB", "AUX") else None
    season_noun = any(_lem(c) in SEASON_NOUNS or _in_season_span(article, c)
                      for c in noun.children)
    policy = "first" if _lem(noun) in ("premiere", "debut", "launch") and not season_noun \
        else "attached"
    scope: dict[str, object] = {"noun_date": True}  # its own date, or the one its verb sets
    if head.lower_ in ("since", "after", "following") or (tense == "past" and _lemma(verb) in (
            "have", "follow", "be", "hold") and _lemma(verb) not in SCHEDULE_VERBS):
        yield Event("released", "status.premiere_noun_past", noun, patient, needs_date=True,
                    own_date=True, season_policy=policy, extra=scope)
        return
    yield Event("released_or_scheduled", "status.premiere_noun", noun, patient,
                prefer="future", own_date=True, season_policy=policy, extra=scope)


def _production_nouns(article: Article, sentence: Sentence, noun: Token,
                      lemma: str) -> Iterator[Event]:
    """``is currently in production`` (no verb of its own, "a film in production")."""
    if lemma != "production" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return
    prep = noun.head
    if prep.head.pos_ in ("VERB", "AUX"):
        return  # the verb reads it
    if any(c.lower_ in ("pre", "post", "-") for c in noun.children):
        return
    yield Event("in_production", "status.in_production_noun", prep.head, None)


def _negated_noun(noun: Token) -> bool:
    """``no premiere date``, ``has not set a release date``."""
    if any(c.lower_ in ("no",) for c in noun.children):
        return True
    head = noun.head
    if _lem(head) in ("date",) and any(c.lower_ == "no" for c in head.children):
        return True
    return _negated(head) if head.pos_ in ("VERB", "AUX") else False


def _noun_patient(noun: Token) -> Token | None:
    """Whose event a noun is: ``its renewal``, ``the revival of X``, ``a renewal for X``;
    else the receiver of the verb it is the object of (``handed X a renewal``)."""
    for child in noun.children:
        if child.dep_ == "poss" and not (child.ent_type_ in ("DATE", "TIME") or _lem(child) in (
                "week", "weekend", "year", "month", "night", "day", "today", "yesterday")):
            return child  # "its premiere", not "last week's premiere"
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "to"):
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    head = noun.head
    if noun.dep_ == "dobj" and _lem(head) in ("get", "receive", "earn", "land", "score", "win"):
        return _subject(head)  # "X gets a Sunday launch"
    if noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX"):
        recipient = _recipient(head)
        if recipient is not None and recipient != _subject(head):
            return recipient
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "to"):
                obj = next((o for o in child.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


# --- "final season" ----------------------------------------------------------------------

def _final_events(article: Article, sentence: Sentence, adj: Token) -> Iterator[Event]:
    """``a sixth and final season``, ``its farewell season``, ``the final episodes of X``,
    ``will be its last`` / ``would be the show's final season``."""
    low = adj.lower_
    if low not in ("final", "farewell", "last"):
        return
    noun = adj.head if adj.dep_ in ("amod", "conj") else None
    if noun is not None and noun.dep_ == "amod":
        noun = noun.head
    if noun is not None and adj.dep_ == "conj":
        noun = noun.head if noun.pos_ == "ADJ" else noun
    if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
        if low == "last":
            return  # "last season" is the one before
        if _lem(noun) not in SEASON_NOUNS | {"episode"}:
            return
        if _lem(noun) == "season" and noun.dep_ in ("npadvmod",):
            return
        patient = _season_patient(noun)
        if noun.dep_ == "pobj" and _lemma(noun.head.head) not in VERB_EVENTS.keys() | \
                BEGIN_VERBS | {"end", "conclude", "be"}:
            return  # "guested on the final season of X": named in passing
        if _lem(noun) == "episode" and (patient is None or _work_mention_in(
                article, patient) is None) and not (noun.dep_ in ("nsubj", "nsubjpass") and
                                                   _lem(noun.head) in ("air", "be")):
            return  # "a twist in the final episode": a scene, not an ending
        predicate = noun.dep_ == "attr" and _lem(noun.head) == "be"
        yield Event("ended", "status.final_season", noun, patient,
                    extra={"any_season": predicate, "final": True, "report_date": True})
        return
    if adj.dep_ in ("attr", "acomp") and _lem(adj.head) == "be" and low in ("last", "final"):
        subject = _subject(adj.head)
        yield Event("ended", "status.will_be_last", adj.head, subject,
                    extra={"any_season": True, "final": True, "report_date": True})


def _season_patient(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss" or child.dep_ == "prep" and child.lower_ == "of":
            if child.dep_ == "poss":
                return child
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


# --- arguments ---------------------------------------------------------------------------

def _subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through ``xcomp`` ("is set to premiere"; the
    object of "set X to premiere"), a coordinated verb ("premiered in May and was
    renewed") and a relative clause ("X, which premiered in May": X)."""
    token = verb
    if _verbal_noun(verb):
        owner = next((c for c in verb.children if c.dep_ in ("poss", "nsubj", "amod",
                                                             "compound")), None)
        if owner is None and verb.head != verb and verb.head.pos_ in ("NOUN", "PROPN"):
            owner = verb.head  # "its sophomore run premieres Thursday"
        return owner  # "The comedy's returns for ...": a verb read as a noun
    for _ in range(4):
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "expl"):
                if child.lower_ in ("which", "that", "who") and token.dep_ == "relcl":
                    return token.head
                return child
        if token.dep_ in ("xcomp", "conj", "advcl") and token.head != token:
            if token.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to"
                                                 for c in token.children):
                break
            if token.dep_ in ("xcomp", "advcl"):
                controller = _dobj(token.head)
                if controller is not None and controller.i < token.i:
                    return controller  # "set its new drama to premiere"
            token = token.head
            continue
        if token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return token.head
        break
    return None


def _patient(verb: Token) -> Token | None:
    """The argument of a verb that the event happens to: the object when there is one
    ("Fox renewed X"), else the subject ("X premiered", "X was renewed")."""
    children = list(verb.children)
    dobj = _dobj(verb)
    if dobj is not None:
        return dobj
    for child in children:
        if child.dep_ == "nsubjpass":
            return _relative(verb, child)
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "on" and _lemma(verb) in ("pull", "fall"):
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    if verb.dep_ == "amod" and any(c.dep_ == "nsubj" for c in children):
        return verb.head  # a finite verb the parser hung on its object's name
    if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBN" and not any(
            c.dep_ == "nsubj" for c in children):
        return verb.head  # "the sitcom it cancelled in 2009", "the show, renewed in May"
    subject = _subject(verb)
    if subject is not None and _transitive_agent(verb):
        if verb.dep_ == "relcl" and subject == verb.head:
            return None  # "the network, which renewed ..." left its object unnamed
        if verb.dep_ == "relcl":
            return verb.head  # "the drama that HBO renewed"
        return None  # "Netflix renewed" with no object named
    return subject


def _dobj(verb: Token) -> Token | None:
    """The direct object, unless it is a date the parser hung there ("premiered Jan. 25")."""
    for child in verb.children:
        if child.dep_ == "dobj" and not (child.ent_type_ in ("DATE", "TIME") and _lem(child)
                                             not in PART_NOUNS):
            return child
    return None


def _relative(verb: Token, subject: Token) -> Token:
    if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        return verb.head
    return subject


def _transitive_agent(verb: Token) -> bool:
    """Whether the subject of this verb is the one who acts on the work (a network that
    renews, orders, cancels), not the work itself."""
    lemma = _lemma(verb)
    if lemma in ("renew", "recommission", "cancel", "axe", "ax", "scrap", "ditch", "revive",
                 "resurrect", "order", "greenlight", "commission", "pick", "develop",
                 "adapt", "bring", "release"):
        return not _passive(verb)
    return False


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "amod") and not any(
            c.dep_ == "nsubj" for c in verb.children))


def _pobj(token: Token, prep_word: str) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == prep_word:
            return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _person(article: Article, token: Token) -> bool:
    """A person: a person mention, a personal pronoun, a role noun ("the actor")."""
    mention = article.mention_of(token)
    if mention is not None:
        return mention.kind == "P"
    if token.lower_ in PERSON_PRONOUNS or (_lem(token) in PERSON_NOUNS and not
                                           _in_season_span(article, token)):
        return True
    return token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and not _is_work(article, token)


def _has_person_subject(article: Article, verb: Token) -> bool:
    subject = _subject(verb)
    return subject is not None and (_person(article, subject) or any(
        _person(article, c) for c in subject.conjuncts))


def _is_work(article: Article, token: Token) -> bool:
    mention = article.mention_of(token)
    if mention is not None and mention.kind == "T":
        return True
    return any((m := article.mention_of(t)) is not None and m.kind == "T"
               for t in token.subtree if t.dep_ in ("appos", "compound", "poss") or t == token)


def _bad_patient(article: Article, patient: Token | None, parts_ok: bool = True) -> bool:
    """A patient that is not a work: a person, a company, a trailer, a time slot."""
    if patient is None:
        return False
    if _in_season_span(article, patient):
        return False
    mention = _work_mention_in(article, patient)
    if mention is not None:
        # "the X trailer", "Top 10 figures", "a video game, X": a thing of or named like a
        # work, not the work
        return patient.pos_ == "NOUN" and not (mention.first <= patient.i < mention.last) and \
            _lem(patient) not in WORK_NOUNS | PART_NOUNS and patient.lower_ not in WORK_PRONOUNS
    if _person(article, patient):
        return True
    mention = article.mention_of(patient)
    if mention is not None and mention.kind != "T":
        return True
    low = patient.lower_
    if low in WORK_PRONOUNS:
        return False
    if _lem(patient) in WORK_NOUNS or (parts_ok and _lem(patient) in PART_NOUNS):
        return False
    return True


# --- negation, modality, tense -----------------------------------------------------------

def _chain(token: Token) -> list[Token]:
    """The token and the verbs it hangs from in its own clause ("is set to premiere":
    premiere, set)."""
    out = [token]
    while (token.dep_ in ("xcomp", "aux", "auxpass", "acomp") or (
            token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in token.children))) and token.head != token:
        token = token.head
        out.append(token)
    return out


def _negated(token: Token) -> bool:
    for link in _chain(token):
        for child in link.children:
            if child.dep_ == "neg" or child.lower_ in ("never",) and child.dep_ == "advmod":
                return True
            if child.lower_ == "yet" and any(c.lower_ == "to" for c in link.children):
                return True
        if _lem(link) in ("fail", "refuse", "decline") and link != token:
            return True
    return False


def _hedged(event: Event) -> bool:
    """A possibility, a wish, a talk, a condition, a denial: no event."""
    if event.status == "in_production" and _past_progressive(event.anchor):
        return True  # "we were filming it when ...": the past, told as background
    scheduling = event.status in ("premiere_scheduled", "released_or_scheduled",
                                  "in_production") or event.prefer == "future"
    token = event.anchor
    steps = 0
    while True:
        for child in token.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
                if child.lower_ == "would" and _reported(token):
                    continue
                return True
            if child.dep_ == "mark" and child.lower_ in CONDITIONS:
                return True
            if child.dep_ in ("advmod", "npadvmod") and child.lower_ in (
                    "reportedly", "possibly", "potentially", "perhaps", "maybe",
                    "allegedly", "supposedly", "else", "otherwise"):
                return True  # "... or else they will pull the plug": a threat
        lemma = token.lemma_.lower()
        if token != event.anchor and lemma in HEDGE_HEADS:
            if not (scheduling and lemma in SCHEDULE_HEDGES):
                return True
        if token != event.anchor and lemma in SCHEDULE_HEDGES and not scheduling:
            return True
        if token.dep_ in ("ccomp",) and _lem(token.head) in REPORT_VERBS:
            if any(c.dep_ == "neg" for c in token.head.children):
                return True  # "I'm not saying we have a pickup": denied, not told
            break
        if token.head == token or steps > 6:
            break
        if token.dep_ in ("relcl", "advcl", "parataxis", "conj") and token.pos_ in (
                "VERB", "AUX"):
            break
        token = token.head
        steps += 1
    return False


def _past_progressive(token: Token) -> bool:
    return token.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in token.children)


def _reported(token: Token) -> bool:
    """Whether a clause is the content of an announcement ("announced this would be its
    final season"): its "would" is the future seen from the past."""
    for link in [token, *token.ancestors]:
        if _lem(link) in REPORT_VERBS and link != token:
            return True
    return False


def _has_aux(token: Token, lemma: str) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and _lem(c) == lemma for c in _aux_children(token))


def _aux_children(token: Token) -> list[Token]:
    out = []
    for link in _chain(token):
        out += [c for c in link.children if c.dep_ in ("aux", "auxpass")]
    return out


def _future(token: Token) -> bool:
    chain = _chain(token)
    for link in chain:
        for child in link.children:
            if child.dep_ in ("aux",) and child.lower_ in FUTURE_AUX:
                return True
            if child.dep_ == "aux" and child.lower_ in ("would", "'d") and _reported(link):
                return True  # "said it would return": the future seen from the past
            if child.dep_ == "aux" and child.lower_ == "to" and link == token and \
                    _lem(link.head) in ("ahead",):
                return True
        if link != token and _lem(link) in SCHEDULE_VERBS | {"begin", "start",
                                                                  "continue", "be"}:
            if _lem(link) == "be" and not any(c.lower_ == "to" for c in token.children):
                continue
            if link.tag_ in ("VBD",) and _lem(link) not in ("be",):
                continue
            return True
    if token.dep_ == "xcomp" and _lem(token.head) == "be":
        return True  # "is to premiere"
    if token.tag_ == "VBG" and _has_aux(token, "be") and _lemma(token) in (
            "premiere", "debut", "return", "launch", "open", "arrive", "come", "drop", "air"):
        return True  # "is returning in March"
    return False


def _under_schedule(token: Token) -> bool:
    return any(_lem(link) in SCHEDULE_VERBS for link in _chain(token) if link != token)


def _tense(token: Token) -> str | None:
    """"future", "past", "present" (a simple present, which may schedule), or None (an
    infinitive or gerund with nothing to tell its time)."""
    if _future(token):
        return "future"
    auxes = _aux_children(token)
    for aux in auxes:
        if aux.tag_ in ("VBD",) or _lem(aux) == "have" or aux.tag_ == "VBN":
            return "past"
    if token.tag_ == "VBD":
        return "past"
    if token.tag_ == "VBN":
        if auxes or token.dep_ in ("acl", "relcl", "ROOT", "conj", "advcl", "ccomp"):
            if any(_lem(a) == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
                return "past"  # "is renewed", "has been renewed": news of now
            return "past"
        return None
    if token.tag_ in ("VBZ", "VBP") or _verbal_noun(token):
        return "present"
    if token.tag_ == "VBG" and any(_lem(a) == "be" for a in auxes):
        return "present"
    if token.tag_ == "VB" and token.dep_ in ("ROOT",):
        return "present"
    if token.tag_ in ("VB", "VBG") and token.head != token:
        head = token.head
        if token.dep_ in ("xcomp", "ccomp", "conj") and head.pos_ in ("VERB", "AUX"):
            return _tense(head) if head != token else None
    return None


def _dated(article: Article, token: Token) -> bool:
    sent = token.sent
    return any(_attached(token, span.root) for span in date_phrases(
        article.doc, sent.start, sent.end, article.ents_between(sent.start, sent.end)))


# --- work, season, date ------------------------------------------------------------------

def _work_mention_in(article: Article, token: Token) -> Mention | None:
    """A work named by the token's own phrase: itself, its apposition, its compound or
    possessor, an "of" phrase ("the second season of X"), "whose" season's owner; not a
    work in a clause or a prepositional phrase of its own ("a trailer titled X")."""
    mention = article.mention_of(token)
    if mention is not None and mention.kind == "T":
        return mention
    if token.dep_ == "appos":
        owner = article.mention_of(token.head)
        if owner is not None and owner.kind == "T":
            return owner  # "X, a caper that has been shooting"
    best: tuple[int, Mention] | None = None
    for t in token.subtree:
        m = article.mention_of(t)
        if m is None or m.kind != "T" or passing(article, m):
            continue
        if not _naming_path(article, t, token):
            continue
        depth = tree_distance(token, t)
        if best is None or depth < best[0]:
            best = (depth, m)
    if best is not None:
        return best[1]
    for child in token.children:
        if child.dep_ == "poss" and child.lower_ == "whose":
            relcl = token.head
            while relcl.dep_ != "relcl" and relcl.head != relcl:
                relcl = relcl.head
            if relcl.dep_ == "relcl":
                return _work_mention_in(article, relcl.head)
    return None


def _crosses_clause(token: Token, top: Token) -> bool:
    while token != top and token.head != token:
        if token.dep_ in ("relcl", "advcl", "ccomp", "parataxis", "acl", "conj") and \
                token.pos_ in ("VERB", "AUX") and token.lower_ not in ("starting", "beginning"):
            return True  # another clause, another event ("..., and the writers are ...")
        token = token.head
    return False


def _work(article: Article, sentence: Sentence, event: Event) -> str | None:
    """The work of the event: named in its patient's phrase; else, when the patient only
    refers to one ("it", "the drama", "its second season"), the nearest work named before
    it in the sentence, else the article's main work; else the work of the clause."""
    patient = event.patient
    if patient is not None:
        mention = _work_mention_in(article, patient)
        if mention is not None:
            return mention.value
        named = _title_after(article, sentence, patient)
        if named is not None:
            return named.value  # "the comedy Millbrake Lane was cancelled": the noun's title
        if _names_other(article, patient) or _indefinite_work(article, patient):
            return None  # "the stage play Lantern Hill", "a new series", "two drama projects"
        if patient.lower_ in WORK_PRONOUNS or _lem(patient) in WORK_NOUNS | PART_NOUNS or \
                _in_season_span(article, patient):
            return _antecedent(article, sentence, patient)
    exclude = _person_descriptions(article, sentence, event.anchor, event.status == "casting")
    # A status needs its work named or referred to: a paragraph's last work is not enough
    # (measured: statuses lose precision with it, the other types gain).
    mention = work_at(article, sentence, event.anchor, exclude=exclude, local=False)
    return mention.value if mention is not None else None


def _title_after(article: Article, sentence: Sentence, noun: Token) -> Mention | None:
    """The title that a describing noun stands just before ("the comedy Millbrake Lane",
    "its drama, Millbrake Lane,"): the parser may hang the title beside the noun, not under it."""
    if _lem(noun) not in WORK_NOUNS:
        return None
    return title_right_after(article, sentence, noun)


def _season_tokens(article: Article, token: Token) -> list[Token]:
    """Tokens of season phrases in the token's own phrase and clause."""
    spans = _season_spans(article, token.sent)
    out = []
    for first, last, _numbers in spans:
        root = article.doc[first:last].root
        if _attached(token, root):
            out.append(root)
    return out


def _season_numbers_at(article: Article, token: Token) -> list[int | None]:
    for first, last, numbers in _season_spans(article, token.sent):
        if first <= token.i < last:
            return numbers
    return []


def _season_spans(article: Article, sent: Span) -> list[tuple[int, int, list[int | None]]]:
    """Season phrases of a sentence as (first, last, numbers): the pipeline's season spans
    ("season 3", "a third and fourth season" -> 3, 4; "two more seasons"), "seasons 2 and
    3", and runs the spans do not cover ("a third run", "its sophomore run")."""
    cache: dict[int, list[tuple[int, int, list[int | None]]]] = article.__dict__.setdefault(
        "_status_seasons", {})
    if sent.start in cache:
        return cache[sent.start]
    doc = article.doc
    out: list[tuple[int, int, list[int | None]]] = []
    covered: set[int] = set()
    for span in article.season_index.within(sent.start, sent.end):
        numbers = _label_numbers(article, span)
        first = span.start
        k = span.start - 1
        while k > sent.start + 1 and doc[k].lower_ in ("and", ",") and \
                doc[k - 1].lower_ in ORDINALS:
            numbers = [ORDINALS[doc[k - 1].lower_], *numbers]
            first = k - 1
            k -= 2
        out.append((first, span.end, numbers))
        covered.update(range(first, span.end))
    for token in doc[sent.start : sent.end]:
        if token.i in covered:
            continue
        low = token.lower_
        if _lem(token) in SEASON_NOUNS and token.lower_.endswith("s") and token.i + 3 <= \
                sent.end and doc[token.i + 1].like_num and doc[token.i + 2].lower_ in (
                "and", "&", "through", "-") and doc[token.i + 3].like_num:
            a, b = _number(doc[token.i + 1].text), _number(doc[token.i + 3].text)
            if a and b:
                out.append((token.i, token.i + 4, list(range(a, b + 1)) if doc[
                    token.i + 2].lower_ == "through" else [a, b]))
                covered.update(range(token.i, token.i + 4))
        elif _lem(token) in SEASON_NOUNS and token.i > sent.start + 1 and \
                doc[token.i - 2].lower_ == "first" and _number(doc[token.i - 1].text):
            count = _number(doc[token.i - 1].text) or 1
            out.append((token.i - 2, token.i + 1, list(range(1, count + 1))))  # "first two"
            covered.update((token.i - 2, token.i - 1, token.i))
        elif _lem(token) in SEASON_NOUNS and token.i > sent.start:
            before = doc[token.i - 1]
            number = ORDINALS.get(before.lower_) or SEASON_ADJECTIVES.get(before.lower_)
            if number is None and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", before.lower_):
                number = int(before.lower_[:-2])  # "25th series" (not "the 2021-22 season")
            if number:
                out.append((token.i - 1, token.i + 1, [number]))
                covered.update((token.i - 1, token.i))
        elif low in ORDINALS and (token.dep_ == "dobj" or token.head.lower_ == "for") and any(
                c.dep_ in ("det", "poss") for c in token.children) and any(
                _lem(t) in SEASON_NOUNS for t in sent) and not any(
                c.dep_ in ("compound",) for c in token.children):
            out.append((token.i, token.i + 1, [ORDINALS[low]]))  # "will return for a fourth"
        elif "-" in low and low.split("-")[-1] in ("season", "series") and \
                low.split("-")[0] in ORDINALS:
            out.append((token.i, token.i + 1, [ORDINALS[low.split("-")[0]]]))
    cache[sent.start] = out
    return out


def _number(text: str) -> int | None:
    text = text.lower()
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text)


def _label_numbers(article: Article, span: Span) -> list[int | None]:
    label = span.label_
    if label.isdigit():
        return [int(label)]
    if label == "next":
        return [None]
    if label.startswith("more:"):
        return _more_seasons(article, span, int(label.split(":")[1]))
    return [None]


def _more_seasons(article: Article, span: Span, count: int) -> list[int | None]:
    """"two more seasons": after the current one ("its current 12th season"), or up to
    the one it runs through ("through its sixth season")."""
    sent = span.sent
    doc = article.doc
    for other in article.seasons:
        if other == span or not other.label_.isdigit():
            continue
        number = int(other.label_)
        before = doc[max(sent.start, other.start - 3) : other.start]
        if other.sent.start == sent.start and any(t.lower_ in ("through", "until", "till")
                                                  for t in before):
            return list(range(number - count + 1, number + 1))
        if any(t.lower_ == "current" for t in before):
            return list(range(number + 1, number + count + 1))
    return [None] * 1


def _later_season(article: Article, anchor: Token, patient: Token | None) -> bool:
    """Whether an order is for a season after the first ("ordered a second season")."""
    numbers: list[int | None] = []
    for root in _season_tokens(article, anchor):
        numbers += _season_numbers_at(article, root)
    if patient is not None:
        numbers += _season_numbers_at(article, patient)
    if patient is not None and _lem(patient) in SEASON_NOUNS and _another(patient):
        return True
    roots = [*_season_tokens(article, anchor), *([patient] if patient is not None else [])]
    if any(span.label_ == "next" or span.label_.startswith("more:") for span in article.seasons
           for root in roots if span.start <= root.i < span.end):
        return True  # "another season", "two more seasons"
    return any(n is not None and n >= 2 for n in numbers)


def _attached(anchor: Token, token: Token) -> bool:
    """Whether ``token`` belongs to the anchor's event: in the anchor's phrase, or in its
    clause (a coordinated clause is another event)."""
    if token in anchor.subtree and not _crosses_clause(token, anchor):
        return True
    return _clause(token) == _clause(anchor)


def _clause(token: Token) -> Token:
    while token.head != token:
        if token.lower_ in ("starting", "beginning"):
            token = token.head  # "to stream starting May 3": the date of the streaming
            continue
        if token.dep_ in CLAUSE_DEPS or (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
            return token
        token = token.head
    return token


def _seasons(article: Article, sentence: Sentence, event: Event, status: str,
             work: str) -> list[int | None]:
    if event.season_policy == "none":
        return [None]
    given_numbers = event.extra.get("season_numbers")
    if isinstance(given_numbers, list):
        return given_numbers
    doc = article.doc
    patient = event.patient
    later: list[int] = []
    candidates: list[tuple[int, int, list[int | None]]] = []
    described = _relcl_head(event.anchor)  # "the second season of X, which dropped ..."
    for first, last, numbers in _season_spans(article, doc[sentence.first].sent):
        root = doc[first:last].root
        anchored = any(t is not None and (first <= t.i < last or _of_season(t, first, last))
                       for t in (patient, described))
        given = event.extra.get("season")
        if isinstance(given, Token) and first <= given.i < last:
            anchored = True
        if last == event.anchor.i and event.anchor.pos_ == "NOUN":
            anchored = True  # "a season 3 renewal", "the season 3 premiere"
        aside = _aside(root, event.anchor)
        if aside in ("after", "following") and status == "renewed" and _attached(
                event.anchor, root) and numbers and numbers[-1] is not None:
            later.append(numbers[-1] + 1)  # "renewed after a freshman run": season 2
            continue
        if aside in ("after",) and status == "ended":
            aside = None  # "will end after its fourth series": the seventh is the last
        if anchored or (_attached(event.anchor, root) and not aside) or \
                event.extra.get("any_season"):
            distance = 0 if anchored else tree_distance(event.anchor, root)
            candidates.append((distance, abs(root.i - event.anchor.i), numbers))
    if candidates:
        numbers = min(candidates, key=lambda c: (c[0], c[1]))[2]
        if any(n is not None for n in numbers):
            return numbers
    if later:
        return [max(later)]
    subject_season = _pronoun_season(article, patient)
    if subject_season:
        return subject_season
    lone = _lone_season(article, sentence, work) if status in (
        "premiere_scheduled", "released") else None
    if lone is not None:
        return [lone]  # "dropped a trailer for season 2 of X and said it will be released"
    final = event.extra.get("final") or (patient is not None and any(
        c.lower_ == "final" for c in patient.children))
    if final and _final_number(article) is not None:
        return [_final_number(article)]
    if event.season_policy == "first" and status == "released" and \
            article.title_kinds.get(work) != "film" and not _season_context(event):
        return [1]
    return [None]


def _lone_season(article: Article, sentence: Sentence, work: str) -> int | None:
    """The one season a sentence names, when it names no other work: a premiere in another
    clause of that sentence is that season's."""
    if {m.value for m in sentence.mentions if m.kind == "T"} - {work}:
        return None
    spans = _season_spans(article, article.doc[sentence.first].sent)
    numbers = {n for _first, _last, ns in spans for n in ns}
    if len(numbers) == 1 and None not in numbers:
        return numbers.pop()
    return None


def _of_season(token: Token, first: int, last: int) -> bool:
    """``Season 2 of X, which wrapped``: the parser hung the clause on X, of a season."""
    head = token.head
    return head.lower_ == "of" and token.dep_ == "pobj" and first <= head.head.i < last


def _aside(root: Token, anchor: Token) -> str | None:
    """The preposition that puts a season in a comparison or a time phrase of the clause
    ("up from the first season's eight", "after a freshman run"), where it is not the
    season the event is of."""
    token = root
    while token != anchor and token.head != token:
        if token.dep_ == "prep" and token.lower_ in ("from", "than", "after", "since", "before",
                                                     "behind", "like", "over", "unlike",
                                                     "following"):
            return token.lower_
        token = token.head
    return None


def _pronoun_season(article: Article, patient: Token | None) -> list[int | None]:
    """"Season 1 drew big numbers when it launched": a pronoun for the season that is the subject
    of the sentence's main clause."""
    if patient is None or patient.lower_ not in ("it", "its"):
        return []
    root = patient.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > patient.i:
        return []
    for first, last, numbers in _season_spans(article, patient.sent):
        if first <= subject.i < last and any(n is not None for n in numbers):
            return numbers
    return []


def _final_number(article: Article) -> int | None:
    """The number of the season the article calls final ("a sixth and final season")."""
    for span in article.seasons:
        if span.label_.isdigit() and any(t.lower_ in ("final", "last") for t in span):
            return int(span.label_)
    return None


def _season_context(event: Event) -> bool:
    """An event about a season's premiere ("the season premiere screened", "returned"),
    not the work's first."""
    words = {t.lower_ for t in event.anchor.subtree} if event.anchor.pos_ == "NOUN" else set()
    if event.patient is not None:
        words |= {t.lower_ for t in event.patient.subtree}
    return bool(words & NOT_FIRST)


def _date(article: Article, sentence: Sentence, event: Event) -> str | None:
    """The event's own date; else, for news other than a premiere, the date of the
    announcement reporting it."""
    doc = article.doc
    phrases = date_phrases(doc, sentence.first, sentence.last,
                           article.ents_between(sentence.first, sentence.last))
    if not phrases:
        return None
    anchor = event.anchor
    own = [p for p in phrases if _attached(anchor, p.root) and not _other_event(p, anchor)]
    governing = anchor.head if anchor.pos_ in ("NOUN", "PROPN", "ADJ") else anchor
    if event.extra.get("report_date") and not (event.status == "ended" and _tense(
            governing) == "past" and governing.pos_ in ("VERB", "AUX")):
        own = []  # "the final series starts on 5 March": the ending was told today
    if event.extra.get("direct_date"):
        own = [p for p in own if p.root.head == anchor or p.root.head.head == anchor]
    if event.extra.get("noun_date"):
        own = [p for p in own if p.root in anchor.subtree or _sets_date(anchor, p)]
    if not own and not event.own_date:
        report = _report_clause(anchor)
        if report is not None:
            own = [p for p in phrases if _clause(p.root) == report or p.root.head == report]
    best: tuple[int, int, str] | None = None
    for phrase in own:
        when = resolve(phrase.text, article.published, event.prefer)
        if when is None:
            continue
        key = (tree_distance(anchor, phrase.root), abs(phrase.root.i - anchor.i))
        if best is None or key < best[:2]:
            best = (*key, when)
            event.extra["date_text"] = phrase.text
    return best[2] if best is not None else None


# Verbs of an audience's viewing: "seven million watched the finale on Saturday" dates a
# finale (always one that has aired).
VIEWING_VERBS = {"watch", "see", "draw", "attract", "catch"}


def _sets_date(noun: Token, phrase: Span) -> bool:
    """Whether the verb a premiere noun hangs from gives it the date: "set a premiere
    for Oct. 4", "had its world premiere on Friday", "the premiere is set for ...",
    "watched the finale on Saturday"."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    viewing = VIEWING_VERBS if _lem(noun) == "finale" else set()
    if _lemma(verb) not in SCHEDULE_VERBS | viewing | {"have", "hold", "get", "make", "target"}:
        return False
    return phrase.root.head == verb or phrase.root.head.head == verb


def _other_event(phrase: Span, anchor: Token) -> bool:
    """A date that belongs to a noun of its own in the clause ("the 2018-19 season",
    "the best series of 2020", "its May 2 premiere" seen from another verb)."""
    head = phrase.root.head
    if head == anchor:
        return False
    if head.lower_ in ("night", "morning", "afternoon", "evening", "weekend"):
        head = head.head  # "on Sunday night"
        if head == anchor:
            return False
    if phrase.root.dep_ in ("compound", "nummod", "poss", "amod") and head.pos_ == "NOUN":
        return _lem(head) not in PART_NOUNS | NOUN_EVENTS.keys() or head != anchor and \
            _lem(head) in NOUN_EVENTS and anchor.pos_ in ("VERB", "AUX")
    if head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head != anchor:
        return True
    if head.lower_ in ("since", "until", "through", "before") and head.head != anchor:
        return True
    return False


def _report_clause(anchor: Token) -> Token | None:
    """The clause of the announcement that reports the anchor's event: its head
    ("..., the network said Monday") or a reporting clause hung from the event."""
    clause = _clause(anchor)
    if clause.head != clause and _lem(clause.head) in REPORT_VERBS:
        return _clause(clause.head)
    for child in clause.children:
        if _lem(child) in REPORT_VERBS and child.dep_ in ("ccomp", "parataxis", "advcl",
                                                           "conj"):
            return child
    for child in anchor.children:
        if child.dep_ == "acl" and _lem(child) in REPORT_VERBS:
            return child
    return None
