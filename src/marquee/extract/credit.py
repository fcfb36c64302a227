"""Credits: who stars in a work (as which character) and who makes it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from marquee.extract.common import PLIST, P, T, evidence, persons_in, work_before, work_for
from marquee.extract.context import Article, Sentence
from marquee.extract.records import Credit
from marquee.nlp.vocab import BY_ROLES, COMMON_CAPS, ROLE_NOUNS, VERB_ROLES

CHAR = r"(?P<char>(?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,2}|§P(?P<cp>\d+)§)"
BY = "|".join(sorted((re.escape(k) for k in BY_ROLES), key=len, reverse=True))
NOUNS = "|".join(sorted((re.escape(k) for k in ROLE_NOUNS), key=len, reverse=True))

CAST_LIST_RE = re.compile(
    rf"\b(?:stars?|starring|co-starring|features|featuring|also stars|continue to star|"
    rf"(?i:judges)|presenters|cast members|(?:actors|actresses|stars|cast)"
    rf"[^.§]{{0,20}}?,? (?:including|such as))\s+(?P<list>{PLIST})"
)
APPEARING_RE = re.compile(
    rf"(?P<person>{P}),? (?:is |was |has |had |will )?(?:currently |also |now |been )*"
    rf"(?:starring|starred|stars|appearing|appeared|appears)(?: as [^§.]{{0,40}}?)? in "
    rf"(?:(?:[\w-]+|§[NC]\d+§(?:['’]s)?) ){{0,3}}(?P<work>{T})(?: alongside (?P<list>{PLIST}))?"
)
ROLE_OF_RE = re.compile(
    rf"(?P<list>{PLIST}),? (?:are|is|were|was|will be|serves? as|served as) (?:the |an? )?"
    rf"(?:series['’] |show['’]s )?(?P<noun>{NOUNS}) (?:of|on|for) (?:the )?(?P<work>{T})"
)
VERB_ROLE_RE = re.compile(
    rf"(?P<person>{P}),? (?:is |was |has |had |will )?(?:also |currently |later |then )*"
    rf"(?:went on to )?(?P<verbs>(?:(?:created|wrote|directed|directing|produced|producing|"
    rf"co-wrote|write|direct|executive produce|executive produced|produce|create)"
    rf"(?:,? and |, )?)+) (?:the |a |an )?(?:[\w-]+ ){{0,3}}(?P<work>{T})"
)
APPEARED_RE = re.compile(
    rf"(?P<list>{PLIST}),? (?:also |have |had |play |played |have )*(?:(?:appeared|starred|appear|"
    rf"star|co-starred) (?:in|on)\b|(?:crucial|key|major|supporting|recurring|main|lead|guest|"
    rf"starring) roles?\b)"
)
BY_LIST_RE = re.compile(
    rf"\b(?P<roles>(?:(?:{BY})(?:,? (?:and )?|, ))+)by (?P<list>{PLIST})", re.I
)
ROLE_BEFORE_RE = re.compile(
    rf"(?:(?P<work>{T})(?:['’]s)?,? |\b)(?P<noun>{NOUNS}),? (?P<person>{P})", re.I
)
ROLE_APPOSITIVE_RE = re.compile(
    rf"(?P<person>{P}), (?:the (?:show|series|film|movie)['’]s |(?P<work>{T})['’]s |the )"
    rf"(?P<nouns>(?:{NOUNS})(?: and (?:{NOUNS}))*)\b"
)
WORK_ROLE_RE = re.compile(rf"(?P<work>{T}) (?P<noun>actress|actor|star|creator|producer)"
                          rf" (?P<person>{P})")
AS_RE = re.compile(rf"(?P<person>{P})(?:,? (?:who )?(?:[a-z]+ ){{0,5}}(?:star|stars|play|plays|"
                   rf"appear|appears|return|returns|cast))? as "
                   rf"(?:(?:a|an|the) (?P<desc>[\w\s-]+?) named )?{CHAR}")
PLAYED_RE = re.compile(
    rf"(?P<person>{P}),? (?:who )?(?:plays|played|portrays|portrayed|was|is) "
    rf"(?:(?P<desc>the [a-z][\w\s-]*?) )?{CHAR}(?: in (?P<work>{T}))?"
)
VOICE_RE = re.compile(rf"(?P<person>{P}),? (?:who is )?the voice of (?P<chars>[A-Z][^,()]*)")
PAREN_RE = re.compile(rf"(?P<person>{P}) \((?P<char>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)\)")
STAR_OF_RE = re.compile(rf"(?P<person>{P}), star of (?:[a-z\- ]+ )?(?P<work>{T})")
FRAGMENT_RE = re.compile(rf"^\s*(?P<list>{PLIST})(?: of §[CN]\d+§)?\.?\s*$")


def extract_credits(article: Article) -> Iterator[Credit]:
    previous_role: tuple[str, str] | None = None  # (work, role) of the last "by" credit
    for sentence in article.sentences:
        masked = sentence.masked
        found = list(_sentence_credits(article, sentence))
        yield from found
        frag = FRAGMENT_RE.match(masked)
        if frag and previous_role and not found:
            work, role = previous_role
            for who in persons_in(sentence, frag.group("list")):
                yield _credit(article, sentence, work, who.value, role)
        by = [c for c in found if c.role not in ("cast",)]
        previous_role = (by[-1].work, by[-1].role) if by and BY_LIST_RE.search(masked) else None


def _credit(
    article: Article, sentence: Sentence, work: str, person: str, role: str,
    character: str | None = None,
) -> Credit:
    return Credit(doc=article.doc_id, work=work, season=None, person=person, role=role,
                  character=character, evidence=evidence(sentence), confidence=0.7)


def _value(sentence: Sentence, marker: str | None) -> str | None:
    if marker is None:
        return None
    return sentence.mentions[int(marker)].value


def _char(sentence: Sentence, m: re.Match[str]) -> str | None:
    if m.group("cp") is not None:
        return _value(sentence, m.group("cp"))
    char = m.group("char").strip().rstrip(".")
    return None if re.match(r"§", char) else char


def _sentence_credits(article: Article, sentence: Sentence) -> Iterator[Credit]:
    masked = sentence.masked
    for m in CAST_LIST_RE.finditer(masked):
        work = work_for(article, sentence, m.start())
        role = "host" if m.group().lower().startswith("present") else "cast"
        if work:
            for who in persons_in(sentence, m.group("list")):
                yield _credit(article, sentence, work, who.value, role)
    for m in APPEARED_RE.finditer(masked):
        work = work_for(article, sentence, m.end())
        if work:
            for who in persons_in(sentence, m.group("list")):
                yield _credit(article, sentence, work, who.value, "cast")
    for m in BY_LIST_RE.finditer(masked):
        work = work_before(article, sentence, m.start())
        roles = [BY_ROLES[r.lower()] for r in re.findall(BY, m.group("roles"), re.I)]
        paren = re.match(rf"\s*\((?P<work>{T})\)", masked[m.end() :])
        works = [w for w in (work, _value(sentence, _marker(paren and paren.group("work"))))
                 if w]
        for work in works:
            for who in persons_in(sentence, m.group("list")):
                for role in dict.fromkeys(roles):
                    yield _credit(article, sentence, work, who.value, role)
    for m in APPEARING_RE.finditer(masked):
        work = _value(sentence, _marker(m.group("work")))
        person = _value(sentence, _marker(m.group("person")))
        if work and person:
            yield _credit(article, sentence, work, person, "cast")
            for other in persons_in(sentence, m.group("list") or ""):
                yield _credit(article, sentence, work, other.value, "cast")
    for m in ROLE_OF_RE.finditer(masked):
        work = _value(sentence, _marker(m.group("work")))
        if work:
            for who in persons_in(sentence, m.group("list")):
                yield _credit(article, sentence, work, who.value,
                              ROLE_NOUNS[m.group("noun").lower()])
    for m in VERB_ROLE_RE.finditer(masked):
        work = _value(sentence, _marker(m.group("work")))
        person = _value(sentence, _marker(m.group("person")))
        verbs = re.findall(r"executive produced?|co-wrote|[a-z]+", m.group("verbs"))
        if work and person:
            for verb in verbs:
                if verb in VERB_ROLES:
                    yield _credit(article, sentence, work, person, VERB_ROLES[verb])
    for m in ROLE_BEFORE_RE.finditer(masked):
        role = ROLE_NOUNS[m.group("noun").lower()]
        if m.group("noun").lower() in ("actor", "actress", "actors", "actresses") \
                and not m.group("work"):
            continue  # "UK actress X" describes a person, credits nothing
        work = _value(sentence, _marker(m.group("work"))) or work_for(article, sentence, m.start())
        if work:
            yield _credit(article, sentence, work, _value(sentence, _marker(m.group("person")))
                          or "", role)
    for m in ROLE_APPOSITIVE_RE.finditer(masked):
        work = _value(sentence, _marker(m.group("work"))) or work_for(article, sentence, m.start())
        person = _value(sentence, _marker(m.group("person")))
        if work and person:
            for noun in re.findall(NOUNS, m.group("nouns"), re.I):
                yield _credit(article, sentence, work, person, ROLE_NOUNS[noun.lower()])
    for m in WORK_ROLE_RE.finditer(masked):
        work = _value(sentence, _marker(m.group("work")))
        person = _value(sentence, _marker(m.group("person")))
        if work and person:
            yield _credit(article, sentence, work, person, ROLE_NOUNS[m.group("noun")])
    for m in STAR_OF_RE.finditer(masked):
        work = _value(sentence, _marker(m.group("work")))
        person = _value(sentence, _marker(m.group("person")))
        if work and person:
            yield _credit(article, sentence, work, person, "cast")
    yield from _characters(article, sentence)


def _characters(article: Article, sentence: Sentence) -> Iterator[Credit]:
    masked = sentence.masked
    for regex in (AS_RE, PLAYED_RE):
        for m in regex.finditer(masked):
            if regex is AS_RE and re.search(r"\bas well$", masked[: m.start("char")].rstrip()):
                continue
            person = _value(sentence, _marker(m.group("person")))
            char = _char(sentence, m)
            if not person or not char or char == person or char in COMMON_CAPS:
                continue
            work = _value(sentence, _marker(m.groupdict().get("work") or "")) or work_before(
                article, sentence, m.start()
            )
            if work and char != work:
                credit = _credit(article, sentence, work, person, "cast", char)
                credit.confidence = 0.75
                yield credit
    for m in VOICE_RE.finditer(masked):
        person = _value(sentence, _marker(m.group("person")))
        work = work_for(article, sentence, m.start())
        if person and work:
            for char in re.split(r",? and |, ", m.group("chars")):
                char = char.strip()
                if char and char[0].isupper():
                    yield _credit(article, sentence, work, person, "voice_cast", char)
    cast_context = re.search(r"\b(?:star|cast|actor|actress|played|plays)", masked, re.I)
    for m in PAREN_RE.finditer(masked):
        person = _value(sentence, _marker(m.group("person")))
        before = masked[: m.start()]
        if person and (cast_context or not re.search(r"\bby\s*$", before)):
            work = work_before(article, sentence, m.start())
            if work:
                yield _credit(article, sentence, work, person, "cast", m.group("char"))


def _marker(text: str | None) -> str | None:
    if not text:
        return None
    m = re.search(r"\d+", text)
    return m.group() if m else None
