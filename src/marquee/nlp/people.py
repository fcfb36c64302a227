"""People: repair the NER's person spans and resolve surnames to full names.

The small English model tags some names in cast lists as places or nationalities; a
name-shaped span in a list that holds a person, or after a cast cue, is a person.
Every mention (full name, surname, or a close misspelling of one) is put in
``doc.spans["people"]`` with the full name as its label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz
from spacy.tokens import Doc, Span

from marquee.nlp.doctext import doc_text
from marquee.nlp.given_names import is_given_name
from marquee.vocab import COMMON_CAPS, NETWORKS, OUTLETS

UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
LOWER = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž"
NAME_PART = rf"(?:[{UPPER}][{LOWER}]*[’']?[{UPPER}]?[{LOWER}]+|[{UPPER}]\.)"
NAME_RE = re.compile(rf"\b{NAME_PART}(?:(?:-| ){NAME_PART}){{1,3}}\b")
LIST_SEP_RE = re.compile(r"^\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)$")
CUE_RE = re.compile(
    r"(?:\b(?:stars?|starring|featuring|features|co-stars?|actors?|actress(?:es)?|judges?|"
    r"presenters?|hosts?|by|with|as well as|including|cast members?)\s+)$"
)
TITLE_WORDS = {
    "officer", "president", "chief", "executive", "director", "producer", "star", "actor",
    "actress", "judge", "host", "creator", "writer", "showrunner", "senator", "governor",
    "chairman", "ceo", "head", "controller", "professor", "critic", "comedian", "singer",
    "co-creator", "co-star", "costar", "presenter", "narrator", "newcomer", "veteran",
    "filmmaker", "screenwriter", "novelist", "author", "rapper", "musician", "commissioner",
    "chairwoman", "spokesperson", "spokesman", "spokeswoman", "anchor", "co-host",
}
HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"}
# What follows a performer's name and never a title: "X stars as Y", "X will play Y".
PERFORMER_AFTER_RE = re.compile(
    r"\s+(?:also\s+|now\s+)?(?:(?:co-?)?stars?|starred|starring|appears?|appeared)\s+as\b|"
    r"\s+(?:plays|played|will play|is playing|portrays|portrayed|voices|voiced)\s|"
    r"\s+(?:has been|have been|was|were|is|are|will be)\s+cast\b|"
    r"\s+(?:joins|joined)\s+the\s+cast\b"
)
NON_PERSON_LABELS = {"NETWORK", "OUTLET", "STUDIO", "DATE", "CARDINAL", "ORDINAL", "MONEY"}
_VOCAB = set(NETWORKS) | set(OUTLETS)
# First words of networks and outlets ("Sky" of "Sky One"): a name opening with one is
# the company's ("Sky Comedy"), not a person's.
VOCAB_FIRST_WORDS = {name.split()[0] for name in _VOCAB if " " in name}


def _norm(name: str) -> str:
    return re.sub(r"[\s\-]+", " ", name).strip().lower()


def _name_candidates(doc: Doc) -> list[Span]:
    spans = []
    for m in NAME_RE.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(t.ent_type_ in NON_PERSON_LABELS for t in span):
            continue
        if span.text.split()[0] in COMMON_CAPS or m.group() in _VOCAB:
            continue
        spans.append(span)
    return spans


def _repair(doc: Doc, persons: list[Span]) -> list[Span]:
    """Add name-shaped spans that sit in a list with a person or after a cast cue."""
    candidates = _name_candidates(doc)
    found = {(p.start_char, p.end_char) for p in persons}
    text = doc_text(doc)
    added: list[Span] = []
    for cand in candidates:
        inner = [p for p in persons
                 if cand.start_char <= p.start_char and p.end_char <= cand.end_char]
        extra = cand.text.replace(inner[0].text, " ").split() if len(inner) == 1 else []
        role = _is_title_word(extra[0].lower()) if extra else False
        if len(extra) == 1 and not role and extra[0] not in COMMON_CAPS:
            # "Philippine Leroy Beaulieu" around a tagged "Leroy Beaulieu": take the whole name.
            persons = [p for p in persons if p is not inner[0]] + [cand]
            found.discard((inner[0].start_char, inner[0].end_char))
            found.add((cand.start_char, cand.end_char))
            continue
        if any(s <= cand.start_char < e or cand.start_char <= s < cand.end_char for s, e in found):
            continue
        before = text[max(0, cand.start_char - 40) : cand.start_char]
        neighbours = [
            p
            for p in persons
            if (0 <= cand.start_char - p.end_char <= 6
                and LIST_SEP_RE.match(text[p.end_char : cand.start_char]))
            or (0 <= p.start_char - cand.end_char <= 6
                and LIST_SEP_RE.match(text[cand.end_char : p.start_char]))
        ]
        if neighbours or CUE_RE.search(before):
            added.append(cand)
            persons = persons + [cand]
            found.add((cand.start_char, cand.end_char))
    # A list repaired on its left may now reach further people on the right: one more pass.
    if added:
        return _repair(doc, persons)
    return persons


def _resolve(mentions: Iterable[Span]) -> dict[tuple[int, int], str]:
    """Map each mention to the fullest name it refers to."""
    fulls: dict[str, str] = {}
    for span in mentions:
        text = span.text.strip()
        if len(text.split()) >= 2 and _norm(text) not in fulls:
            fulls[_norm(text)] = text
    surnames: dict[str, str] = {}
    firsts: dict[str, set[str]] = {}
    for name in fulls.values():
        surnames.setdefault(name.split()[-1], name)  # "Okafor-Lind" of "Ama Okafor-Lind"
        surnames.setdefault(name.replace("-", " ").split()[-1], name)
        firsts.setdefault(name.split()[0], set()).add(name)
    resolved: dict[tuple[int, int], str] = {}
    for span in mentions:
        text = span.text.strip()
        if len(text.split()) >= 2:
            resolved[(span.start, span.end)] = fulls[_norm(text)]
            continue
        full: str | None = surnames.get(text)
        if full is None and len(firsts.get(text, ())) == 1:  # "Ada" for "Ada Kerr"
            full = next(iter(firsts[text]))
        if full is None:
            best = max(surnames, key=lambda s: fuzz.ratio(s, text), default=None)
            if best is not None and fuzz.ratio(best, text) >= 85 and best[0] == text[0]:
                full = surnames[best]
        if full is not None:
            resolved[(span.start, span.end)] = full
    return resolved


NAME_PARTICLES = {"de", "del", "della", "di", "da", "van", "von", "der", "den", "la", "le",
                  "du", "bin", "ibn", "al"}
# Articles that open titles in other languages, and are given names in English ("Les").
FOREIGN_ARTICLES = {"les", "la", "le", "el", "los", "las", "il", "der", "die", "das", "lo"}
# Last words of names of places, buildings and companies, never of a person.
NOT_SURNAMES = {
    "street", "road", "avenue", "park", "square", "station", "hall", "theatre", "theater",
    "house", "centre", "center", "studios", "studio", "pictures", "productions", "films",
    "media", "entertainment", "television", "network", "group", "records", "bros", "inc",
    "ltd", "company", "university", "college", "school", "festival", "awards", "hotel",
    "bridge", "lane", "court", "island", "bay", "county", "city", "valley", "garden",
    "gardens", "museum", "gallery", "tower", "building", "club", "bar", "cafe", "diner",
    "prize", "trust", "foundation", "council", "agency", "police", "hospital", "church",
}


def _given_name_people(doc: Doc, persons: list[Span]) -> list[Span]:
    """Name-shaped phrases the NER missed or called an organisation or place that open
    with a given name ("Odile Farrant"): people, unless they end like a place or a
    company, or the vocabulary ruler knows them."""
    taken = {i for p in persons for i in range(p.start, p.end)}
    added: list[Span] = []
    for found in _name_candidates(doc):
        # "Head of Programming Ada Bell": the name starts at its given name.
        first = next((t.i for t in found[:-1] if is_given_name(t.text)), None)
        if first is None:
            continue
        cand = doc[first : found.end]
        if taken & set(range(cand.start, cand.end)):
            continue
        words = cand.text.replace("-", " ").split()
        if not 2 <= len(cand.text.split()) <= 4 or words[-1].lower() in NOT_SURNAMES:
            continue  # one hyphenated word ("Ruiz-Mendel") is a surname, not a full name
        if any(t.is_stop and t.lower_ not in NAME_PARTICLES for t in cand) or \
                cand[0].lower_ in FOREIGN_ARTICLES or cand[0].text in VOCAB_FIRST_WORDS:
            continue  # "Tessa In Lisbon", "Les Nuits Longues": titles, not names
        if any(t.ent_type_ in ("DATE", "TIME", "GPE") and len(cand) == 1 for t in cand):
            continue
        added.append(cand)
        taken.update(range(cand.start, cand.end))
    return persons + added


def find_people(doc: Doc) -> list[Span]:
    persons = [e for e in doc.ents if e.label_ == "PERSON" and e[0].text not in VOCAB_FIRST_WORDS]
    persons += [e for e in doc.ents if e.label_ == "WORK" and _performer(doc, e)]
    persons = [_strip_role(doc, _strip_possessive(doc, p)) for p in persons]
    persons = _repair(doc, persons)
    persons = _given_name_people(doc, persons)
    persons = [s for s in (_strip_leading(doc, _strip_role(doc, p)) for p in persons) if s]
    persons += _hyphenated_surnames(doc, persons)
    full_names = {p.text.replace("-", " ").split()[-1] for p in persons if len(p) >= 2}
    # Surname mentions the NER missed ("Odenkirk told me").
    known = {(p.start, p.end) for p in persons}
    for tok in doc:
        if tok.text in full_names and tok.is_title and (tok.i, tok.i + 1) not in known:
            if not any(p.start <= tok.i < p.end for p in persons):
                persons.append(doc[tok.i : tok.i + 1])
    resolved = _resolve(persons)
    out = []
    for p in sorted(persons, key=lambda s: s.start):
        name = resolved.get((p.start, p.end))
        if name:
            out.append(Span(doc, p.start, p.end, label=name))
    return out


def _performer(doc: Doc, span: Span) -> bool:
    """A name-shaped span the title recogniser took, followed by what only a performer
    does ("X stars as Y"): a person."""
    return bool(NAME_RE.fullmatch(span.text)) and bool(
        PERFORMER_AFTER_RE.match(doc_text(doc), span.end_char))  # the text joined once


def _is_title_word(word: str) -> bool:
    return word in TITLE_WORDS or (word.endswith("s") and word[:-1] in TITLE_WORDS)


def _strip_role(doc: Doc, span: Span) -> Span:
    """'Judges Ada Kerr' -> 'Ada Kerr': a leading role word is not part of a name."""
    start = span.start
    while span.end - start > 2 and _is_title_word(doc[start].lower_):
        start += 1
    while span.end - start > 1 and doc[start].text.rstrip(".") in HONORIFICS:
        start += 1
    return doc[start : span.end]


# Words of a picture's credit line before a name: "Copyright Ada Bell", "Photo Jo Pike".
CREDIT_WORDS = frozenset({"copyright", "photo", "photograph", "photos", "courtesy", "credit",
                          "image", "illustration", "via"})


def _strip_leading(doc: Doc, span: Span) -> Span | None:
    """'What's Ada Bell' -> 'Ada Bell': words that open a sentence are not part of a name
    (question words, verbs, pronouns, articles); None when no name is left."""
    start = span.start
    # "Acme's Ada Bell": the company before a possessive is not part of the name.
    owner = [t.i for t in span[:-1] if t.text in ("'s", "’s") or t.tag_ == "POS"]
    if owner and owner[-1] + 1 < span.end:
        start = owner[-1] + 1
    while start < span.end and (
        doc[start].lower_ in CREDIT_WORDS
        or doc[start].is_stop and doc[start].lower_ not in ("de", "van", "von", "la", "le")
        or doc[start].pos_ in ("AUX", "VERB", "PRON", "DET", "ADP", "SCONJ", "PART")
        or doc[start].text in ("'s", "’s", "'", "’")
    ):
        start += 1
    if start == span.end or not doc[start].text[:1].isupper():
        return None
    return doc[start : span.end]


def _strip_possessive(doc: Doc, span: Span) -> Span:
    end = span.end
    while end > span.start + 1 and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return doc[span.start : end]


def _hyphenated_surnames(doc: Doc, persons: list[Span]) -> list[Span]:
    """Mentions of a hyphenated surname ("Okafor-Lind" for "Ama Okafor-Lind") that the
    NER missed or called an organisation: several tokens, so the one-token pass misses them."""
    taken = {i for p in persons for i in range(p.start, p.end)}
    surnames = {p.text.split()[-1] for p in persons if len(p.text.split()) >= 2}
    text = doc_text(doc)
    added: list[Span] = []
    for surname in sorted(s for s in surnames if "-" in s.strip("-")):
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            span = doc.char_span(m.start(), m.end())
            if span is None or taken & set(range(span.start, span.end)):
                continue
            added.append(span)
            taken.update(range(span.start, span.end))
    return added
