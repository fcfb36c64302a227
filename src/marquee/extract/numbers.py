"""Numbers as articles write them: '14m', '$1.5bn', 'two million', 'Thirteen', '1,200'.

Number words ("Thirteen", "twenty-two", "two million") and ordinals ("fourth") are read by
``number-parser``; it does not read digits with a scale ("1.5 million", "14m", "$1.5bn"),
so those are read here with :class:`~decimal.Decimal` (no float residue: 4.1 million is
4100000) and the small table of scale words below, which no library provides for the
short forms of the trade press ("m", "bn", "mln").

:func:`quantities` finds the figures of a span of tokens: a currency sign, the number
(digits or words), a scale word and a percent sign, read as one :class:`Quantity`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import number_parser
from spacy.tokens import Doc, Token

SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000,
    "mn": 1_000_000, "mln": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000,
}
# Scale words that stand alone after a number ("4.1 million"); the one-letter short forms
# only count glued to the figure or right after it ("5.6m", "14 m" as spaCy splits it).
SCALE_WORDS = {"hundred", "thousand", "million", "billion", "mln", "mn", "bn"}
SHORT_SCALES = {"m", "k", "b", "bn", "mn", "m."}
CURRENCIES = {"$": "dollars", "£": "pounds", "€": "euros", "us$": "dollars", "c$": "dollars",
              "a$": "dollars", "usd": "dollars", "gbp": "pounds", "eur": "euros"}
PERCENT_WORDS = {"%", "percent", "pct"}

DIGITS_RE = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
GLUED_RE = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<scale>bn|mn|mln|m|k|b)\.?", re.I)
ORDINAL_DIGITS_RE = re.compile(r"(?P<num>\d+)(?:st|nd|rd|th)", re.I)
YEAR_RE = re.compile(r"(?:1[89]|20)\d{2}")


def _digits(text: str) -> Decimal | None:
    if not DIGITS_RE.fullmatch(text):
        return None
    if "," in text and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return None
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _words(text: str) -> Decimal | None:
    """A number written in words ("thirteen", "twenty-two"), by number-parser."""
    if not re.fullmatch(r"[a-z]+(?:[- ][a-z]+)*", text):
        return None
    value = _parsed_number(text)
    return Decimal(value) if isinstance(value, int) else None


# number-parser rebuilds its word tables on every call: each distinct word is read once.
@lru_cache(maxsize=4096)
def _parsed_number(text: str) -> object:
    return number_parser.parse_number(text)


@lru_cache(maxsize=4096)
def _parsed_ordinal(text: str) -> object:
    return number_parser.parse_ordinal(text)


def parse_number(text: str) -> float | None:
    """The value of a number phrase (scale words applied), or None if it is not one:
    '14m' -> 14000000, '$1.5bn' -> 1500000000, 'twenty-two' -> 22."""
    plain = re.sub(r"[$£€]", "", text.strip().lower()).strip()
    if not plain:
        return None
    glued = GLUED_RE.fullmatch(plain)
    if glued:
        base = _digits(glued.group("num"))
        return None if base is None else as_number(base * SCALES[glued.group("scale")])
    words = plain.replace("-", " ").split()
    scale = 1
    while len(words) > 1 and words[-1] in SCALES:
        scale *= SCALES[words.pop()]
    body = " ".join(words)
    value = _digits(body) if body[:1].isdigit() or body[:1] == "." else _words(body)
    if value is None and body in ("a", "an") and scale > 1:
        value = Decimal(1)
    return None if value is None else as_number(value * scale)


ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


@lru_cache(maxsize=8192)
def parse_ordinal(text: str) -> int | None:
    """'fourth' -> 4, '3rd' -> 3 (number-parser reads the words)."""
    m = ORDINAL_DIGITS_RE.fullmatch(text.strip())
    if m:
        return int(m.group("num"))
    low = text.lower()
    if not text.isalpha() or not low.endswith(ORDINAL_ENDINGS):
        return None  # every English ordinal word ends so ("first", "second", "twelfth")
    value = _parsed_ordinal(low)
    return value if isinstance(value, int) and _parsed_number(low) is None else None


def as_number(value: float | Decimal) -> int | float:
    """An int when the value is whole (58000000, not 58000000.0)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return int(value) if float(value).is_integer() else value


