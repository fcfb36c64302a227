"""Numbers as articles write them: '14m', '$1.5bn', 'two million', 'Thirteen', '1,200'."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "k": 1_000, "million": 1_000_000, "m": 1_000_000,
    "mn": 1_000_000, "mln": 1_000_000, "billion": 1_000_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000,
}
WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
NUMBER_RE = (
    r"(?:[$£€]\s?)?(?:\d[\d,]*(?:\.\d+)?|(?:" + WORD + r")(?:[- ](?:" + WORD + r"))?)"
    r"(?:\s?(?:hundred|thousand|million|billion|mln|mn|bn|m|k|b)\b)?"
)
CURRENCIES = {"$": "dollars", "£": "pounds", "€": "euros"}


def parse_number(text: str) -> float | None:
    """The value of a number phrase (scale words applied), or None if it is not one."""
    plain = re.sub(r"[$£€,]", "", text.lower()).replace("-", " ")
    words = re.sub(r"(\d)(bn|mn|mln|m|k|b)\b", r"\1 \2", plain).split()
    if not words:
        return None
    value: float | None = None
    for word in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            value = (value or 0) + float(word)
        elif word in UNITS:
            value = (value or 0) + UNITS[word]
        elif word in TENS:
            value = (value or 0) + TENS[word]
        elif word in SCALES and value is not None:
            value *= SCALES[word]
        else:
            return None
    return value


def as_number(value: float) -> int | float:
    """An int when the value is whole (58000000, not 58000000.0)."""
    return int(value) if float(value).is_integer() else value


def currency(text: str) -> str | None:
    """The currency a money phrase names by its sign ('$120m' -> 'dollars')."""
    sign = re.search(r"[$£€]", text)
    return CURRENCIES[sign.group()] if sign else None
