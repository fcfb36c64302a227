"""Lists of people in a sentence, each with the character or role that follows them.

Trade press names people in lists: "X, Y and Z co-star", "starring X as A, Y as B and Z
as C", "executive producers X and Y", "Josie (X) and Walt (Y)". A :class:`Group` is one
such list: its members in order, the token before its first member and the token after
its last, so a cue on either side can credit every member at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from marquee.extract.context import Article, Mention, Sentence
from marquee.extract.lexicon import COMPOUND_ROLES, LIST_JOINS, ROLE_NOUN

DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your"}
# Words that end a character phrase after "as".
STOPS = {"and", "or", "opposite", "alongside", "in", "on", "for", "who", "which", "while",
         "with", "from", "to", "at", "when", "after", "before", "is", "was", "will", "are",
         "were", "has", "have", "had", "also", "but", "that", "of"}
PUNCT_STOPS = {",", ";", ".", "(", ")", "—", "–", ":", "!", "?", '"', "“", "”"}


@dataclass
class Tail:
    """What follows a name: ``as <character>`` or ``as <role>``."""

    character: str | None = None
    description: str | None = None
    roles: tuple[str, ...] = ()
    end: int = 0  # the token after the tail


@dataclass
class Member:
    mention: Mention
    character: str | None = None
    description: str | None = None
    roles: tuple[str, ...] = ()  # "X as showrunner"
    works: list[Mention] = field(default_factory=list)  # "X (Earlier Show)"
    actor_in_parentheses: bool = False  # "Character (Actor)"
    character_in_parentheses: bool = False  # "Actor (Character)"

    @property
    def person(self) -> str:
        return self.mention.value


@dataclass
class Group:
    members: list[Member]
    first: int  # token index of the first member
    end: int  # token index after the last member (and its tail)


def capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or text[0].isdigit()) and token.is_alpha is not None


def name_word(token: Token) -> bool:
    """A capitalised word of a name: "Vine", "O'Neill", "Ruiz-Mendel", "Dr."."""
    text = token.text
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text) and all(
        c.isalpha() or c in "'’-." for c in text
    )


def _name_run(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The last run of capitalised words in doc[start:end] (not a possessive's owner)."""
    best: tuple[int, int] | None = None
    i = start
    while i < end:
        if name_word(doc[i]):
            j = i
            while j < end and (name_word(doc[j])
                               or doc[j].text in ("-", "'", "’") and j + 1 < end
                               and name_word(doc[j + 1])):
                j += 1
            if not (j < len(doc) and doc[j].tag_ == "POS"):
                best = (i, j)
            i = j
        else:
            i += 1
    return best


