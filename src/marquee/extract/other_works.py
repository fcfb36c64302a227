"""Credits on the works a person is known for, read from the parse.

Trade press places a person by their other work: "X, a regular on the BBC thriller W",
"X was a writer on W", "X is best known for W", "X, who you know from W", "X spent two
seasons as a detective on W", "he has since directed episodes of W". From each title the
parse is climbed through what holds it (a kind noun, a list, "on", "in", "of", "for",
"from", "episodes of") to the word that gives a role:

- a role noun: ``a regular on W`` (cast), ``a writer on W``, ``the host of W``;
- a role verb: ``starred in W``, ``directed episodes of W``, ``showran W``;
- a part played: ``as a detective on W`` (cast);
- being known or seen: ``best known for W``, ``who you know from W``, ``seen in W`` (cast).

The person is that word's subject, or the name it describes (an appositive, a relative
clause). A negated clause gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from marquee.extract.context import Article, Mention, Sentence
from marquee.extract.lexicon import ROLE_NOUN, VERB_ROLE
from marquee.extract.records import Credit, Evidence

PATH = "credit.other_work"
# Prepositions that hold a work under a role: "a writer on W", "starred in W", "host of W".
HOLDING = {"on", "in", "of", "for", "from"}
# Nouns between a role and the work: "directed episodes of W", "two seasons on W".
SPAN_NOUNS = {"episode", "season", "series", "arc", "stint", "run", "year", "part", "role",
              "turn", "installment", "instalment", "pilot", "finale", "film", "show"}
# Verbs of being known for a work or seen in one: the subject is in its cast.
KNOWN_VERBS = {"know", "see", "remember", "recognize", "recognise"}
# Role verbs too loose to credit a work on their own ("appeared on a talk show").
LOOSE_VERBS = {"appear", "lead", "front", "headline", "recur", "develop", "present"}
CLIMB = 8


def other_work_credits(article: Article, sentence: Sentence) -> Iterator[Credit]:
    """The credits a sentence gives people on the works it names beside them."""
    for mention in sentence.mentions:
        if mention.kind != "T":
            continue
        found = _role_of(article, mention)
        if found is None:
            continue
        role, at = found
        if any(_negated(t) for t in (at, *at.ancestors) if t.pos_ in ("VERB", "AUX") or t == at):
            continue  # "was never a writer on W"
        for person in _people(article, at):
            yield Credit(doc=article.doc_id, work=mention.value, season=None,
                         person=person.value, role=role, character=None,
                         evidence=[Evidence(sentence.start, sentence.end)], confidence=0.7,
                         path=PATH)


def _role_of(article: Article, mention: Mention) -> tuple[str, Token] | None:
    """The role the parse above a title gives, and the word that gives it."""
    doc = article.doc
    token = doc[mention.first : mention.last].root
    for _ in range(CLIMB):
        if token.dep_ in ("appos", "compound", "conj") and token.head != token:
            token = token.head  # "the drama W", "W1, W2 and W3"
            continue
        if token.dep_ == "dobj" and token.head.pos_ == "VERB":
            role = _word_role(token.head)  # "and showran the thriller W"
            return (role, token.head) if role is not None else None
        if token.dep_ != "pobj" or token.head.lower_ not in HOLDING:
            return None
        governor = token.head.head
        if governor == token.head or _negated(governor):
            return None
        role = _word_role(governor)
        if role is not None:
            return role, governor
        lemma = governor.lemma_.lower()
        if governor.pos_ == "NOUN" and lemma in SPAN_NOUNS:
            token = governor  # "episodes of W": the verb over "episodes" decides
            verb = next((c for c in token.children if c.dep_ == "amod" and c.tag_ == "VBN"),
                        None)  # "has since directed episodes of W", parsed as a modifier
            role = _word_role(verb) if verb is not None else None
            if role is not None:
                clause = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
                return (role, clause) if clause is not None else None
            if token.dep_ == "dobj":
                role = _word_role(token.head)
                return (role, token.head) if role is not None else None
            continue
        if governor.pos_ == "NOUN" and governor.dep_ == "pobj" and \
                governor.head.lower_ == "as":  # "as a press secretary on W": a part played
            holder = governor.head.head
            return ("cast", holder) if holder.pos_ in ("VERB", "AUX") else None
        return None
    return None


def _word_role(word: Token) -> str | None:
    lemma = word.lemma_.lower()
    if word.pos_ in ("NOUN", "ADJ") and word.lower_ in ROLE_NOUN:
        return ROLE_NOUN[word.lower_]
    if word.pos_ == "NOUN" and lemma in ROLE_NOUN:
        return ROLE_NOUN[lemma]
    if word.pos_ != "VERB":
        return None
    if lemma in KNOWN_VERBS:
        return "cast"
    if lemma in VERB_ROLE and lemma not in LOOSE_VERBS:
        return VERB_ROLE[lemma]
    return None


def _people(article: Article, at: Token) -> list[Mention]:
    """The people a role word is about: its subject, the name it is in apposition to, the
    name a relative clause describes, or the subject of the clause an "as" phrase is in."""
    if at.dep_ == "pobj" and at.head.lower_ == "as":
        at = at.head.head
    if at.dep_ == "appos" or at.dep_ == "relcl":
        return _person_list(article, at.head)
    if at.dep_ == "attr":
        at = at.head
    verb = at
    while True:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return _person_list(article, subject)
        if verb.dep_ == "relcl":
            return _person_list(article, verb.head)
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head == verb:
            return []
        verb = verb.head


def _person_list(article: Article, token: Token) -> list[Mention]:
    """The person mention at ``token`` and those joined to it by "and"."""
    out: list[Mention] = []
    for t in (token, *token.conjuncts):
        mention = article.mention_of(t)
        if mention is not None and mention.kind == "P" and mention not in out:
            out.append(mention)
    return out


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)
