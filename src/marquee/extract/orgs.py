"""Companies named in a sentence: networks, studios, distributors and production houses.

The pipeline's ruler marks the common networks and studios (:mod:`marquee.nlp.ruler`).
This module adds, per sentence:

- names joined to a known one (``CBS Television Studios``, ``Netflix Animation``);
- capitalised names that end in a company word (``Halvern Pictures``, ``Gull Rock
  Productions``; :data:`~marquee.extract.trade_words.COMPANY_SUFFIXES`);
- names of this module's vocabulary (more networks and the film distributors);
- names given by a role noun (``their Gorse & Hart banner``, ``her production company,
  Moonrake``);
- role nouns that stand for a company named before or after (``the streamer``,
  ``the network``, ``the studio``): :func:`resolve_role_nouns`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from marquee.extract.context import Article, Sentence
from marquee.extract.trade_words import (
    COMPANY_NOUNS,
    COMPANY_SUFFIXES,
    DISTRIBUTORS,
    NOT_COMPANY_WORDS,
    ROLE_NOUNS,
    WEAK_SUFFIXES,
)
from marquee.vocab import (
    AMBIGUOUS_NETWORKS,
    BANNER_NOUNS,
    FESTIVAL_NAMES,
    MORE_NETWORKS,
    NETWORKS,
    STUDIOS,
)

NETWORK, STUDIO, DISTRIBUTOR, COMPANY = "network", "studio", "distributor", "company"
# Lower-case words inside a company name ("Les Films du Vent", "Paramount+ with Showtime").
NAME_JOINS = {"du", "de", "des", "la", "le", "del", "di", "&", "and", "+", "/", "'n'"}
LEADING_NOISE = {"The", "A", "An", "And", "But", "As", "At", "In", "On", "With", "For", "From",
                 "By", "Via", "Through", "While", "After", "Before", "Also", "Its", "It",
                 "Both", "Then", "Now", "Under", "Since", "When"}
SERVICE_NOUNS = {"service", "streamer", "channel", "network", "platform", "broadcaster"}
AIRING_PREPOSITIONS = {"on", "to", "at", "for", "from", "via", "onto", "with", "by"}


@dataclass
class Org:
    """One company mention: its name, tokens ``doc[first:last]``, kind and source."""

    name: str
    first: int
    last: int
    kind: str  # network | studio | distributor | company
    source: str  # ruler | joined | suffix | vocab | banner | role_noun

    def head(self, doc: Doc) -> Token:
        return doc[self.first : self.last].root


@lru_cache(maxsize=4)
def _matcher(vocab: Vocab) -> PhraseMatcher:
    """Phrase patterns of this module's vocabulary, by exact spelling."""
    blank = spacy.blank("en", vocab=vocab)
    matcher = PhraseMatcher(vocab)
    matcher.add(NETWORK, [blank.make_doc(n) for n in MORE_NETWORKS])
    matcher.add(DISTRIBUTOR, [blank.make_doc(n) for n in DISTRIBUTORS])
    return matcher


KNOWN_NETWORKS = frozenset(NETWORKS) | frozenset(MORE_NETWORKS)
KNOWN_DISTRIBUTORS = frozenset(DISTRIBUTORS)
KNOWN_STUDIOS = frozenset(STUDIOS)


def kind_of(name: str, default: str) -> str:
    """A known name's kind: a distributor's list wins over the studio list."""
    if name in KNOWN_DISTRIBUTORS:
        return DISTRIBUTOR
    if name in KNOWN_NETWORKS:
        return NETWORK
    if name in KNOWN_STUDIOS:
        return STUDIO
    return default


def name_like(token: Token) -> bool:
    """A word that can stand in a company's name."""
    text = token.text
    if not text or token.is_space:
        return False
    if text in ("&", "+", "/") or text[0].isupper() or text[0].isdigit():
        return not token.is_punct or text in ("&", "+", "/")
    return text in ("eOne", "iPlayer") or text.endswith("+")


def doc_orgs(article: Article) -> list[list[Org]]:
    """The companies of every sentence of the article (role nouns resolved)."""
    matches = sorted(_matcher(article.doc.vocab)(article.doc),
                     key=lambda m: (m[1], -(m[2] - m[1])))
    found = [sentence_orgs(article, s, matches) for s in article.sentences]
    resolve_role_nouns(article, found)
    _full_names(found)
    return found


def _full_names(found: list[list[Org]]) -> None:
    """A company named short after its full name ("Focus" after "Focus Features") takes
    the full name; networks keep theirs ("BBC" is not "BBC One")."""
    names = {o.name for orgs in found for o in orgs if o.kind != NETWORK and o.name}
    for orgs in found:
        for org in orgs:
            if org.kind == NETWORK or not org.name:
                continue
            longer = [n for n in names if n.startswith(org.name + " ") and n not in
                      KNOWN_NETWORKS]
            if len(longer) == 1:
                org.name = longer[0]


