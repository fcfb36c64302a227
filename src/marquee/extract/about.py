"""Which work a clause is about.

A fact found at some token (a cue verb, a person, a number) belongs to a work named in
its own clause when there is one: the nearest in the dependency tree, ties broken by
the nearest in the text. A work named only in passing elsewhere in the sentence (in
parentheses after someone's name, in a relative clause about a person) is not the
clause's work; the sentence then falls back to the article's topic: a reference ("the
series") or the main work.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Span, Token

from marquee.extract.context import Article, Mention, Sentence

# Dependencies that open a clause of their own.
CLAUSE_DEPS = {"ROOT", "relcl", "advcl", "ccomp", "acl", "parataxis", "csubj", "pcomp"}
# Words that introduce a comparison or an example, not the clause's own work.
PASSING = {"like", "than", "unlike", "alongside", "after", "before", "since", "including"}


def head_of(article: Article, mention: Mention) -> Token:
    """The syntactic head of a mention's tokens."""
    return article.doc[mention.first : mention.last].root


def clause_of(token: Token) -> Token:
    """The head of the clause ``token`` stands in."""
    while token.dep_ not in CLAUSE_DEPS and token.head.i != token.i:
        token = token.head
    return token


def ancestors_with_self(token: Token) -> list[Token]:
    return [token, *token.ancestors]


def tree_distance(a: Token, b: Token) -> int:
    """Arcs between two tokens of one sentence (a large number across sentences)."""
    up_a = ancestors_with_self(a)
    index_a = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate(ancestors_with_self(b)):
        if t.i in index_a:
            return index_a[t.i] + n
    return 1000


def in_parentheses(article: Article, mention: Mention) -> bool:
    """Whether the mention stands alone inside parentheses: ``Jo Bell (Fieldstone)``."""
    text = article.text
    before = text[: mention.start].rstrip(" \"“'‘")
    after = text[mention.end :].lstrip(" \"”'’")
    return before.endswith("(") and after.startswith((")", ",", ";"))


def describes_person(article: Article, mention: Mention) -> bool:
    """Whether a work is named inside a description of a person: ``X, producer of W``,
    ``X, who directed W``, ``X's W``."""
    token = head_of(article, mention)
    while token.head.i != token.i:
        if token.dep_ in ("appos", "relcl", "acl"):
            owner = article.mention_of(token.head)
            if owner is not None and owner.kind == "P":
                return True
        if token.dep_ in CLAUSE_DEPS - {"relcl", "acl"}:
            return False
        token = token.head
    return False


def passing(article: Article, mention: Mention) -> bool:
    """A work named in passing: in parentheses, after "like"/"than"/"such as", or in a
    description of a person."""
    if in_parentheses(article, mention) or describes_person(article, mention):
        return True
    if mention.first > 0:
        previous = article.doc[mention.first - 1]
        if previous.lower_ in PASSING or (previous.lower_ == "as" and mention.first > 1
                                          and article.doc[mention.first - 2].lower_ == "such"):
            return True
    return False


def works_in(sentence: Sentence) -> list[Mention]:
    return [m for m in sentence.mentions if m.kind == "T"]


def work_at(
    article: Article,
    sentence: Sentence,
    anchor: Token | Span,
    *,
    fallback: bool = True,
    exclude: tuple[Mention, ...] = (),
    local: bool = True,
) -> Mention | None:
    """The work mention the clause of ``anchor`` is about (see the module's doc).

    ``fallback``: with no work of its own in the clause, the sentence's only other work
    is taken; else, with ``local``, the work its paragraph last named before it when the
    paragraph has not named the main work before it ("Rook Hill was renewed. It stars Jo
    Bell." in a paragraph about another show); else the article's main work (as a
    mention of no position).
    """
    token = anchor.root if isinstance(anchor, Span) else anchor
    candidates = [m for m in works_in(sentence) if m not in exclude]
    own = [m for m in candidates if not passing(article, m)]
    clause = clause_of(token)
    if clause.dep_ in ("relcl", "acl"):
        owner = article.mention_of(clause.head)
        if owner is not None and owner.kind == "T":
            return owner  # "W, which stars X": the clause is about W itself
    same = [m for m in own if clause_of(head_of(article, m)).i == clause.i]
    describing = clause.dep_ in ("relcl", "acl") and _is_person(article, clause.head)
    pool = same or ([] if describing else [m for m in own if _governs(article, m, clause)])
    if pool:
        return min(pool, key=lambda m: (tree_distance(token, head_of(article, m)),
                                        abs(m.first - token.i)))
    if not fallback:
        return None
    if own and len({m.value for m in own}) == 1 and not describing:
        return own[0]
    main = article.main_work
    nearby = _paragraph_work(article, sentence) if local else None
    if nearby is not None and main is not None and nearby.value != main and \
            not _named_before(article, sentence, main):
        return nearby  # the paragraph has moved on to another work
    if main is None or not article.about_main_work:
        return None
    return Mention("T", main, sentence.start, sentence.start, -1, -1)


def _is_person(article: Article, token: Token) -> bool:
    mention = article.mention_of(token)
    return mention is not None and mention.kind == "P"


def _governs(article: Article, mention: Mention, clause: Token) -> bool:
    """Whether the mention's clause contains ``clause`` (a subordinate clause inherits
    the work of the clause above it)."""
    head = clause_of(head_of(article, mention))
    return any(t.i == head.i for t in clause.ancestors)


def _paragraph_work(article: Article, sentence: Sentence) -> Mention | None:
    """The work the sentence's paragraph last named before it (not in passing)."""
    for previous in _earlier_in_paragraph(article, sentence):
        own = [m for m in works_in(previous) if not passing(article, m)]
        if own:
            return max(own, key=lambda m: m.start)
    return None


def _named_before(article: Article, sentence: Sentence, work: str) -> bool:
    """Whether the sentence's paragraph names ``work`` before it."""
    return any(m.value == work for previous in _earlier_in_paragraph(article, sentence)
               for m in works_in(previous))


def _earlier_in_paragraph(article: Article, sentence: Sentence) -> Iterator[Sentence]:
    """The sentences before ``sentence`` in its paragraph, nearest first. Sentences never
    run across a blank line, so a line break between two sentences' starts ends one."""
    starts = article.__dict__.setdefault("_sentence_starts",
                                         [s.start for s in article.sentences])
    at = bisect_left(starts, sentence.start)
    text = article.text
    while at > 0 and "\n" not in text[starts[at - 1] : starts[at]]:
        at -= 1
        yield article.sentences[at]
