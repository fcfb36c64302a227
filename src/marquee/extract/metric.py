"""Metrics: audience figures, ratings, episode counts, budgets, rankings and other numbers
as ratings reports and the business press write them.

Each figure of a sentence (:func:`marquee.extract.numbers.quantities`: sign, number,
scale, percent) is read by the words around it and the parse, one named construction per
path:

- episodes: ``10 hourlong episodes``, ``an eight-episode order``, ``a six-part drama``;
- audience: ``5.6 million viewers``, ``168.4M hours viewed``, ``streamed 9.2 million
  times``, ``a 0.45 rating in the demo``, a bare figure in a sentence about viewing
  (``peaked at 7.2 million``, ``(1.2 million)``);
- budget: ``a $200 million budget``, ``a budget of $40 million``, ``cost $90 million``,
  ``$16 million per episode``, ``the $100m movie``;
- other: ``up 35%``, ``fell 52%``, ``a 19.6% share``, box-office takings (``opened to $42
  million``, ``$301 million worldwide``), deals (``for a reported $2.5 million``), prizes,
  ``the Top 10 in 58 countries``.

Rankings come from their own cues: ``No. 1 on the Top 10``, ``ranked No. 2``, ``in
second place``, ``took third``, ``the top spot``, ``rounded out the top five``, ``the
network's most-watched drama``.

A figure with no such cue is not a metric: ages, years, dates, prices of other things,
crowds. The work is the one the figure's clause is about (:func:`about.work_at`); the unit
is the noun counted; the period the time phrase that goes with the figure (``in its first
week``, ``in Live+7``, ``during its freshman run``), else the season or year the sentence
names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from marquee.extract.about import passing, work_at
from marquee.extract.context import Article, Mention, Sentence
from marquee.extract.numbers import Quantity, ordinal_of, parse_number, quantities
from marquee.extract.records import Evidence, Metric

# Words between a count and "episodes": "10 new hourlong episodes", "four 90-minute episodes".
EPISODE_MODIFIERS = {"new", "more", "final", "remaining", "original", "hourlong", "hour", "long",
                     "half", "minute", "-", "feature", "length", "additional", "further", "extra",
                     "full", "scripted", "standalone", "brand", "weekly", "all", "fresh"}
# A count after these is a part of the whole ("the first two episodes").
EPISODE_SUBSET = {"first", "last", "next", "opening", "previous", "initial", "only"}
# A count before these is a rate, not a run ("two episodes each week").
EPISODE_RATE = {"each", "every", "per", "into", "ago", "apiece", "weekly", "nightly"}
EPISODE_EVENTS = {"premiere", "finale", "opener", "debut", "launch", "block", "event", "arc",
                  "stint", "run-in"}
# A person's share of a run: "directed two episodes", "has written four episodes".
CREW_VERBS = {"write", "direct", "helm", "pen", "co-write", "cowrite", "script", "edit", "shoot",
              "appear", "guest", "star", "produce", "score", "storyboard", "host"}
WHOLE_RUN = {"all", "every", "each", "the", "its", "their", "both"}
DURATIONS = {"minute", "hour", "second", "min", "mins", "hr", "hrs"}
EPISODE_NOUNS = {"episode", "ep", "eps", "instalment", "installment"}

AUDIENCE_NOUNS = {
    "viewer": "viewers", "viewers": "viewers", "household": "households", "view": "views",
    "views": "views", "stream": "streams", "home": "homes", "subscriber": "subscribers",
    "account": "accounts", "watcher": "watchers", "fan": "fans", "fans": "fans",
}
CROWD_NOUNS = {"people", "person", "adult", "adults", "member", "members"}
VIEWING_LEMMAS = {"watch", "tune", "view", "stream", "see", "viewer", "audience", "rating"}
TIME_VIEWED = {"hour": "hours viewed", "minute": "minutes viewed"}
AUDIENCE_SKIP = {"total", "weekly", "multiplatform", "average", "unique", "live", "linear",
                 "peak", "additional", "more", "global", "worldwide", "daily", "nightly", "-",
                 "cross", "platform", "streaming", "of", "u.s.", "domestic", "overnight",
                 "consolidated", "regular", "lucky", "loyal", "million"}
# Lemmas of a sentence about viewing figures: a bare "3.4 million" there is an audience.
AUDIENCE_CONTEXT = {"viewer", "audience", "watch", "rating", "viewership", "overnight",
                    "consolidated", "demo", "tune", "barb", "nielsen", "view", "live+7",
                    "live+3", "live+35"}
RATING_CUES = {"rating", "ratings"}
AUDIENCE_VERBS = {"draw", "average", "peak", "attract", "pull", "launch", "open", "deliver",
                  "lure", "net", "score", "slip", "climb", "fall", "drop", "dip", "rise", "grow",
                  "pass", "top", "hit", "reach", "watch", "bring", "command", "return"}
DEMO_WORDS = {"demo", "adults", "18-49", "demographic", "adult"}

CURRENCIES_TEXT = {"$", "£", "€", "us$"}
BUDGET_BETWEEN = {"production", "-", "total", "estimated", "reported", "marketing", "overall"}
COST_BETWEEN = {"about", "roughly", "around", "nearly", "almost", "an", "a", "estimated",
                "reported", "reportedly", "more", "than", "over", "under", "upwards", "of",
                "some", "just", "close", "to", "north", "south", "approximately", "only",
                "well", "less", "at", "least", "in", "excess"}
WORK_NOUNS = {"film", "movie", "series", "show", "production", "drama", "season", "project",
              "adaptation", "epic", "blockbuster", "sequel", "comedy", "thriller", "feature",
              "picture", "episode", "installment", "instalment", "documentary", "revival",
              "remake", "reboot", "pilot", "miniseries", "franchise", "it", "which", "that"}
SALARY_CUES = {"salary", "paycheck", "paycheque", "pay", "paid", "earn", "fee", "raise",
               "salaries", "paychecks"}

UP_WORDS = {"up"}
DOWN_WORDS = {"down", "off"}
CHANGE_SKIP = {"just", "nearly", "about", "roughly", "almost", "some", "more", "than", "a",
               "an", "by", "only", "around", "over", "another", "fully", "close", "to"}
RISE_NOUNS = {"rise", "jump", "lift", "increase", "gain", "boost", "bump", "surge", "uptick",
              "growth", "improvement", "spike", "hike"}
FALL_NOUNS = {"drop", "decline", "fall", "dip", "decrease", "slide", "slump", "downturn"}
RISE_VERBS = {"rise", "jump", "climb", "grow", "increase", "gain", "surge", "soar", "rebound",
              "improve", "spike", "leap", "swell"}
FALL_VERBS = {"fall", "slip", "slide", "drop", "decline", "dip", "tumble", "plunge", "sink",
              "shrink", "ease", "decrease", "plummet", "sag", "slump", "crater"}

DEAL_LEMMAS = {"acquire", "acquisition", "pay", "bid", "deal", "pact", "buy", "purchase",
               "license", "licence", "rights", "worth", "sum", "offer", "snap",
               "agreement", "contract"}
# Lemmas of a sentence about takings; the place words count only next to the figure.
BOX_OFFICE = {"gross", "box", "weekend", "frame", "theater", "theatre", "cinema", "haul",
              "opening", "tally", "earn", "location", "market", "ticket", "open", "grosser"}
BOX_OFFICE_PLACES = {"worldwide", "domestic", "domestically", "global", "globally", "overseas",
                     "international", "internationally", "north", "abroad", "stateside"}
PRIZE_WORDS = {"prize", "jackpot", "purse", "pot"}

LABEL_BEFORE = {"no", "no.", "#", "number", "top", "season", "series", "episode", "part",
                "chapter", "volume", "vol", "vol.", "phase", "book", "act", "round", "week",
                "day", "page", "channel", "route", "highway", "room", "apartment", "flat",
                "studio", "stage", "platform", "live+"}

RANK_BEFORE = {"in", "took", "take", "takes", "taking", "finished", "finish", "finishing",
               "came", "come", "placed", "ranked", "ranks", "rank", "was", "is", "were", "be",
               "debuted", "opened", "landed", "slipped", "fell", "dropped", "slid", "climbed",
               "rose", "moved", "jumped", "settled", "sits", "sat", "stood"}
RANK_AFTER = {"with", "behind", "on", "among", "for", "in", "place", "spot", "overall", "after",
              "while", "and", "at", "this", "that", "last", "again", "ahead", "position",
              "slot", "but", "as"}
CHART_CONTEXT = {"chart", "list", "top", "box", "ranking", "rank", "nielsen", "rating", "viewer",
                 "view", "hour", "minute", "streaming", "stream", "weekend", "country",
                 "billboard", "reach", "debut", "climb", "land", "peak", "place", "spot",
                 "ratings", "overall", "among", "watch", "audience", "open"}
SPOT_NOUNS = {"spot", "slot", "position", "place"}
CHART_WORDS = {"chart", "charts", "list", "box", "ratings", "top", "rankings", "table"}
NOT_TOP = {"off", "from", "knocked", "lost", "lose", "losing", "near", "outside", "out",
           "missed", "behind", "below"}
LEAD_LEMMAS = {"top", "command", "lead", "rule", "dominate", "win", "conquer", "head"}
SUPERLATIVE_WORDS = {"watched", "streamed", "viewed", "popular", "successful", "rated"}
SHOW_NOUNS = {"series", "show", "shows", "drama", "comedy", "programme", "program", "film",
              "movie", "title", "original", "originals", "premiere", "debut", "launch",
              "telecast", "broadcast", "sitcom", "thriller", "docuseries", "telefilm",
              "miniseries", "programmes", "programs", "films", "movies", "series'", "entry",
              "episode"}

# Things that are not works, whose figures are not the work's.
OTHER_THINGS = {"soundtrack", "song", "album", "single", "book", "novel", "record", "track",
                "merchandise", "toy", "memoir", "podcast", "game", "app", "sale"}
AGGREGATES = {"weekend", "market", "industry", "total", "receipt", "overall", "office",
              "marketplace", "business"}

TIME_NOUNS = {"week", "day", "weekend", "frame", "run", "season", "series", "month", "year",
              "window", "premiere", "finale", "opener", "night", "fortnight", "quarter", "launch",
              "debut", "outing", "stretch", "period", "hour", "days", "weeks", "months"}
PERIOD_PREPS = {"in", "over", "during", "across", "for", "from", "since", "through", "throughout"}
LIVE_RE = re.compile(r"^live\s?\+\s?(?:\d+|sd|same[- ]day)$|^live[- ]plus", re.I)
YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")


@dataclass(frozen=True)
class Reading:
    """What a figure measures, the tokens of its phrase and the token whose clause gives
    the work."""

    measure: str
    unit: str | None
    path: str
    first: int
    last: int
    anchor: int
    value: int | float | None


Reader = Callable[[Article, Sentence, Quantity, list[Quantity]], "Reading | None"]


def extract_metrics(article: Article) -> Iterator[Metric]:
    doc = article.doc
    for sentence in article.sentences:
        figures = [q for q in quantities(doc, sentence.first, sentence.last)
                   if not _label(doc, q) and not q.year]
        readings: list[Reading] = []
        for q in figures:
            reading = read_figure(article, sentence, q, figures)
            if reading is not None:
                readings.append(reading)
        readings.extend(_rankings(article, sentence, readings))
        for reading in readings:
            if _other_thing(doc, reading):
                continue
            record = _record(article, sentence, reading)
            if record is not None:
                yield record


def read_figure(
    article: Article, sentence: Sentence, q: Quantity, figures: list[Quantity]
) -> Reading | None:
    """The first construction that reads the figure ``q``, else None."""
    if q.money and _conversion(article.doc, q):
        return None
    if q.money and _per(article.doc, q, sentence) and _lemmas(article.doc, sentence) & SALARY_CUES:
        return None  # "the cast earn $440,000 per episode": pay, not a figure of the work
    readers: tuple[Reader, ...]
    if q.percent:
        readers = (_percent_change, _share)
    elif q.money:
        readers = (_budget_after, _budget_of, _cost, _per_episode, _budget_work, _prize, _deal,
                   _box_office)
    else:
        readers = (_episode_count, _episode_compound, _audience_noun, _streamed_times,
                   _rating, _countries, _bare_audience)
    for reader in readers:
        reading = reader(article, sentence, q, figures)
        if reading is not None:
            return reading
    return None


# --- helpers -------------------------------------------------------------------------


def _label(doc: Doc, q: Quantity) -> bool:
    """A number that names rather than counts: ``No. 2``, ``season 3``, ``Top 10``."""
    if q.first == 0 or q.money or q.percent:
        return False
    before = doc[q.first - 1]
    if before.text == "." and q.first > 1 and doc[q.first - 2].lower_ == "no":
        return True
    return before.lower_ in LABEL_BEFORE or before.text.lower().startswith("live+")


def _skip(doc: Doc, i: int, end: int, words: set[str], limit: int = 4,
          adjectives: bool = True) -> int:
    """The first token from ``i`` that is not one of ``words`` (or an adjective)."""
    steps = 0
    while i < end and steps < limit and (
        doc[i].lower_ in words or (adjectives and doc[i].pos_ == "ADJ" and not doc[i].like_num)
    ):
        i += 1
        steps += 1
    return i


def _back(doc: Doc, i: int, start: int, words: set[str], limit: int = 4) -> int:
    """The last token before ``i`` that is not one of ``words``."""
    k = i - 1
    steps = 0
    while k >= start and steps < limit and doc[k].lower_ in words:
        k -= 1
        steps += 1
    return k


def _lemmas(doc: Doc, sentence: Sentence) -> set[str]:
    return {t.lemma_.lower() for t in doc[sentence.first : sentence.last]} | {
        t.lower_ for t in doc[sentence.first : sentence.last]}


def _reading(measure: str, unit: str | None, path: str, q: Quantity, first: int, last: int,
             anchor: int | None = None, value: int | float | None = None) -> Reading:
    return Reading(measure, unit, path, min(first, q.first), max(last, q.last),
                   q.at if anchor is None else anchor, q.value if value is None else value)


def _money_unit(q: Quantity, suffix: str = "") -> str:
    return f"{q.currency or 'dollars'}{suffix}"


# --- episodes ------------------------------------------------------------------------


def _episode_count(article: Article, sentence: Sentence, q: Quantity,
                   figures: list[Quantity]) -> Reading | None:
    """``10 hourlong episodes``, ``all eight episodes``, ``(7 episodes)``."""
    doc = article.doc
    if not q.whole(2, 5000) or q.scaled or q.last >= sentence.last or doc[q.last].text == "-":
        return None
    if doc[q.last].lemma_.lower() in DURATIONS and (
        q.last + 1 >= sentence.last or doc[q.last + 1].lower_ not in ("-", "long")
    ):
        return None  # "30 minute installments": a length, not a count
    i = q.last
    steps = 0
    while i < sentence.last and steps < 6 and (
        doc[i].lower_ in EPISODE_MODIFIERS
        or (doc[i].pos_ == "ADJ" and not doc[i].like_num)
        or (doc[i].like_num and i + 1 < sentence.last and doc[i + 1].text == "-")
    ):
        i += 1
        steps += 1
    if i >= sentence.last or doc[i].lemma_.lower() not in EPISODE_NOUNS and \
            doc[i].lower_ not in ("episodes", "eps"):
        return None
    if q.first > sentence.first and doc[q.first - 1].lower_ in EPISODE_SUBSET:
        return None
    after = doc[i + 1] if i + 1 < sentence.last else None
    if after is not None:
        if after.lower_ in EPISODE_RATE:
            return None
        if after.lower_ in ("a", "an", "at", "in", "back") and i + 2 < sentence.last and \
                doc[i + 2].lower_ in ("week", "night", "day", "time", "row", "-", "month"):
            return None
    if _crew_share(doc, q, i):
        return None
    return _reading("episodes", "episodes", "metric.episode_count", q, q.first, i + 1)


def _crew_share(doc: Doc, q: Quantity, noun: int) -> bool:
    """``she directed two episodes``: the episodes one person made, not the run (unless
    it is the whole run: ``will direct all six episodes``)."""
    if q.first > 0 and doc[q.first - 1].lower_ in WHOLE_RUN:
        return False
    head = doc[noun].head
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in CREW_VERBS


def _episode_compound(article: Article, sentence: Sentence, q: Quantity,
                      figures: list[Quantity]) -> Reading | None:
    """``an eight-episode order``, ``a six-part drama``."""
    doc = article.doc
    k = q.last
    if not q.whole(1, 5000) or q.scaled or k + 1 >= sentence.last or doc[k].text != "-":
        return None
    noun = doc[k + 1]
    if noun.lower_ not in ("episode", "part", "parter", "ep"):
        return None
    nxt = doc[k + 2] if k + 2 < sentence.last else None
    if nxt is not None and nxt.lemma_.lower() in EPISODE_EVENTS:
        return None
    if noun.lower_ == "part" and nxt is not None and nxt.lower_ in ("of", "time", "-"):
        return None
    if q.value == 1:
        return None
    return _reading("episodes", "episodes", "metric.episode_compound", q, q.first, k + 2)


# --- audience ------------------------------------------------------------------------


def _audience_noun(article: Article, sentence: Sentence, q: Quantity,
                   figures: list[Quantity]) -> Reading | None:
    """``5.6 million viewers``, ``168.4M hours viewed``, ``9.3 million households``."""
    doc = article.doc
    if q.decimal and not q.scaled or q.value < 1000:
        return None
    i = _skip(doc, q.last, sentence.last, AUDIENCE_SKIP, limit=3)
    if i >= sentence.last:
        return None
    noun = doc[i]
    lemma = noun.lemma_.lower()
    unit: str | None = None
    end = i + 1
    if lemma in AUDIENCE_NOUNS or noun.lower_ in AUDIENCE_NOUNS:
        unit = AUDIENCE_NOUNS.get(noun.lower_) or AUDIENCE_NOUNS[lemma]
    elif lemma in TIME_VIEWED and q.value >= 1_000_000:
        unit = TIME_VIEWED[lemma]
        if end < sentence.last and doc[end].lower_ in ("viewed", "watched", "streamed"):
            end += 1
    elif (lemma in CROWD_NOUNS or noun.lower_ in CROWD_NOUNS) and (
        _lemmas(doc, sentence) & {"watch", "tune", "view", "stream", "see"}
    ):
        unit = "viewers"
    if unit is None:
        return None
    words = [t.lower_ for t in doc[q.last : i] if t.lower_ not in ("-", "of", "million")]
    if unit == "viewers" and words and words[-1] in ("total", "weekly", "multiplatform",
                                                     "unique", "peak", "overnight"):
        unit = f"{words[-1]} viewers"
    return _reading("audience", unit, "metric.audience_noun", q, q.first, end)


def _streamed_times(article: Article, sentence: Sentence, q: Quantity,
                    figures: list[Quantity]) -> Reading | None:
    """``streamed 9.2 million times``, ``viewed 3 million times``."""
    doc = article.doc
    if q.last >= sentence.last or doc[q.last].lower_ != "times" or q.value < 1000:
        return None
    k = _back(doc, q.first, sentence.first, COST_BETWEEN | {"been", "was", "were", "had",
                                                             "has", "have", "already"})
    if k < sentence.first or doc[k].lemma_.lower() not in ("stream", "view", "watch", "play",
                                                          "download"):
        return None
    return _reading("audience", "streams", "metric.streamed_times", q, k, q.last + 1)


def _rating(article: Article, sentence: Sentence, q: Quantity,
            figures: list[Quantity]) -> Reading | None:
    """A ratings point: ``a 0.45 rating``, ``a 0.41 in the demo``, ``(3.3 million, 0.45)``,
    ``1.9 million viewers and a 0.31``."""
    doc = article.doc
    if not q.decimal or q.scaled or not 0 < q.value < 20:
        return None
    end = sentence.last
    i = _skip(doc, q.last, end, {"household", "demo", "live", "-", "same", "day", "key",
                                  "overnight", "nielsen", "national", "fast"}, limit=3,
              adjectives=False)
    window = {t.lower_ for t in doc[q.last : min(end, q.last + 6)]}
    after = doc[i] if i < end else None
    cue = None
    if after is not None and after.lower_ in RATING_CUES:
        cue = i + 1
    elif window & DEMO_WORDS and after is not None and after.lower_ in ("in", "among", "with"):
        cue = q.last
    else:
        earlier = [f for f in figures if f.last <= q.first and q.first - f.last <= 6
                   and f.scaled and not f.money and not f.percent]
        between = {t.lower_ for t in doc[earlier[-1].last : q.first]} if earlier else set()
        if earlier and (between & {"and", ","}) and not between & {"$", "£", "€"}:
            cue = q.last
    if cue is None:
        return None
    unit = "rating among adults 18-49" if (_lemmas(doc, sentence) & DEMO_WORDS) else "rating"
    return _reading("audience", unit, "metric.rating", q, q.first, cue)


def _countries(article: Article, sentence: Sentence, q: Quantity,
               figures: list[Quantity]) -> Reading | None:
    """``the Top 10 in 58 countries``: how far a title charted."""
    doc = article.doc
    if not q.whole(2, 250) or q.last >= sentence.last:
        return None
    i = _skip(doc, q.last, sentence.last, {"other", "more", "different", "territories"}, 2)
    if i >= sentence.last or doc[i].lower_ not in ("countries", "territories"):
        return None
    text = doc[sentence.first : sentence.last].text.lower()
    if "top 10" not in text and "top ten" not in text:
        return None
    return _reading("other", "countries in the Top 10", "metric.top10_countries", q, q.first,
                    i + 1)


def _bare_audience(article: Article, sentence: Sentence, q: Quantity,
                   figures: list[Quantity]) -> Reading | None:
    """A figure with no noun in a sentence about viewing: ``peaked at 7.2 million``,
    ``down on its freshman run (5.3 million)``, ``the 6.8 million who watched``."""
    doc = article.doc
    if q.value < 10_000 or not (q.scaled or q.value >= 100_000):
        return None
    if q.last < sentence.last:
        after = doc[q.last]
        if after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and after.lower_ not in (
            "viewers", "who", "overall"
        ):
            return None
        if after.text == "-":
            return None
    if _viewing(doc, sentence.first, sentence.last):
        return _reading("audience", "viewers", "metric.bare_figure", q, q.first, q.last)
    # In a ratings report a figure in parentheses or after an audience verb is one too:
    # "Copper Key (3.3 million, 0.45)", "the special drew 1.4 million".
    if not _viewing(doc, 0, len(doc), at_least=3):
        return None
    parenthesised = q.first > sentence.first and doc[q.first - 1].text == "("
    k = _back(doc, q.first, sentence.first, COST_BETWEEN | {"with", "at", "to", "from"}, 4)
    verb = doc[k].lemma_.lower() if k >= sentence.first else ""
    if parenthesised or verb in AUDIENCE_VERBS:
        return _reading("audience", "viewers", "metric.bare_figure", q, q.first, q.last)
    return None


def _viewing(doc: Doc, start: int, end: int, at_least: int = 1) -> bool:
    """Whether ``doc[start:end]`` speaks of viewing figures (``at_least`` cue words)."""
    count = 0
    for t in doc[start:end]:
        if t.lemma_.lower() in AUDIENCE_CONTEXT or t.lower_ in AUDIENCE_CONTEXT or \
                t.text.lower().startswith("live+"):
            count += 1
            if count >= at_least:
                return True
    return False


# --- budget --------------------------------------------------------------------------


def _budget_after(article: Article, sentence: Sentence, q: Quantity,
                  figures: list[Quantity]) -> Reading | None:
    """``a $40 million budget``, ``a $12 million production budget``."""
    doc = article.doc
    i = _skip(doc, q.last, sentence.last, BUDGET_BETWEEN, limit=2, adjectives=False)
    if i >= sentence.last or doc[i].lemma_.lower() != "budget":
        return None
    return _reading("budget", _money_unit(q, _per(doc, q, sentence)), "metric.budget_after", q,
                    q.first, i + 1)


def _budget_of(article: Article, sentence: Sentence, q: Quantity,
               figures: list[Quantity]) -> Reading | None:
    """``a budget of roughly $85 million``, ``the budget is reported at around $55 million``,
    ``its budget at under $3 million``."""
    doc = article.doc
    for k in range(q.first - 1, max(sentence.first, q.first - 10) - 1, -1):
        token = doc[k]
        if token.lemma_.lower() == "budget":
            return _reading("budget", _money_unit(q, _per(doc, q, sentence)),
                            "metric.budget_of", q, k, q.last)
        if token.lower_ in CURRENCIES_TEXT or token.text in (";", "—") or \
                token.lemma_.lower() in ("gross", "earn", "worldwide", "domestically"):
            return None
    return None



def _cost(article: Article, sentence: Sentence, q: Quantity,
          figures: list[Quantity]) -> Reading | None:
    """``reportedly cost $175 million``, ``costing about $40 million``: the cost of a work,
    not of a ticket."""
    doc = article.doc
    k = _back(doc, q.first, sentence.first, COST_BETWEEN, limit=5)
    if k < sentence.first or doc[k].lemma_.lower() != "cost" or doc[k].pos_ == "NOUN":
        return None
    verb = doc[k]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects:
        mention = article.mention_of(subject)
        if mention is not None and mention.kind == "T":
            continue
        if subject.lemma_.lower() in WORK_NOUNS or subject.pos_ == "PRON":
            continue
        if subject.pos_ == "PROPN":
            continue
        return None
    return _reading("budget", _money_unit(q, _per(doc, q, sentence)), "metric.cost", q, k,
                    q.last)


def _per(doc: Doc, q: Quantity, sentence: Sentence) -> str:
    if q.last + 1 < sentence.last and doc[q.last].lower_ in ("per", "an", "a", "each") and \
            doc[q.last + 1].lemma_.lower() == "episode":
        return " per episode"
    return ""


def _per_episode(article: Article, sentence: Sentence, q: Quantity,
                 figures: list[Quantity]) -> Reading | None:
    """``$16 million per episode``: what an episode costs (a salary is not a budget)."""
    doc = article.doc
    if not _per(doc, q, sentence) or _lemmas(doc, sentence) & SALARY_CUES:
        return None
    return _reading("budget", _money_unit(q, " per episode"), "metric.per_episode", q,
                    q.first, q.last + 2)


def _budget_work(article: Article, sentence: Sentence, q: Quantity,
                 figures: list[Quantity]) -> Reading | None:
    """``the $100m movie``: a price in front of the work."""
    doc = article.doc
    i = _skip(doc, q.last, sentence.last, {"-", "budget"}, limit=2, adjectives=False)
    if i >= sentence.last or q.first == sentence.first:
        return None
    if doc[i].lemma_.lower() not in WORK_NOUNS - {"it", "which", "that", "season", "episode"}:
        return None
    if doc[q.first - 1].lower_ not in ("a", "an", "the", "its", "their", "his", "her"):
        return None
    return _reading("budget", _money_unit(q), "metric.budget_work", q, q.first, i + 1)


# --- other ---------------------------------------------------------------------------


def _percent_change(article: Article, sentence: Sentence, q: Quantity,
                    figures: list[Quantity]) -> Reading | None:
    """``up 35%``, ``down 8% from last week``, ``a 38% jump``, ``fell 52%``, ``grew its
    audience by 27%``."""
    doc = article.doc
    k = _back(doc, q.first, sentence.first, CHANGE_SKIP, limit=3)
    before = doc[k] if k >= sentence.first else None
    direction: str | None = None
    first = q.first
    if before is not None and before.lower_ in UP_WORDS | DOWN_WORDS:
        direction = "increase" if before.lower_ in UP_WORDS else "decline"
        first = k
    elif q.last < sentence.last and doc[q.last].lemma_.lower() in RISE_NOUNS | FALL_NOUNS:
        direction = "increase" if doc[q.last].lemma_.lower() in RISE_NOUNS else "decline"
    else:
        for j in range(q.first - 1, max(sentence.first, q.first - 5) - 1, -1):
            lemma = doc[j].lemma_.lower()
            if lemma in RISE_VERBS | FALL_VERBS and doc[j].pos_ in ("VERB", "AUX"):
                near = j == k or (q.first > sentence.first and doc[q.first - 1].lower_ == "by")
                if near:
                    direction = "increase" if lemma in RISE_VERBS else "decline"
                    first = j
                break
    if direction is None:
        return None
    last = q.last + (1 if q.last < sentence.last and
                     doc[q.last].lemma_.lower() in RISE_NOUNS | FALL_NOUNS else 0)
    return _reading("other", f"percent {direction}", "metric.percent_change", q, first, last)


def _share(article: Article, sentence: Sentence, q: Quantity,
           figures: list[Quantity]) -> Reading | None:
    """``a 19.6% audience share``, ``a 38% share``."""
    doc = article.doc
    i = _skip(doc, q.last, sentence.last, {"audience", "market", "viewing", "-", "overall"}, 2)
    if i >= sentence.last or doc[i].lemma_.lower() != "share":
        return None
    return _reading("other", "% share", "metric.share", q, q.first, i + 1)


def _prize(article: Article, sentence: Sentence, q: Quantity,
           figures: list[Quantity]) -> Reading | None:
    """``a top prize of $1 million``, ``a $250,000 grand prize``."""
    doc = article.doc
    i = _skip(doc, q.last, sentence.last, {"top", "grand", "cash", "-"}, 2, adjectives=False)
    if i < sentence.last and doc[i].lemma_.lower() in PRIZE_WORDS:
        return _reading("other", _money_unit(q, " top prize"), "metric.prize", q, q.first, i + 1)
    k = _back(doc, q.first, sentence.first, COST_BETWEEN | {"of", "at", "to", "be", "is",
                                                             "been", "raised", "will"}, 5)
    if k >= sentence.first and doc[k].lemma_.lower() in PRIZE_WORDS:
        return _reading("other", _money_unit(q, " top prize"), "metric.prize", q, k, q.last)
    return None


def _deal(article: Article, sentence: Sentence, q: Quantity,
          figures: list[Quantity]) -> Reading | None:
    """What a buyer paid: ``picked up W for a reported $2.5 million``, ``a pact worth more
    than $400 million``, ``a winning bid north of $20 million``."""
    doc = article.doc
    lemmas = _lemmas(doc, sentence)
    picked = any(t.lemma_.lower() in ("pick", "snap") and t.i + 1 < sentence.last
                 and doc[t.i + 1].lower_ == "up" for t in doc[sentence.first : sentence.last])
    if not (lemmas & DEAL_LEMMAS or picked) or q.value < 100_000 or _range(doc, q, sentence):
        return None
    if lemmas & BOX_OFFICE:
        return None
    return _reading("other", _money_unit(q, " (deal)"), "metric.deal", q, q.first, q.last)


def _range(doc: Doc, q: Quantity, sentence: Sentence) -> bool:
    """One end of a range (``$60 million to $65 million``), a forecast, not a result."""
    if q.last + 1 < sentence.last and doc[q.last].lower_ in ("to", "-", "–", "and") and \
            doc[q.last + 1].lower_ in CURRENCIES_TEXT:
        return True
    return q.first - 1 > sentence.first and doc[q.first - 1].lower_ in ("to", "–") and any(
        t.lower_ in CURRENCIES_TEXT for t in doc[max(sentence.first, q.first - 5) : q.first - 1]
    ) and not any(t.lower_ == "from" for t in doc[max(sentence.first, q.first - 8) : q.first])


def _box_office(article: Article, sentence: Sentence, q: Quantity,
                figures: list[Quantity]) -> Reading | None:
    """Takings in a sentence about the box office: ``opened to $39.5 million``,
    ``$301 million worldwide``, ``in third with $8.1 million``."""
    doc = article.doc
    if q.value < 100_000 or _range(doc, q, sentence):
        return None
    lemmas = _lemmas(doc, sentence)
    window = {t.lower_ for t in doc[q.last : min(sentence.last, q.last + 4)]}
    if not lemmas & BOX_OFFICE and not window & BOX_OFFICE_PLACES and not (
        _ranked(article, sentence) and "box office" in article.text.lower()
    ):
        return None
    if window & {"worldwide", "global", "globally"} or {"worldwide", "global"} & {
        t.lower_ for t in doc[max(sentence.first, q.first - 3) : q.first]
    }:
        kind = "worldwide box office"
    elif window & {"overseas", "international", "internationally", "markets"}:
        kind = "international box office"
    else:
        kind = "box office"
    return _reading("other", _money_unit(q, f" ({kind})"), "metric.box_office", q, q.first,
                    q.last)


def _ranked(article: Article, sentence: Sentence) -> bool:
    """Whether the sentence gives a place (``went in at number three with £640,000``)."""
    return any(_number_rank(article, sentence, t) or _ordinal_place(article, sentence, t)
               for t in article.doc[sentence.first : sentence.last])


def _conversion(doc: Doc, q: Quantity) -> bool:
    """``$90m (£51m)``: a figure repeated in another currency."""
    return q.first > 1 and doc[q.first - 1].text == "(" and (
        doc[q.first - 2].like_num or doc[q.first - 2].lower_ in ("m", "bn", "million", "billion")
    )


# --- rankings ------------------------------------------------------------------------


def _rankings(article: Article, sentence: Sentence, taken: list[Reading]) -> Iterator[Reading]:
    doc = article.doc
    start, end = sentence.first, sentence.last
    for token in doc[start:end]:
        reading = (_number_rank(article, sentence, token)
                   or _ordinal_place(article, sentence, token)
                   or _top_spot(article, sentence, token)
                   or _top_n(article, sentence, token)
                   or _superlative(article, sentence, token))
        if reading is not None:
            yield reading


def _rank_value(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """(value, next token) of the number after a rank word."""
    if i >= end:
        return None
    value = parse_number(doc[i].text)
    if isinstance(value, int) and 1 <= value <= 100:
        return value, i + 1
    return None


def _rank_unit(doc: Doc, i: int, sentence: Sentence) -> str:
    """What a rank is on: ``on Prime Video's Top 10`` -> "Prime Video's Top 10", else the
    noun ranked (``No. 2 scripted series``)."""
    end = sentence.last
    if i < end and doc[i].lower_ in ("on", "among", "in") and i + 1 < end:
        j = i + 1
        if doc[j].lower_ in ("the", "a"):
            j += 1
        k = j
        while k < end and (not doc[k].is_punct or doc[k].text == "-") and doc[k].lower_ not in (
            "with", "in", "for", "and", "behind", "after", "according", "while", "that", "this",
            "last", "again", "since", "during", "as", "from"
        ):
            k += 1
        if k > j:
            return doc[j:k].text
    j = i
    while j < end and (doc[j].pos_ in ("ADJ", "NOUN", "PROPN") or doc[j].text == "-") and \
            not doc[j].is_punct or (j < end and doc[j].text == "-"):
        j += 1
    return doc[i:j].text if j > i else "chart"


def _number_rank(article: Article, sentence: Sentence, token: Token) -> Reading | None:
    """``No. 1 on the Top 10``, ``ranked No. 2``, ``the network's No. 2 drama``,
    ``number three``."""
    doc = article.doc
    end = sentence.last
    i = token.i
    found: tuple[int, int] | None = None
    if token.lower_ == "no" and i + 1 < end and doc[i + 1].text == ".":
        found = _rank_value(doc, i + 2, end)
    elif token.lower_ in ("no.", "#"):
        found = _rank_value(doc, i + 1, end)
    elif re.fullmatch(r"no\.?\d{1,2}", token.lower_):
        found = (int(re.sub(r"\D", "", token.text)), i + 1)
    elif token.lower_ == "number" and i > sentence.first and doc[i - 1].lower_ in (
        "at", "to", "in", "straight", "was", "is", "debuted", "reached", "hit", "the"
    ):
        found = _rank_value(doc, i + 1, end)
        if found is not None and not doc[i + 1].is_alpha:
            found = None
    if found is None:
        return None
    value, after = found
    if not _chart_context(doc, sentence):
        return None
    if after < end and (doc[after].lower_ in ("fan", "fans", "priority", "-") or
                        doc[after].lemma_.lower() in ("pick", "seed", "draft")):
        return None
    return Reading("ranking", _rank_unit(doc, after, sentence), "metric.number_rank", i,
                   after, i, value)


def _chart_context(doc: Doc, sentence: Sentence) -> bool:
    """Whether a sentence speaks of a chart or ranking (so ``No. 1`` is a place, not part
    of a name or an address)."""
    for t in doc[sentence.first : sentence.last]:
        if t.lower_ in CHART_CONTEXT or t.lemma_.lower() in CHART_CONTEXT:
            return True
    return False


def _ordinal_place(article: Article, sentence: Sentence, token: Token) -> Reading | None:
    """``in second place``, ``landed in fourth``, ``took third``, ``was third on the
    acquired chart``."""
    doc = article.doc
    end = sentence.last
    value = ordinal_of(token)
    if value is None or value > 20:
        return None
    i = token.i
    nxt = doc[i + 1] if i + 1 < end else None
    prev = doc[i - 1] if i > sentence.first else None
    if nxt is not None and nxt.lower_ in SPOT_NOUNS:
        if prev is not None and prev.lower_ in NOT_TOP:
            return None
        return Reading("ranking", _rank_unit(doc, i + 2, sentence), "metric.ordinal_place",
                       i - 1 if prev is not None and prev.lower_ == "in" else i, i + 2, i, value)
    if prev is None or prev.lower_ not in RANK_BEFORE:
        return None
    if nxt is not None and not nxt.is_punct and nxt.lower_ not in RANK_AFTER:
        return None
    if prev.lower_ in ("was", "is", "were", "be") and (nxt is None or nxt.lower_ not in (
        "on", "among", "in", "behind", "with", "overall"
    )):
        return None
    unit = _rank_unit(doc, i + 1, sentence) if nxt is not None and nxt.lower_ in (
        "on", "among") else _chart_of(article, sentence)
    return Reading("ranking", unit, "metric.ordinal_place", prev.i, i + 1, i, value)


def _chart_of(article: Article, sentence: Sentence) -> str:
    text = article.text.lower()
    return "box office" if "box office" in text else "chart"


def _top_spot(article: Article, sentence: Sentence, token: Token) -> Reading | None:
    """``took the top spot``, ``straight to the top of the box office``, ``topped the
    chart``, ``took command of the domestic box office``."""
    doc = article.doc
    end = sentence.last
    i = token.i
    before = {t.lower_ for t in doc[max(sentence.first, i - 3) : i]}
    if token.lower_ == "top" and i + 1 < end and doc[i + 1].lower_ in SPOT_NOUNS:
        if before & NOT_TOP:
            return None
        return Reading("ranking", _rank_unit(doc, i + 2, sentence), "metric.top_spot", i,
                       i + 2, i, 1)
    if token.lower_ == "top" and i + 1 < end and doc[i + 1].lower_ == "of" and \
            token.pos_ == "NOUN":
        window = doc[i + 2 : min(end, i + 9)]
        if before & NOT_TOP or not any(t.lower_ in CHART_WORDS for t in window):
            return None
        return Reading("ranking", _rank_unit(doc, i + 1, sentence), "metric.top_spot", i,
                       i + 2 + len(window), i, 1)
    if token.lemma_.lower() in LEAD_LEMMAS and token.lower_ != "top":
        window = doc[i + 1 : min(end, i + 6)]
        words = [t.lower_ for t in window]
        if "box" in words and "office" in words and not before & NOT_TOP:
            last = i + 1 + words.index("office") + 1
            return Reading("ranking", "box office", "metric.top_spot", i, last, i, 1)
    if token.lemma_.lower() == "top" and token.pos_ == "VERB":
        window = doc[i + 1 : min(end, i + 6)]
        if any(t.lower_ in CHART_WORDS for t in window):
            return Reading("ranking", _rank_unit(doc, i + 1, sentence), "metric.top_spot", i,
                           i + 1 + len(window), i, 1)
    return None


def _top_n(article: Article, sentence: Sentence, token: Token) -> Reading | None:
    """``rounded out the top five``."""
    doc = article.doc
    end = sentence.last
    i = token.i
    if token.lemma_.lower() != "round" or i + 4 >= end or doc[i + 1].lower_ != "out":
        return None
    j = i + 2
    if doc[j].lower_ == "the":
        j += 1
    if doc[j].lower_ != "top":
        return None
    found = _rank_value(doc, j + 1, end)
    if found is None:
        return None
    return Reading("ranking", _chart_of(article, sentence), "metric.top_n", i, found[1], i,
                   found[0])


def _superlative(article: Article, sentence: Sentence, token: Token) -> Reading | None:
    """``the network's most-watched new drama``, ``our most popular comedy series``."""
    doc = article.doc
    end = sentence.last
    i = token.i
    if token.lower_ not in ("most", "highest", "top") or i + 1 >= end:
        return None
    j = i + 1
    if doc[j].text == "-":
        j += 1
    if j >= end or doc[j].lower_ not in SUPERLATIVE_WORDS:
        return None
    if token.lower_ in ("highest", "top") and doc[j].lower_ != "rated":
        return None
    before = [t.lower_ for t in doc[max(sentence.first, i - 5) : i]]
    if "one" in before or "among" in before or "of" in before[-1:]:
        return None
    k = j + 1
    steps = 0
    while k < end and steps < 5 and doc[k].lower_ not in SHOW_NOUNS and (
        doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or doc[k].text == "-"
        or doc[k].tag_ == "VBN"
    ):
        k += 1
        steps += 1
    if k >= end or doc[k].lower_ not in SHOW_NOUNS:
        return None
    while k + 1 < end and doc[k + 1].lower_ in SHOW_NOUNS:
        k += 1
    return Reading("ranking", doc[i : k + 1].text, "metric.superlative", i, k + 1, i, 1)


