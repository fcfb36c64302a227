"""Characters: named in cast credits, or introduced as "the character of X"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from marquee.extract.common import evidence, work_for
from marquee.extract.context import Article
from marquee.extract.records import Character, Credit

CHARACTER_OF_RE = re.compile(r"\bthe character of (?P<char>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")
NAMED_RE = re.compile(r"\b(?:an?|the) (?P<desc>[a-z][\w\s-]{3,60}?) named "
                      r"(?P<char>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")
WHO_IS_RE = re.compile(r"\bas (?P<char>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?),? who is "
                       r"(?P<desc>(?:an?|the) [^,.;]*?)(?: and |[,.;]|$)")
PLAYED_DESC_RE = re.compile(r"\bplayed (?P<desc>the [a-z][\w\s-]*?) (?P<char>[A-Z][\w'’-]*)")


def extract_characters(article: Article, credits: Iterable[Credit]) -> Iterator[Character]:
    descriptions: dict[str, str] = {}
    for sentence in article.sentences:
        for regex in (NAMED_RE, WHO_IS_RE, PLAYED_DESC_RE):
            for m in regex.finditer(sentence.text):
                descriptions.setdefault(m.group("char"), m.group("desc").strip())
    for credit in credits:
        if credit.character:
            yield Character(doc=article.doc_id, work=credit.work, character=credit.character,
                            description=descriptions.get(credit.character),
                            evidence=credit.evidence, confidence=credit.confidence)
    for sentence in article.sentences:
        for m in CHARACTER_OF_RE.finditer(sentence.text):
            work = work_for(article, sentence, min(m.start(), len(sentence.masked)))
            char = m.group("char")
            if work and char != work:
                yield Character(doc=article.doc_id, work=work, character=char,
                                description=descriptions.get(char),
                                evidence=evidence(sentence), confidence=0.6)