def sentence_orgs(
    article: Article, sentence: Sentence, matches: list[tuple[int, int, int]] | None = None
) -> list[Org]:
    """The companies of one sentence; ``matches`` are the vocabulary's matches in the
    whole document (found here when not given)."""
    doc = article.doc
    orgs: list[Org] = []
    taken: set[int] = set()

    def add(org: Org) -> None:
        span = range(org.first, org.last)
        if any(i in taken for i in span):
            return
        for i in span:
            mention = article.mention_of(i)
            if mention is not None and mention.kind == "P" and org.source != "banner":
                return  # a person; but "their X banner" names a company
        taken.update(span)
        orgs.append(org)

    runs = list(_name_runs(doc, sentence.first, sentence.last))
    # 1. Longest first: names that end in a company word, joined to a known name or not.
    for a, b in runs:
        company = _suffix_company(article, a, b)
        if company is not None:
            add(company)
    # 3. This module's vocabulary.
    if matches is None:
        matches = sorted(_matcher(doc.vocab)(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    for match_id, a, b in matches:
        if a < sentence.first or b > sentence.last:
            continue
        name = doc[a:b].text
        if b < len(doc) and name_like(doc[b]) and doc[b].text not in ("&", "+"):
            continue  # part of a longer name
        if a > sentence.first and name_like(doc[a - 1]) and doc[a - 1].text not in LEADING_NOISE \
                and not doc[a - 1].is_sent_start:
            continue
        if name in AMBIGUOUS_NETWORKS and not _airing_cue(doc, a, b):
            continue
        label = doc.vocab.strings[match_id]
        add(Org(name, a, b, kind_of(name, label), "vocab"))
    # 2. The ruler's networks and studios.
    for mention in sentence.mentions:
        if mention.kind in ("N", "C"):
            if mention.value in FESTIVAL_NAMES and not (
                mention.first > 0 and doc[mention.first - 1].lower_ == "on"
            ):
                continue  # "premiered at Sundance": the festival
            default = NETWORK if mention.kind == "N" else STUDIO
            add(Org(mention.value, mention.first, mention.last,
                    kind_of(mention.value, default), "ruler"))
    # 4. Names given by a role noun: "their X banner", "her production company, X".
    for org in _banner_names(article, sentence):
        add(org)
    # 5. Role nouns ("the streamer"), resolved later.
    for org in _role_nouns(article, sentence):
        add(org)
    return sorted(orgs, key=lambda o: o.first)


def _airing_cue(doc: Doc, a: int, b: int) -> bool:
    before = doc[a - 1].lower_ if a > 0 else ""
    after = doc[b].lower_ if b < len(doc) else ""
    return before in AIRING_PREPOSITIONS | SERVICE_NOUNS or after in (
        "'s", "’s", "original", "originals")


def _name_runs(doc: Doc, first: int, last: int):
    """(start, end) of maximal runs of name words, joins allowed inside."""
    i = first
    while i < last:
        if not name_like(doc[i]) or doc[i].text in ("&", "+", "/"):
            i += 1
            continue
        j = i + 1
        while j < last:
            if name_like(doc[j]):
                j += 1
            elif doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
                    and j + 1 < last and name_like(doc[j + 1]):
                j += 2  # "Two-Penny Lamp Productions"
            elif doc[j].lower_ in NAME_JOINS and j + 1 < last and name_like(doc[j + 1]) \
                    and doc[j].lower_ != "and":
                j += 2
            elif doc[j].text == "." and doc[j - 1].text in ("Bros", "Inc", "Co", "Ltd"):
                j += 1
            else:
                break
        yield i, j
        i = j


def _suffix_company(article: Article, a: int, b: int) -> Org | None:
    """A run of name words ending in a company word ("Halvern Pictures"); a name before a
    possessive that names no person or place is part of it ("Kell's Ferry Films")."""
    doc = article.doc
    if a >= 2 and doc[a - 1].lower_ in ("'s", "’s") and doc[a - 2].is_title and \
            article.mention_of(a - 2) is None and doc[a - 2].ent_type_ in ("", "ORG", "FAC") \
            and (a - 3 < 0 or not name_like(doc[a - 3]) and doc[a - 3].text != "-") \
            and not doc[a - 2].is_sent_start:
        a -= 2
    while a < b and (doc[a].text in LEADING_NOISE or doc[a].is_sent_start and doc[a].text in
                     ("The", "A", "An")):
        a += 1
    end = b
    while end > a and doc[end - 1].lower_.rstrip(".") not in COMPANY_SUFFIXES:
        end -= 1
    if end - a < 2:
        return None
    words = [t.text for t in doc[a:end]]
    if any(w in NOT_COMPANY_WORDS for w in words):
        return None
    if end < b and doc[end].text[0].isupper() and doc[end].text not in ("TV",):
        return None  # the company word is inside a longer name ("Pictures Festival Prize")
    last = doc[end - 1].lower_.rstrip(".")
    head = doc[a:end].text
    prefix = doc[a : end - 1].text
    known = prefix in KNOWN_NETWORKS or prefix in KNOWN_STUDIOS or prefix in KNOWN_DISTRIBUTORS
    if last in WEAK_SUFFIXES and end - a < 3 and not known and not _company_context(doc, a):
        return None
    for i in range(a, end):
        mention = article.mention_of(i)
        if mention is not None and mention.kind in ("P", "O"):
            return None
    return Org(head, a, end, kind_of(head, STUDIO if known else COMPANY),
               "joined" if known else "suffix")


def _company_context(doc: Doc, a: int) -> bool:
    """Whether the word before a name says a company follows ("produced by", "-based")."""
    if a == 0:
        return False
    before = doc[a - 1]
    return before.lower_ in ("by", "of", "with", "from", "via", "through", "and", "based") or \
        before.lower_ in ("'s", "’s") or before.text == ","


def _banner_names(article: Article, sentence: Sentence) -> list[Org]:
    """``their Gorse & Hart banner``, ``her production company, Moonrake``, ``the
    Dublin-based studio Bramblewick``: a name that a company noun names."""
    doc = article.doc
    out: list[Org] = []
    for token in doc[sentence.first : sentence.last]:
        lower = token.lower_
        if lower not in COMPANY_NOUNS or token.tag_ in ("NNS", "NNPS"):
            continue
        owned = any(c.dep_ == "poss" or c.tag_ == "PRP$" for c in token.children) or (
            token.i > 0 and doc[token.i - 1].tag_ == "PRP$")
        # before the noun: "their X banner"
        j = token.i
        k = j - 1
        while k >= sentence.first and (name_like(doc[k]) or doc[k].lower_ in NAME_JOINS):
            k -= 1
        if k + 1 < j and (doc[k].tag_ == "PRP$" or doc[k].lower_ in ("'s", "’s")) \
                and lower in BANNER_NOUNS:
            a = k + 1
            if doc[a].lower_ not in NAME_JOINS and name_like(doc[a]) and any(
                t.pos_ == "PROPN" and t.ent_type_ != "NORP" for t in doc[a:j]
            ):
                out.append(Org(doc[a:j].text, a, j, COMPANY, "banner"))
                continue
        # after the noun: "their banner X", "her production company, X"
        a = token.i + 1
        if a < sentence.last and doc[a].text == ",":
            a += 1
        b = a
        while b < sentence.last and (name_like(doc[b]) or doc[b].lower_ in NAME_JOINS
                                     and b + 1 < sentence.last and name_like(doc[b + 1])):
            b += 1
        determined = owned or any(c.lower_ in ("the", "a") for c in token.children)
        if b > a and determined and doc[a].lower_ not in NAME_JOINS and \
                doc[b - 1].lower_ not in NAME_JOINS and lower in ("banner", "shingle", "company",
                                                                  "studio", "outfit", "label"):
            out.append(Org(doc[a:b].text, a, b, COMPANY, "banner"))
    return out


def _role_nouns(article: Article, sentence: Sentence) -> list[Org]:
    """``the streamer``, ``the premium network``, ``the studio``: name resolved later."""
    doc = article.doc
    out: list[Org] = []
    for token in doc[sentence.first : sentence.last]:
        kind = ROLE_NOUNS.get(token.lower_)
        if kind is None or token.tag_ not in ("NN",):
            continue
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
            continue
        if any(c.dep_ == "compound" and article.mention_of(c) is not None
               for c in token.children):
            continue  # "the Netflix streamer": the name is there
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("of", "behind"):
            continue  # "the studio behind X" is described, not named
        out.append(Org("", token.i, token.i + 1, kind, "role_noun"))
    return out


def _class(kind: str) -> str:
    return NETWORK if kind == NETWORK else STUDIO


def resolve_role_nouns(article: Article, found: list[list[Org]]) -> None:
    """Name each role noun by the nearest company of its class named before it, else the
    first named after it; a role noun with none is dropped."""
    named = [(n, o) for n, orgs in enumerate(found) for o in orgs if o.source != "role_noun"]
    for n, orgs in enumerate(found):
        keep: list[Org] = []
        for org in orgs:
            if org.source != "role_noun":
                keep.append(org)
                continue
            wanted = _class(org.kind)
            before = [o for m, o in named if _class(o.kind) == wanted and o.first < org.first]
            after = [o for m, o in named if _class(o.kind) == wanted and o.first > org.first]
            chosen = before[-1] if before else (after[0] if after else None)
            if chosen is None:
                continue
            org.name = chosen.name
            org.kind = chosen.kind if org.kind == chosen.kind or wanted == STUDIO else org.kind
            keep.append(org)
        found[n] = keep