# --- records -------------------------------------------------------------------------


def _subject(token: Token) -> Token | None:
    """The subject of the clause ``token`` stands in (a conjoined verb shares its first
    verb's subject)."""
    verb: Token | None = token
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.head.i != verb.i else None
    while verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head
            continue
        return None
    return None


def _other_thing(doc: Doc, reading: Reading) -> bool:
    """A figure about something that is not a work (``the soundtrack reached No. 4``) or,
    for takings, about many works at once (``the top 10 films grossed $128 million``,
    ``the weekend came in at $115 million``)."""
    subject = _subject(doc[reading.anchor])
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in OTHER_THINGS:
        return True
    if reading.measure != "other":
        return False
    if lemma in AGGREGATES:
        return True
    determiners = {c.lower_ for c in subject.children if c.dep_ in ("det", "predet", "nummod")}
    plural = subject.tag_ in ("NNS", "NNPS") and lemma in SHOW_NOUNS | {"film", "movie", "title"}
    return plural or bool(determiners & {"every", "each", "all"})


def _record(article: Article, sentence: Sentence, reading: Reading) -> Metric | None:
    doc = article.doc
    work = work_at(article, sentence, doc[reading.anchor])
    if work is not None and work.first < 0:
        work = _continuing_work(article, sentence) or work
    if work is None:
        return None
    span = doc[reading.first : reading.last]
    return Metric(
        doc=article.doc_id,
        work=work.value,
        measure=reading.measure,
        value=reading.value,
        unit=reading.unit,
        period=_period(article, sentence, reading),
        text=span.text,
        evidence=[Evidence(span.start_char, span.end_char)],
        confidence=0.7,
        path=reading.path,
    )


