"""Characters: every named character of a work, with the article's description of them.

Characters come from the credits (``X as Tess``, ``Tess (X)``, ``X plays Tess``) and from
sentences that name a character without an actor: ``the series follows Tess Harrow, a
lighthouse keeper``, ``the character of Tess``, ``X's character, Tess``. Names are written in
the fullest form the article uses for that work ("Harrow" is "Tess Harrow"), and a rank
before a full name is dropped ("Dr. Tess Harrow" is "Tess Harrow"; "Sister Agnes" stays).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from marquee.extract.about import work_at
from marquee.extract.context import Article, Sentence
from marquee.extract.groups import name_word
from marquee.extract.records import Character, Credit, Evidence

RANKS = {
    "dr", "doctor", "detective", "det", "lieutenant", "lt", "captain", "capt", "sergeant",
    "sgt", "di", "dci", "ds", "dc", "inspector", "professor", "prof", "judge", "officer",
    "agent", "commander", "major", "colonel", "general", "mr", "mrs", "ms", "miss", "sir",
    "dame", "lady", "lord", "nurse", "coach", "chief", "sheriff", "deputy", "reverend", "rev",
    "pastor", "capitaine", "kommissar", "kommissarin", "commissioner", "senator",
    "president", "mayor", "governor",
}
# Verbs whose object is the story's character: "the series follows X", "centres on X".
STORY_VERBS = {"follow", "center", "centre", "focus", "revolve", "chronicle", "track"}


def bare(name: str) -> str:
    """A character's name without a leading rank, when a full name remains."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in RANKS:
        words = words[1:]
    return " ".join(words)


def fullest(names: set[str]) -> dict[str, str]:
    """Each short name mapped to the one longer name it is part of ("Harrow" -> "Tess
    Harrow"), when only one fits."""
    # Each name under every shorter run of its first and of its last words: a name's longer
    # forms are found by its own words, not by a walk over all names.
    longer_forms: dict[tuple[str, ...], set[str]] = {}
    for name in names:
        words = tuple(name.split())
        for size in range(1, len(words)):
            longer_forms.setdefault(words[:size], set()).add(name)
            longer_forms.setdefault(words[-size:], set()).add(name)
    out: dict[str, str] = {}
    for name in names:
        longer = longer_forms.get(tuple(name.split()), set()) - {name}
        if len(longer) == 1:
            out[name] = next(iter(longer))
    return out


def normalise_credits(credits: list[Credit], article: Article | None = None) -> None:
    """Credits' characters in bare, fullest form, per work (in place): a short name takes
    the one longer form the work's credits use, else the one longer name the article
    writes elsewhere that is no credited person's."""
    by_work: dict[str, set[str]] = {}
    for credit in credits:
        if credit.character:
            credit.character = bare(credit.character)
            by_work.setdefault(credit.work, set()).add(credit.character)
    written = _written_names(article, {c.person for c in credits}) if article else set()
    for work, names in by_work.items():
        longer = fullest(names)
        for name in names - set(longer):
            if len(name.split()) == 1:
                wider = fullest({name, *written}).get(name)
                if wider is not None:
                    longer[name] = bare(wider)
        for credit in credits:
            if credit.work == work and credit.character in longer:
                credit.character = longer[credit.character]


def _written_names(article: Article, people: set[str]) -> set[str]:
    """Names of two or more words the article writes that are no credited person."""
    doc = article.doc
    names = {s.label_ for s in doc.spans.get("people", [])}
    names |= {e.text for e in doc.ents if e.label_ == "PERSON"}
    return {n for n in names if len(n.split()) >= 2 and n not in people}


def extract_characters(article: Article, credits: list[Credit]) -> Iterator[Character]:
    descriptions: dict[str, str] = getattr(article, "_char_descriptions", {})
    found: dict[tuple[str, str], Character] = {}
    for credit in credits:
        if credit.character:
            key = (credit.work, credit.character)
            description = descriptions.get(credit.character) or _described(
                article, credit.character, credit.evidence[0].start if credit.evidence else 0)
            found.setdefault(key, Character(
                doc=article.doc_id, work=credit.work, character=credit.character,
                description=description, evidence=list(credit.evidence),
                path=credit.path.replace("credit.", "character.")))
    for sentence in article.sentences:
        for character in _story_characters(article, sentence):
            found.setdefault((character.work, character.character), character)
    names_by_work: dict[str, set[str]] = {}
    for work, name in found:
        names_by_work.setdefault(work, set()).add(name)
    for (work, name), character in found.items():
        longer = fullest(names_by_work[work]).get(name)
        if longer is None:
            yield character  # a short name with a fuller form is that character already


def _story_characters(article: Article, sentence: Sentence) -> Iterator[Character]:
    """``W follows X, a ...`` / ``the character of X`` / ``X's character, Y``."""
    doc = article.doc
    for token in doc[sentence.first : sentence.last]:
        lemma = token.lemma_.lower()
        start: int | None = None
        if lemma in STORY_VERBS and token.pos_ == "VERB":
            start = token.i + 1
            while start < sentence.last and doc[start].lower_ in ("on", "around", "the",
                                                                  "life", "of", "story"):
                start += 1
        elif token.lower_ == "character" and token.i + 1 < sentence.last and (
            doc[token.i + 1].lower_ in ("of", ",")
        ):
            start = token.i + 2
        if start is None:
            continue
        name = _name_at(article, start, sentence.last)
        if name is None:
            continue
        description = _description_after(article, sentence, name[1])
        work = work_at(article, sentence, token)
        if work is None:
            continue
        yield Character(doc=article.doc_id, work=work.value, character=bare(name[0]),
                        description=description,
                        evidence=[Evidence(sentence.start, sentence.end)],
                        path="character.story" if lemma in STORY_VERBS else "character.of")


def _name_at(article: Article, start: int, limit: int) -> tuple[str, int] | None:
    """A character's name at ``start``: capitalised words, not a work or company."""
    doc = article.doc
    j = start
    while j < limit and name_word(doc[j]):
        mention = article.mention_of(j)
        if mention is not None and mention.kind != "P":
            return None
        j += 1
    if j == start or j < limit and doc[j].tag_ == "POS":
        return None
    return doc[start:j].text, j


def _described(article: Article, name: str, at: int) -> str | None:
    """The description after the character's name in the sentence at ``at``."""
    sentence = next((s for s in article.sentences if s.start <= at < s.end), None)
    if sentence is None:
        return None
    doc = article.doc
    last = name.split()[-1]
    for token in doc[sentence.first : sentence.last]:
        if token.text == last:
            return _description_after(article, sentence, token.i + 1)
    return None


def _description_after(article: Article, sentence: Sentence, end: int) -> str | None:
    """``, a former prosecutor who ...`` or ``, who is a ...`` after a name: the words
    that describe it."""
    doc = article.doc
    if end + 1 >= sentence.last or doc[end].text != ",":
        return None
    if doc[end + 1].lower_ == "who" and end + 3 < sentence.last and \
            doc[end + 2].lower_ in ("is", "was"):
        end += 2
    first: Token = doc[end + 1]
    if first.lower_ not in ("a", "an", "the") and first.tag_ != "PRP$":
        return None
    stop = end + 1
    while stop < sentence.last and doc[stop].text not in (",", ";", ".", "—", "(", ")"):
        stop += 1
    return doc[end + 1 : stop].text or None