def _run_from(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The run of capitalised words that starts at ``start``, if one does."""
    j = start
    while j < end and name_word(doc[j]):
        j += 1
    return (start, j) if j > start else None


def role_words(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """Roles named by the words doc[start:end]: "executive producer", "writer-director"."""
    words = [t.lower_ for t in doc[start:end] if t.lower_ not in DETERMINERS]
    joined = " ".join(words)
    for compound, roles in COMPOUND_ROLES.items():
        if compound in joined.replace(" - ", "-").replace(" / ", "/"):
            return roles
    found: list[str] = []
    k = 0
    while k < len(words):
        two = " ".join(words[k : k + 2]).rstrip("s")
        one = words[k].rstrip("s") if words[k] not in ("series",) else words[k]
        if two in ROLE_NOUN:
            found.append(ROLE_NOUN[two])
            k += 2
            continue
        if words[k] in ROLE_NOUN or one in ROLE_NOUN:
            found.append(ROLE_NOUN.get(words[k]) or ROLE_NOUN[one])
        k += 1
    return tuple(dict.fromkeys(found))


def tail_after(article: Article, at: int, limit: int, bare: bool = False) -> Tail | None:
    """The ``as ...`` phrase starting at token ``at`` (which is "as"), up to ``limit``.

    ``bare``: the phrase starts after ``at`` whatever word ``at`` is ("plays C").
    """
    doc = article.doc
    if at >= limit or not bare and doc[at].lower_ != "as":
        return None
    j = at + 1
    while j < limit and doc[j].text not in PUNCT_STOPS and doc[j].lower_ not in STOPS:
        mention = article.mention_of(j)
        if mention is not None and mention.kind == "P" and j > at + 1 and mention.first == j \
                and not _character_like(doc, at + 1, j) and not name_word(doc[j - 1]):
            break  # the next member of the list
        j += 1
    if j == at + 1:
        return None
    words = [t.lower_ for t in doc[at + 1 : j]]
    first_content = next((w for w in words if w not in DETERMINERS), "")
    roles = role_words(doc, at + 1, j)
    if roles and (first_content.rstrip("s") in ROLE_NOUN or first_content in ROLE_NOUN
                  or first_content in ("series", "executive", "writer-director", "co")
                  or any(first_content.startswith(c.split("-")[0]) for c in COMPOUND_ROLES)):
        if not _name_run(doc, at + 1, j):
            return Tail(roles=roles, end=j)
    run = _name_run(doc, at + 1, j)
    if run is not None and run[1] < j and doc[run[1]].is_lower and \
            doc[run[1]].pos_ in ("NOUN", "ADJ", "VERB"):
        run = None  # "as a French chemist", "as a Coast Guard investigator": a description
    description = None
    if run is not None:
        desc_tokens = doc[at + 1 : run[0]]
        description = desc_tokens.text.strip(" ,") or None
        name = doc[run[0] : run[1]].text
        mention = article.mention_of(run[0])
        if mention is not None and mention.kind == "P" and mention.last == run[1]:
            name = mention.value
        elif mention is not None and mention.kind != "P":
            return Tail(end=j)  # "as part of Netflix", "as Season Two"
        return Tail(character=name, description=description, end=j)
    # "as the defector, Ivo Marsk," : the name follows the description.
    description = doc[at + 1 : j].text
    if j + 1 < limit and doc[j].text == ",":
        k = j + 1
        while k < limit and doc[k].text not in PUNCT_STOPS and doc[k].lower_ not in STOPS:
            k += 1
        run = _name_run(doc, j + 1, k)
        if run is not None and run[0] == j + 1 and run[1] == k:
            mention = article.mention_of(run[0])
            name = mention.value if mention is not None and mention.kind == "P" \
                and mention.last == run[1] else doc[run[0] : run[1]].text
            return Tail(character=name, description=description, end=k)
    return Tail(description=description, end=j)


def _character_like(doc: Doc, start: int, at: int) -> bool:
    """Whether the words before a name after "as" describe a character ("as MI6 handler")."""
    return any(t.is_alpha and t.is_lower for t in doc[start:at])


def _paren_works(article: Article, at: int, limit: int) -> tuple[list[Mention], int]:
    """Works in parentheses at token ``at``: ``(Earlier Show)``, ``(Show A, Show B)``."""
    doc = article.doc
    if at >= limit or doc[at].text != "(":
        return [], at
    works: list[Mention] = []
    j = at + 1
    while j < limit and doc[j].text != ")":
        mention = article.mention_of(j)
        if mention is not None and mention.kind == "T" and mention.first == j:
            works.append(mention)
            j = mention.last
            continue
        if doc[j].text not in (",", "and", ";", "&") and not doc[j].is_space:
            return [], at
        j += 1
    if j >= limit or not works:
        return [], at
    return works, j + 1


def _paren_person(article: Article, at: int, limit: int) -> tuple[Mention | None, int]:
    """A person alone in parentheses at ``at``: the actor after a character's name."""
    doc = article.doc
    if at + 2 >= limit or doc[at].text != "(":
        return None, at
    mention = article.mention_of(at + 1)
    if mention is None or mention.kind != "P" or mention.first != at + 1:
        return None, at
    if mention.last < limit and doc[mention.last].text == ")":
        return mention, mention.last + 1
    return None, at


def _full_name(article: Article, mention: Mention) -> bool:
    """Whether a person mention stands for someone the article names in full elsewhere
    (a surname resolved to a full name, or a full name)."""
    written = article.doc[mention.first : mention.last].text
    return len(mention.value.split()) > 1 and (written != mention.value or
                                               len(written.split()) > 1)


def _paren_name(article: Article, at: int, limit: int) -> tuple[str, int] | None:
    """A capitalised name alone in parentheses that is no person, work or company: the
    character of the person before it ("Nadia Holt (Josie)")."""
    doc = article.doc
    if at + 2 >= limit or doc[at].text != "(":
        return None
    j = at + 1
    while j < limit and doc[j].is_alpha and doc[j].is_title and article.mention_of(j) is None:
        j += 1
    if j == at + 1 or j >= limit or doc[j].text != ")" or j - at > 4:
        return None
    return doc[at + 1 : j].text, j + 1


def groups(article: Article, sentence: Sentence) -> Iterator[Group]:
    """The lists of people in ``sentence``, in order."""
    doc = article.doc
    limit = sentence.last
    i = sentence.first
    current: list[Member] = []
    first = end = -1
    while i < limit:
        member, nxt = _member_at(article, i, limit)
        if member is None:
            if current:
                yield Group(current, first, end)
                current = []
            i += 1
            continue
        if not current:
            first = i
        current.append(member)
        i = end = nxt
        j = _join_after(doc, i, limit)
        if j is None:
            yield Group(current, first, end)
            current = []
        else:
            i = j
    if current:
        yield Group(current, first, end)


def _join_after(doc: Doc, at: int, limit: int) -> int | None:
    """The token after a list joiner at ``at`` (", ", " and ", ", and ", "; "), if any."""
    j = at
    seen = False
    while j < limit and (doc[j].lower_ in LIST_JOINS or doc[j].lower_ == "as" and
                         j + 1 < limit and doc[j + 1].lower_ == "well" or
                         doc[j].lower_ in ("well",) and seen):
        seen = True
        j += 1
        if doc[j - 1].lower_ == "well" and j < limit and doc[j].lower_ == "as":
            j += 1
    if seen and j < limit:
        return _skip_owner(doc, j, limit)
    return None


def _skip_owner(doc: Doc, at: int, limit: int) -> int:
    """Past a company's possessive before a name: "Marrowgate Pictures' Jo Bell"."""
    k = at
    while k < limit and k - at < 4 and capitalised(doc[k]) and doc[k].is_alpha:
        k += 1
    if k > at and k < limit and doc[k].tag_ == "POS":
        return k + 1
    return at


def _member_at(article: Article, i: int, limit: int) -> tuple[Member | None, int]:
    """A member starting at token ``i``: a person, or a character followed by ``(Actor)``."""
    doc = article.doc
    mention = article.mention_of(i)
    if mention is not None and mention.kind == "P" and mention.first == i:
        end = mention.last
        # "Tessa Drey (Ada Kerr)": the name is a character, the person is in parentheses;
        # "Nadia Holt (Josie)": a first name alone in parentheses is the character.
        actor, after = _paren_person(article, end, limit)
        if actor is not None and actor.value != mention.value:
            if _full_name(article, actor) or not _full_name(article, mention):
                return Member(actor, character=doc[mention.first : mention.last].text,
                              actor_in_parentheses=True), after
            return Member(mention, character=doc[actor.first : actor.last].text,
                          character_in_parentheses=True), after
        member = Member(mention)
        own = _paren_name(article, end, limit)
        if own is not None:
            member.character, end = own
            member.character_in_parentheses = True
    else:
        run = _run_from(doc, i, min(limit, i + 4))
        if run is None:
            return None, i
        actor, after = _paren_person(article, run[1], limit)
        if actor is None:
            return None, i
        return Member(actor, character=doc[run[0] : run[1]].text,
                      actor_in_parentheses=True), after
    j = end
    works, j = _paren_works(article, j, limit)
    member.works = works
    tail = tail_after(article, j, limit)
    if tail is not None and (tail.character or tail.roles or tail.description):
        member.character = tail.character
        member.description = tail.description
        member.roles = tail.roles
        j = tail.end
    return member, j