def _continuing_work(article: Article, sentence: Sentence) -> Mention | None:
    """A sentence that names no work goes on about the work the sentences before it were
    about, within its paragraph (a chart report takes one title at a time)."""
    text = article.text
    position = article.sentences.index(sentence)
    for earlier in reversed(article.sentences[max(0, position - 3) : position]):
        if "\n" in text[earlier.end - 1 : sentence.start].strip(" "):
            return None  # a paragraph ends before this sentence
        works = [m for m in earlier.mentions if m.kind == "T" and not passing(article, m)]
        if works:
            return works[0]
    return None


def _period(article: Article, sentence: Sentence, reading: Reading) -> str | None:
    """The time a figure covers: a year the sentence gives after it (``of 2020``), else
    the time phrase that follows it (``in its first 28 days``, ``in Live+7``), else the
    season the sentence names."""
    doc = article.doc
    end = sentence.last
    i = reading.last
    stop = min(end, i + 12)
    for k in range(i, stop):
        token = doc[k]
        if token.text in (";", "—") or (token.text == "," and k > i + 1):
            stop = k
            break
    for k in range(i, stop - 1):
        if doc[k].lower_ in ("in", "of", "for", "during", "since") and \
                YEAR_RE.match(doc[k + 1].text):
            return doc[k + 1].text
    for k in range(i, stop):
        token = doc[k]
        if token.lower_ not in PERIOD_PREPS:
            continue
        phrase = _phrase_after(doc, k + 1, stop)
        if phrase is not None:
            return phrase
    for span in article.season_spans(sentence):
        if span.label_.isdigit():
            word = "series" if "series" in span.text.lower() else "season"
            return f"{word} {span.label_}"
    return None


def _phrase_after(doc: Doc, j: int, stop: int) -> str | None:
    if j >= stop:
        return None
    if LIVE_RE.match(doc[j].text) or (doc[j].lower_ == "live" and j + 1 < stop and
                                      doc[j + 1].text in ("+", "-")):
        k = j
        while k < stop and not doc[k].is_space and doc[k].text not in (",", ".", ";") and (
            k == j or doc[k].text in ("+", "-") or doc[k].like_num or doc[k].lower_ in (
                "plus", "seven", "three", "day", "same", "sd", "35")
        ):
            k += 1
        return doc[j:k].text
    k = j
    while k < stop and k - j < 7 and not doc[k].is_punct:
        if doc[k].lemma_.lower() in TIME_NOUNS:
            return doc[j : k + 1].text
        if doc[k].pos_ in ("VERB", "AUX", "ADP") and k > j:
            return None
        k += 1
    return None
