"""Given names, from ``gender_guesser``'s lexicon of first names across many countries.

The small English model labels many names it has not seen as organisations or places
("Odile Farrant", "Tomasz Verrier"); a name-shaped phrase that opens with a given name
is a person's name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def detector() -> Any:
    import gender_guesser.detector as gender_detector

    return gender_detector.Detector(case_sensitive=False)


def fold(word: str) -> str:
    """``word`` without accents ("Grégoire" -> "Gregoire")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def is_given_name(word: str) -> bool:
    """Whether ``word`` (or the first part of a hyphenated one) is a known given name."""
    word = word.strip(".,")
    if len(word) < 2 or not word[:1].isupper():
        return False
    for candidate in dict.fromkeys((word, word.split("-")[0])):
        answer = detector().get_gender(candidate)
        if answer == "unknown" and fold(candidate) != candidate:
            answer = detector().get_gender(fold(candidate))
        if answer != "unknown":
            return True
    return False
