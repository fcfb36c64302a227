"""Name normalisation for entity resolution: conservative, so distinct names stay distinct."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
_NON_WORD = re.compile(r"[\W_]+")


def norm_name(name: str) -> str:
    """Case, accents, punctuation, hyphens and extra spaces ignored.

    ``"Emily In Paris"`` and ``"emily in paris"`` agree; ``"Grey's Anatomy"`` and
    ``"Greys Anatomy"`` agree; ``"Leroy-Beaulieu"`` and ``"Leroy Beaulieu"`` agree.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.casefold())
    return _NON_WORD.sub(" ", text).strip()
