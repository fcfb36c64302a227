"""Status events: announced, renewed, casting, in production, wrapped, premiere
scheduled, released, cancelled, ended, revived; with season and date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from marquee.extract.common import T, evidence, hedged, work_for
from marquee.extract.context import RELATIVE_RE, Article, Sentence, parse_date
from marquee.extract.records import Status
from marquee.nlp.vocab import MONTHS

_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
CUES: list[tuple[str, re.Pattern[str]]] = [
    ("revived", re.compile(r"\b(?:revived?|revives|revival|brought back|bring back|"
                           r"resurrect(?:ed|s)?)\b(?!.{0,30}\b(?:season|series)\b)", re.I)),
    ("renewed", re.compile(r"\b(?:renew(?:ed|s|ing)?|recommission(?:ed|ing)?|re-?ordered|"
                           rf"(?:coming|come|comes|will be) back for|(?:return|returns) for|"
                           rf"(?:revive|revived) for|getting an? (?:{_ORD}|new|another) season|"
                           rf"picked up for an? (?:{_ORD}|another)|for (?:two|three|four|five|"
                           rf"\d+|another|one) more seasons?)\b", re.I)),
    ("announced", re.compile(r"\b(?:ordered|series order|greenlit|green-?lit|commissioned|"
                             r"picked up|in development|developing|(?:is|are|be|being) adapted|"
                             r"will be adapted|is adapting|is making|signed up to (?:write|"
                             r"direct|produce)|new (?:\S+ )?(?:series|show|"
                             r"drama|comedy),? called|spinoff|spin-off)\b", re.I)),
    ("casting", re.compile(r"\b(?:cast as|has been cast|joins? the cast|joined the cast|"
                           r"(?:to|will) play|announced to star|tapped to|in talks to|"
                           r"in discussions to)\b", re.I)),
    ("in_production", re.compile(r"\b(?:(?:began|begun|begins|started|starts|start|begin)"
                                 r" (?:filming|shooting|production|work on)|(?:now|currently|is)"
                                 r" in production|entered production|currently (?:filming|"
                                 r"shooting|directing)|is (?:filming|shooting)|filming (?:has )?"
                                 r"(?:began|begun|started|is under way|underway)|production "
                                 r"(?:began|begun|started|is under way|underway))\b", re.I)),
    ("wrapped", re.compile(r"\b(?:wrapped (?:filming|production|shooting)|filming wrapped|"
                           r"(?:finished|completed) (?:filming|shooting)|has wrapped)\b", re.I)),
    ("premiere_scheduled", re.compile(r"\b(?:will (?:premiere|debut|air|return|launch|be "
                                      r"available|hit|arrive)|(?:is |are )?(?:due|set|scheduled)"
                                      r" (?:for release|to (?:premiere|debut|air|return|"
                                      r"launch))|premieres on|returns on|will be coming to|"
                                      r"coming to §N\d+§ in|premiere (?:on|this|next)|"
                                      r"(?:returning|return|returns) (?:with|on)|"
                                      r"begin(?:ning|s)? to air|kicks? off on|"
                                      r"premiere that will air|premieres? (?:this|next))\b", re.I)),
    ("released", re.compile(r"\b(?:premiered|debuted|first aired|aired|began airing|"
                            r"(?:hit|came to) (?:§N\d+§|screens|theaters|cinemas)|launched on|"
                            r"was released|released in|dropping in|(?:premiere|pilot|finale)"
                            r"(?: of (?:the \w+ )?§T\d+§)? (?:screened|aired))\b", re.I)),
    ("cancelled", re.compile(r"\b(?:cancel(?:l)?(?:ed|s|ing|ation)|axed|axes|scrapped|"
                             r"(?:will not|won't|would not) (?:return|be back|make any more)|"
                             r"not be renewed|pulled the plug)\b", re.I)),
    ("ended", re.compile(r"\b(?:final (?:season|series)|(?<=the |its )last (?:season|series)"
                         r"(?!['’]s)|farewell season|"
                         r"will (?:end|conclude)|(?<!beginning )(?<!start )(?<!finish )to end|"
                         r"(?<!last season )(?<!last series )(?<!last year )"
                         r"ended(?! its \w+ (?:season|series))|"
                         r"drew to (?:a close|an end|the end)|came to an end|series finale)\b",
                         re.I)),
]
DATE_PHRASE_RE = re.compile(
    r"\b(?:(?:on|in|since|from|by|until)\s+)?(?:(?:late |early )?(?:yesterday|today|tonight)|"
    r"(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: night| morning)?|"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)? )?(?:{'|'.join(MONTHS)})"
    r"(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? \d{4})?|"
    r"(?:19|20)\d{2}|(?:this|next|last) year)\b"
)
SEASONLESS_FIRST = {"released"}


def extract_statuses(article: Article) -> Iterator[Status]:
    for sentence in article.sentences:
        yield from _sentence_statuses(article, sentence)


def _sentence_statuses(article: Article, sentence: Sentence) -> Iterator[Status]:
    masked = sentence.masked
    seen: set[str] = set()
    for status, pattern in CUES:
        m = pattern.search(masked)
        if m is None or status in seen or hedged(masked, m.start()):
            continue
        if status == "renewed" and "revived" in seen:
            continue
        seen.add(status)
        work = work_for(article, sentence, m.start(), fallback=_refers(masked))
        if work is None:
            continue
        when = _date(article, sentence, m.start(), status)
        if status == "premiere_scheduled":
            if when is None:
                continue  # a premiere with no date is no schedule
            if article.published and len(when) == 10 and when < article.published.isoformat():
                status = "released"  # the date it was set for has passed: it is out
        for season in _seasons(article, sentence, m.start(), status, work):
            yield Status(
                doc=article.doc_id,
                work=work,
                season=season,
                status=status,
                date=when,
                evidence=evidence(sentence),
                confidence=0.7,
            )


def _refers(masked: str) -> bool:
    """Whether a sentence with no title of its own is about the article's main work."""
    return bool(re.search(rf"{T}|\b(?:it|its|they|the (?:show|series|film|movie))\b", masked, re.I))