def currency(text: str) -> str | None:
    """The currency a money phrase names by its sign ('$120m' -> 'dollars')."""
    sign = re.search(r"[$£€]", text)
    return CURRENCIES[sign.group()] if sign else None


@dataclass
class Quantity:
    """A figure in the text: ``doc[first:last]`` (the sign, the number, its scale and a
    percent sign); ``at`` is the token of the number itself."""

    first: int
    last: int
    at: int
    value: int | float
    currency: str | None = None  # "dollars", "pounds", "euros"
    percent: bool = False
    scaled: bool = False  # a scale word was applied ("4.1 million")
    year: bool = False  # a bare four-digit year ("in 2019")
    words: bool = False  # written in words ("eight")

    @property
    def money(self) -> bool:
        return self.currency is not None

    @property
    def decimal(self) -> bool:
        return isinstance(self.value, float)

    def whole(self, low: int = 1, high: int = 10_000) -> bool:
        return isinstance(self.value, int) and low <= self.value <= high


def _number_at(doc: Doc, i: int, end: int) -> tuple[Decimal, int, int, bool] | None:
    """(value, scale, next token, in words) of a number starting at token ``i``."""
    token = doc[i]
    text = token.text
    glued = GLUED_RE.fullmatch(text)
    if glued and glued.group("scale").lower() in SCALES:
        base = _digits(glued.group("num"))
        if base is not None:
            return base, SCALES[glued.group("scale").lower()], i + 1, False
    value = _digits(text)
    if value is not None:
        return value, 1, i + 1, False
    if not token.like_num or not token.is_alpha or token.lower_ in SCALES:
        return None
    # "twenty - two" as spaCy splits it
    words = [token.lower_]
    j = i + 1
    if j + 1 < end and doc[j].text == "-" and doc[j + 1].like_num and doc[j + 1].is_alpha \
            and doc[j + 1].lower_ not in SCALES and not doc[j].whitespace_:
        words.append(doc[j + 1].lower_)
        j += 2
    parsed = _words("-".join(words))
    if parsed is None and len(words) > 1:
        parsed, j = _words(words[0]), i + 1
    if parsed is None:
        return None
    return parsed, 1, j, True


def quantities(doc: Doc, start: int, end: int) -> Iterator[Quantity]:
    """Every figure among ``doc[start:end]``, in order."""
    i = start
    while i < end:
        token = doc[i]
        sign: str | None = None
        first = i
        if token.lower_ in CURRENCIES and i + 1 < end:
            sign = CURRENCIES[token.lower_]
            i += 1
        elif token.lower_ in ("a", "an") and i + 1 < end and doc[i + 1].lower_ in SCALE_WORDS:
            # "a million copies"
            scale = SCALES[doc[i + 1].lower_]
            yield Quantity(first, i + 2, i, scale, scaled=True, words=True)
            i += 2
            continue
        number = _number_at(doc, i, end)
        if number is None:
            i = first + 1
            continue
        at = i
        value, scale, j, in_words = number
        while j < end and (
            doc[j].lower_ in SCALE_WORDS
            or (doc[j].lower_ in SHORT_SCALES and not doc[j - 1].whitespace_ and scale == 1
                and not in_words)
        ):
            scale *= SCALES[doc[j].lower_.rstrip(".")]
            j += 1
        percent = False
        if j < end and doc[j].lower_ in PERCENT_WORDS:
            percent = True
            j += 1
        elif j + 1 < end and doc[j].lower_ == "per" and doc[j + 1].lower_ == "cent":
            percent = True
            j += 2
        year = (sign is None and scale == 1 and not percent and not in_words
                and bool(YEAR_RE.fullmatch(doc[at].text)))
        yield Quantity(first, j, at, as_number(value * scale), sign, percent, scale > 1, year,
                       in_words)
        i = j


def ordinal_of(token: Token) -> int | None:
    """The place an ordinal word names ("fourth" -> 4, "2nd" -> 2), else None."""
    return parse_ordinal(token.text)
