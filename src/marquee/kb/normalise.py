"""Name normalisation for entity resolution: conservative, so distinct names stay distinct.

``norm_name`` is the plain form (case, accents, punctuation, hyphens ignored); each kind
of entity also has a resolution key that joins the variants its rule allows:
``work_key`` (a leading article, quotes, an owner's possessive like "Netflix's"),
``company_key`` (``BBC1`` = ``BBC One``, ``+`` = ``Plus``, known aliases) and
``person_key`` (the plain form: spelling variants need evidence, see ``resolve``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from marquee.kb.aliases import COMPANY_ALIASES
from marquee.vocab import NETWORKS, STUDIOS

_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`]")
_NON_WORD = re.compile(r"[\W_]+")
_POSSESSIVE = re.compile(r"^(?P<owner>.+?)['\u2019]s\s+(?P<rest>\S.*)$")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")
ARTICLES = ("the", "a", "an")
NUMBER_WORDS = {
    "1": "one", "2": "two", "3": "three", "4": "four", "5": "five",
    "6": "six", "7": "seven", "8": "eight", "9": "nine",
}


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def norm_name(name: str) -> str:
    """Case, accents, punctuation, hyphens and extra spaces ignored.

    ``"Emily In Paris"`` and ``"emily in paris"`` agree; ``"Grey's Anatomy"`` and
    ``"Greys Anatomy"`` agree; ``"Leroy-Beaulieu"`` and ``"Leroy Beaulieu"`` agree.
    """
    text = _APOSTROPHES.sub("", _fold(name))
    return _NON_WORD.sub(" ", text).strip()


def drop_article(norm: str) -> str:
    """``"the oa"`` -> ``"oa"``; a title that is only an article keeps it."""
    first, _, rest = norm.partition(" ")
    return rest if first in ARTICLES and rest else norm


def company_key(name: str) -> str:
    """``BBC1``, ``BBC 1`` and ``BBC One`` agree; ``Disney+`` is ``Disney Plus``, not ``Disney``.

    A name of a known alias group (``aliases.COMPANY_ALIASES``) gets the group's key.
    """
    key = plain_company_key(name)
    return _ALIAS_KEYS.get(key, key)


def plain_company_key(name: str) -> str:
    text = _fold(name).replace("+", " plus ").replace("&", " and ")
    text = _LETTER_DIGIT.sub(" ", _APOSTROPHES.sub("", text))
    words = [NUMBER_WORDS.get(w, w) for w in _NON_WORD.sub(" ", text).split()]
    return drop_article(" ".join(words))


def _alias_keys(groups: Iterable[tuple[str, ...]]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for group in groups:
        canonical = plain_company_key(group[0])
        for name in group:
            keys[plain_company_key(name)] = canonical
    return keys


_ALIAS_KEYS = _alias_keys(COMPANY_ALIASES)
KNOWN_OWNERS = frozenset(company_key(n) for n in (*NETWORKS, *STUDIOS))


def strip_owner(title: str, owners: frozenset[str] = KNOWN_OWNERS) -> str:
    """``"Netflix's The Lark"`` -> ``"The Lark"`` when the owner is a known network or studio.

    ``"Grey's Anatomy"`` and ``"Schitt's Creek"`` keep their possessive: only a company
    that owns the show is dropped.
    """
    match = _POSSESSIVE.match(title.strip())
    if match and company_key(match["owner"]) in owners:
        return match["rest"]
    return title


def strip_quotes(title: str) -> str:
    """``"'The Lark'"`` -> ``"The Lark"`` (quotes around the whole title only)."""
    return title.strip().strip("'\"\u2018\u2019\u201c\u201d`").strip()


def possessive_owner(title: str) -> str | None:
    """The company key of ``X`` in a title written ``X's ...``, else None."""
    match = _POSSESSIVE.match(strip_quotes(title))
    return company_key(match["owner"]) if match else None


def work_key(title: str, owners: frozenset[str] = KNOWN_OWNERS) -> str:
    """A title's key: case, punctuation, quotes, a leading article and an owner's possessive
    ignored (``Netflix's The Lark`` = ``'The Lark'`` = ``the OA`` = ``OA``)."""
    return drop_article(norm_name(strip_owner(strip_quotes(title), owners)))


_TRAILING_POSSESSIVE = re.compile(r"['\u2019]s?$")


def strip_possessive(name: str) -> str:
    """``"Tam Orrick's"`` -> ``"Tam Orrick"`` (a name the article wrote as an owner)."""
    return _TRAILING_POSSESSIVE.sub("", name.strip())


def person_key(name: str) -> str:
    """A person's key is the plain form (``Leroy-Beaulieu`` = ``leroy beaulieu``), without
    a trailing possessive (``Tam Orrick's`` = ``Tam Orrick``)."""
    return norm_name(strip_possessive(name))


KEYS: dict[str, Callable[[str], str]] = {
    "work": work_key,
    "person": person_key,
    "company": company_key,
}


def entity_key(kind: str, name: str) -> str:
    """The resolution key of ``name`` as an entity of ``kind``."""
    return KEYS.get(kind, norm_name)(name)