def _seasons(
    article: Article, sentence: Sentence, at: int, status: str, work: str
) -> list[int | None]:
    spans = article.season_spans(sentence)
    if spans:
        cue_char = _masked_to_char(sentence, at)
        nearest = min(spans, key=lambda s: abs(s.start_char - cue_char))
        return article.resolve_season(nearest.label_)
    first = not re.search(r"\b(?:season|series) (?:premiere|finale|opener)|new season\b",
                          sentence.text, re.I)
    if status in SEASONLESS_FIRST and first and article.title_kinds.get(work) != "film":
        return [1]  # "X premiered in 2016" is its first season; a "season premiere" is not
    return [None]


def _masked_to_char(sentence: Sentence, at: int) -> int:
    """Approximate body offset of masked offset ``at`` (markers are short; good enough)."""
    return sentence.start + min(at, len(sentence.text))


def _other_clause(masked: str, start: int, end: int, at: int) -> bool:
    """Whether a date phrase belongs to another clause than the cue at ``at``: a dash or
    semicolon lies between them, or it names a period ("the best series of 2020")."""
    between = masked[end:at] if end <= at else masked[at:start]
    return bool(re.search(r"[—–;]", between)) or masked[max(0, start - 3) : start] == "of "


def _date(article: Article, sentence: Sentence, at: int, status: str) -> str | None:
    masked = sentence.masked
    best: tuple[int, str] | None = None
    for m in DATE_PHRASE_RE.finditer(masked):
        phrase = m.group()
        prefer = "future" if status == "premiere_scheduled" else "past"
        parsed = parse_date(phrase, article.published, prefer)
        if parsed is None or _other_clause(masked, m.start(), m.end(), at):
            continue
        # A calendar date outranks a bare weekday next to it ("on Sunday, May 3").
        distance = abs(m.start() - at) + (1000 if RELATIVE_RE.fullmatch(phrase.strip()) else 0)
        if best is None or distance < best[0]:
            best = (distance, parsed)
    if best is not None:
        return best[1]
    if status in ("premiere_scheduled",):
        return None
    return article.default_date(sentence.start)
