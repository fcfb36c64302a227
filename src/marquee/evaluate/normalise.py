"""Normalisation of record fields before gold and predicted records are compared.

FACTS.md: key fields match "after normalisation (case, punctuation, hyphens and extra
spaces ignored)". Strings are lower-cased, hyphens/dashes/underscores become spaces,
every other punctuation character (curly quotes and apostrophes included) is dropped,
and runs of whitespace collapse to one space. ``None`` stays ``None``, and so does a
string with nothing left after normalisation.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from typing import Any

# Characters that separate words rather than join them: hyphens, dashes, underscores, slashes.
_SEPARATORS = re.compile(r"[\u002d\u2010-\u2015\u2212\u00ad_/]")
_SPACES = re.compile(r"\s+")

# Credit roles that count as one when matching.
ROLE_ALIASES: dict[str, str] = {"producer": "executive producer"}


def normalise_text(value: Any) -> str | None:
    """Lower-case, hyphens to spaces, punctuation dropped, spaces collapsed; None stays None."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    text = _SEPARATORS.sub(" ", text)
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    text = _SPACES.sub(" ", text).strip()
    return text or None


def normalise_role(value: Any) -> str | None:
    """A credit role, with ``producer`` and ``executive_producer`` made one."""
    role = normalise_text(value)
    if role is None:
        return None
    return ROLE_ALIASES.get(role, role)


def normalise_season(value: Any) -> int | str | None:
    """A season as an int (``2``, ``"2"``, ``2.0`` are the same); None stays None."""
    if value is None or isinstance(value, bool):
        return None if value is None else str(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else str(value)
    text = normalise_text(value)
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        return text


def normalise_number(value: Any) -> float | str | None:
    """A number compared as a float (``58000000`` = ``5.8e7`` = ``"58,000,000"``)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace(",", "").replace("_", "")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return normalise_text(value)
    if math.isnan(number):
        return None
    return number


def tokens(value: Any) -> list[str]:
    """The tokens of a normalised text (empty for None)."""
    text = normalise_text(value)
    return text.split(" ") if text else []


def token_f1(a: Any, b: Any) -> float:
    """Bag-of-tokens F1 between two texts after normalisation (0.0 when either is empty)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = sum((Counter(ta) & Counter(tb)).values())
    if common == 0:
        return 0.0
    # 2PR / (P + R) with P = common/len(tb), R = common/len(ta), in one exact division.
    return 2 * common / (len(ta) + len(tb))
