"""Companies behind a work: the network that airs it, the studios that make it, the
distributor that releases it.

Each company mention (:mod:`marquee.extract.orgs`) is read by where it stands in the
parse, one named path per construction:

- it modifies a noun about a work: ``HBO's X``, ``the Netflix series X``, ``Lionsgate's
  thriller`` (``company.possessive``, ``company.premodifier``);
- it is the object of a preposition: ``on BBC One``, ``moves to Hulu``, ``produced by X
  Pictures``, ``in association with Y``, ``for BBC Three``, ``from Sony Pictures
  Television``, ``X of Halvern Films`` (``company.on`` ... ``company.of_person``);
- it is the subject of a verb: ``X produces``, ``the network renewed``, ``A24 will
  release``, ``Neon picked up``, ``X, which streams ...`` (``company.subject``,
  ``company.produces``, ``company.distributes``);
- ``X is the studio`` (``company.is_studio``), ``their X banner`` (``company.banner``).

The role follows the company's kind and the cue: a network airs, a studio or production
house produces, and a company that releases, sells or buys rights to a film distributes
it. The work is the one the phrase names, else the one the cue's clause is about.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from marquee.extract.common import hyphenated_word
from marquee.extract.context import Article, Mention, Sentence
from marquee.extract.nominal import clause_work, title_at, work_of_noun
from marquee.extract.orgs import (
    COMPANY,
    DISTRIBUTOR,
    NETWORK,
    STUDIO,
    Org,
    doc_orgs,
)
from marquee.extract.records import Company, Evidence
from marquee.extract.trade_words import (
    COMPANY_NOUNS,
    DISTRIBUTE_WORDS,
    GENRE_HEADS,
    KIND_NOUNS,
    PRODUCE_VERBS,
    STRONG_DISTRIBUTE_WORDS,
)
from marquee.vocab import BANNER_NOUNS

PRODUCTION, DISTRIBUTION, AIRING = "production_company", "distributor", "network"
# Nouns that say a company's role beside its name: "W producer X", "X, the W studio".
ROLE_OF_NOUN = {"producer": PRODUCTION, "studio": PRODUCTION, "distributor": DISTRIBUTION,
                "broadcaster": AIRING, "network": AIRING, "streamer": AIRING,
                "channel": AIRING}
# Nouns a company's name modifies and stands for: "the NBC network", "streamer Hulu".
ORG_NOUNS = {"network", "channel", "streamer", "broadcaster", "service", "platform",
             "studio", "cabler", "company", "outfit", "station", "app"}
ASSOCIATION_NOUNS = {"association", "partnership", "co-production", "coproduction",
                     "collaboration", "conjunction", "tandem", "co-operation", "cooperation"}
MOVE_VERBS = {"move", "head", "come", "go", "return", "shift", "migrate", "jump", "license",
              "licence", "sell", "land", "arrive", "switch", "transfer", "bring", "take",
              "send", "give", "hand", "air", "stream", "premiere", "debut"}
# Verbs of a work finding its home at a network: "landed at HBO", "set up at Hulu".
HOME_VERBS = {"land", "set", "order", "develop", "find", "end", "remain", "live", "stay",
              "premiere", "debut", "air", "stream", "launch", "return", "move", "go", "be"}
HIT_VERBS = {"hit", "join", "reach", "top", "lead", "rejoin", "grace"}
NOT_SUBJECT_VERBS = {"outbid", "beat", "lose", "trail", "pass", "decline", "pass on", "bid",
                     "compete", "vie", "negotiate", "court", "chase", "pursue", "circle", "host"}
# What a company is "in" or "among" when it only wants a work: "remains in talks",
# "were among the suitors".
WANTING_NOUNS = {"talks", "negotiations", "bidders", "suitors", "running", "contention",
                 "contenders", "frame", "mix"}


def extract_companies(article: Article) -> Iterator[Company]:
    for sentence, orgs in zip(article.sentences, doc_orgs(article), strict=True):
        for org in orgs:
            if not org.name:
                continue
            for role, path, work in _readings(article, sentence, org):
                if work is None or work.value == org.name:
                    continue
                yield Company(doc=article.doc_id, work=work.value, company=org.name,
                              role=role, evidence=[Evidence(sentence.start, sentence.end)],
                              confidence=0.7, path=path)


def _lead(token: Token) -> Token:
    """The first conjunct of a list of companies: "produced by A and B" reads B like A."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _is_film(article: Article, work: Mention | None, noun: Token | None = None) -> bool:
    if noun is not None and noun.lower_ in ("film", "movie", "feature", "documentary",
                                             "picture", "sequel", "prequel"):
        return True
    if work is None:
        return False
    return article.title_kinds.get(work.value) == "film"


def _verb_words(verb: Token, depth: int = 3) -> list[Token]:
    """The verb and the words of its own clause: objects, prepositions, coordinated and
    open complements, not subordinate or reported clauses ("X said that ...")."""
    out = [verb]
    if depth == 0:
        return out
    for child in verb.children:
        if child.dep_ in ("dobj", "prep", "pobj", "xcomp", "conj", "prt", "attr", "acomp",
                          "amod", "compound", "nmod", "oprd", "dative", "pcomp"):
            out.extend(_verb_words(child, depth - 1))
    return out


def _distribution_cue(verb: Token, film: bool = True) -> bool:
    """Whether a verb's own words speak of distribution: "will release", "handle sales",
    "acquired rights to", "picked up"; for a film also "won the auction for", "opens
    the film", "closed a deal for"."""
    words = _verb_words(verb)
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    if lemmas & STRONG_DISTRIBUTE_WORDS:
        return True
    if verb.lemma_.lower() == "pick" and any(c.lower_ == "up" for c in verb.children):
        return film
    return film and bool(lemmas & DISTRIBUTE_WORDS)


def _role_by_kind(article: Article, org: Org, work: Mention | None,
                  noun: Token | None = None) -> str | None:
    """The role a company has in a work when only its kind says it ("Lionsgate's film")."""
    if org.kind == NETWORK:
        return AIRING
    if org.kind == DISTRIBUTOR:
        return DISTRIBUTION if _is_film(article, work, noun) or work is None or \
            article.title_kinds.get(work.value) in (None, "unknown") else PRODUCTION
    if org.kind == STUDIO:
        return DISTRIBUTION if _is_film(article, work, noun) and org.source == "ruler" \
            else PRODUCTION
    return PRODUCTION


def _readings(
    article: Article, sentence: Sentence, org: Org
) -> Iterator[tuple[str, str, Mention | None]]:
    """(role, path, work) of one company mention."""
    doc = article.doc
    if org.source == "banner":
        yield PRODUCTION, "company.banner", clause_work(article, sentence, org.head(doc))
        return
    own_head = org.head(doc)
    if own_head.dep_ in ("compound", "nmod") and own_head.head.lower_ in BANNER_NOUNS:
        # "via their Halvern Pictures banner"
        yield PRODUCTION, "company.banner", clause_work(article, sentence, own_head.head)
        return
    own = org.head(doc)
    for child in own.children:  # "Tidewater producer Halvern Studios"
        if child.dep_ in ("compound", "appos", "nmod") and child.lower_ in ROLE_OF_NOUN:
            role = ROLE_OF_NOUN[child.lower_]
            if role == AIRING and org.kind != NETWORK:
                continue
            titles = [title_at(article, t) for t in child.subtree]
            work = next((t for t in titles if t is not None), None)
            if work is not None:
                yield role, "company.role_noun", work
                return
    home = _home_after(doc, org, sentence)  # "HBO, home of X", "HBO, the home of X"
    if home is not None and org.kind == NETWORK:
        for token in _home_phrase(doc, home, sentence):
            title = title_at(article, token)
            if title is not None:
                yield AIRING, "company.home_of", title
    head = _lead(own)
    while head.dep_ in ("compound", "nmod", "appos") and head.head.lower_ in ORG_NOUNS:
        head = _lead(head.head)  # "on the NBC network", "by cable channel HBO"
    dep, gov = head.dep_, head.head
    # "X, which produces ...", "X, which streams ...": the relative clause's verb
    for child in org.head(doc).children:
        if child.dep_ == "relcl":
            yield from _as_subject(article, sentence, org, child, "company.which")
    if dep in ("poss", "compound", "nmod", "amod") and gov.i != head.i:
        yield from _modifier(article, sentence, org, gov, dep)
    elif dep == "pobj":
        yield from _object(article, sentence, org, gov)
    elif dep in ("nsubj", "nsubjpass"):
        yield from _as_subject(article, sentence, org, gov, "company.subject")
    elif dep == "dobj" and org.kind == NETWORK and gov.lemma_.lower() in HIT_VERBS:
        yield AIRING, "company.hits", clause_work(article, sentence, gov)
    elif dep == "appos":
        if gov.lower_ in COMPANY_NOUNS or gov.lower_ in ("producer", "partner"):
            yield PRODUCTION, "company.named_as", clause_work(article, sentence, gov)
    elif dep in ("attr",) and gov.lemma_ == "be" and org.kind in (NETWORK,):
        yield AIRING, "company.is", clause_work(article, sentence, gov)


def _home_after(doc, org: Org, sentence: Sentence) -> Token | None:
    """The noun "home" in apposition after a company: ``HBO, (the) home of X``."""
    i = org.last
    if i < sentence.last and doc[i].text == ",":
        i += 1
    if i < sentence.last and doc[i].lower_ == "the":
        i += 1
    if i < sentence.last and doc[i].lower_ == "home":
        return doc[i]
    return None


def _home_phrase(doc, home: Token, sentence: Sentence) -> list[Token]:
    """The words of ``home of X and Y``: the noun's subtree, and the words after it up to a
    comma, a verb or a conjunction of a clause (a parse may hang an unknown title on the
    main verb)."""
    words = {t.i: t for t in home.subtree}
    for token in doc[home.i : sentence.last]:
        if token.is_punct or token.pos_ in ("VERB", "AUX", "SCONJ"):
            break
        words.setdefault(token.i, token)
    return [words[i] for i in sorted(words)]


def _modifier(
    article: Article, sentence: Sentence, org: Org, noun: Token, dep: str
) -> Iterator[tuple[str, str, Mention | None]]:
    """``HBO's X``, ``the Netflix series``, ``Showtime's president``."""
    path = "company.possessive" if dep == "poss" else "company.premodifier"
    title = title_at(article, noun)
    if title is not None:
        yield _role_by_kind(article, org, title) or PRODUCTION, path, title
        return
    if org.kind != NETWORK and (noun.lemma_.lower() in PRODUCE_VERBS or
                                noun.lower_ in ("financing", "producing", "co-producing")):
        # "with Halvern Pictures financing", "Halvern Pictures producing"
        yield PRODUCTION, "company.produces", clause_work(article, sentence, noun)
        return
    for _ in range(3):  # "the ABC family drama X": the modifier's own head is the noun
        if noun.lower_ in KIND_NOUNS or noun.lower_ in GENRE_HEADS:
            break
        if noun.dep_ not in ("compound", "amod", "nmod") or noun.head.i == noun.i:
            break
        noun = noun.head
        title = title_at(article, noun)
        if title is not None:
            yield _role_by_kind(article, org, title) or PRODUCTION, path, title
            return
    lower = noun.lower_
    if lower in KIND_NOUNS or lower in GENRE_HEADS or lower in ("original", "originals"):
        if _someone_elses(article, noun):
            return  # "her BBC radio show", "the Acme series Untold Tales" (unrecognised)
        linked = work_of_noun(article, sentence, noun, definite_only=False)
        work = linked[0] if linked is not None else None
        if work is not None:
            yield _role_by_kind(article, org, work, noun) or PRODUCTION, path, work
        return


def _object(
    article: Article, sentence: Sentence, org: Org, prep: Token
) -> Iterator[tuple[str, str, Mention | None]]:
    """The company is the object of ``prep``: ``on X``, ``by X``, ``with X`` ..."""
    p = prep.lower_
    gov = prep.head
    lemma = gov.lemma_.lower()
    anchor = gov if gov.i != prep.i else prep
    if p == "by" or prep.dep_ == "agent":
        if lemma in PRODUCE_VERBS or lemma in ("service", "animate"):
            yield PRODUCTION, "company.produced_by", clause_work(article, sentence, anchor)
        elif org.kind != NETWORK and _distribution_cue(gov) or lemma in ("distribute",):
            yield DISTRIBUTION, "company.distributed_by", clause_work(article, sentence, anchor)
        elif org.kind == NETWORK:
            yield AIRING, "company.by_network", clause_work(article, sentence, anchor)
        return
    if p == "with" and (hyphenated_word(gov) in ASSOCIATION_NOUNS or lemma in PRODUCE_VERBS):
        yield PRODUCTION, "company.association", clause_work(article, sentence, anchor)
        return
    if p == "between" and hyphenated_word(gov) in ASSOCIATION_NOUNS | {"co-commission", "deal"}:
        role = AIRING if org.kind == NETWORK else PRODUCTION
        yield role, "company.association", clause_work(article, sentence, anchor)
        return
    if org.kind == NETWORK:
        if p in ("on", "onto"):
            yield AIRING, "company.on", clause_work(article, sentence, anchor)
        elif p == "to" and (lemma in MOVE_VERBS or gov.pos_ == "NOUN"):
            if not _another_work_moves(article, gov):
                yield AIRING, "company.to", clause_work(article, sentence, anchor)
        elif p == "for" and lemma not in ("work", "write", "speak"):
            yield AIRING, "company.for", clause_work(article, sentence, anchor)
        elif p == "via" or p == "from" and _made_from(gov) or p == "at" and lemma in HOME_VERBS:
            yield AIRING, f"company.{p}", clause_work(article, sentence, anchor)
        return
    if p in ("via", "through") and _distribution_cue(gov, True):
        # "will release the film through X", "a release through X"
        yield DISTRIBUTION, "company.through", clause_work(article, sentence, anchor)
    elif p in ("via", "through", "under") or p == "for" and (
        lemma in PRODUCE_VERBS or _person(article, gov)
    ):
        yield PRODUCTION, "company.via", clause_work(article, sentence, anchor)
    elif p == "of" and _person(article, gov):
        yield PRODUCTION, "company.of_person", clause_work(article, sentence, gov)
    elif p == "from" and org.kind in (STUDIO, COMPANY, DISTRIBUTOR) and _made_from(gov):
        kind_role = _role_by_kind(article, org, None) if org.kind == DISTRIBUTOR else PRODUCTION
        yield kind_role or PRODUCTION, "company.from", clause_work(article, sentence, anchor)
    elif p == "at" and org.source in ("ruler", "vocab") and lemma in ("set", "develop", "land"):
        yield PRODUCTION, "company.set_up_at", clause_work(article, sentence, anchor)
    elif p == "for" and org.kind == DISTRIBUTOR and _distribution_cue(gov, True):
        yield DISTRIBUTION, "company.for", clause_work(article, sentence, anchor)


def _made_from(gov: Token) -> bool:
    """``a drama from X``, ``comes from X``, ``hails from X`` (not ``interest from X``)."""
    lower = gov.lower_
    return lower in KIND_NOUNS or lower in GENRE_HEADS or gov.lemma_.lower() in (
        "come", "hail", "spring", "emerge", "be", "arrive", "order", "greenlight")


def _person(article: Article, token: Token) -> bool:
    """A person named with a company: a person mention, or a name in a clause of
    producing ("executive produces alongside Marlow of X")."""
    mention = article.mention_of(token)
    if mention is not None:
        return mention.kind == "P"
    if token.pos_ != "PROPN":
        return False
    return any(t.lemma_.lower() in PRODUCE_VERBS for t in list(token.ancestors)[:3])


def _as_subject(
    article: Article, sentence: Sentence, org: Org, verb: Token, path: str
) -> Iterator[tuple[str, str, Mention | None]]:
    """The company does something: produces, airs, renews, releases, acquires."""
    lemma = verb.lemma_.lower()
    if lemma in NOT_SUBJECT_VERBS or _only_wanting(verb):
        return
    for child in verb.children:  # "X, which made the show and now sells it abroad"
        if child.dep_ == "conj" and child.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in child.children
        ):
            yield from _as_subject(article, sentence, org, child, path)
    if org.kind == NETWORK and _hypothetical(verb):
        return  # "maybe Netflix can give it a home": a wish, not a network
    work = clause_work(article, sentence, verb)
    if lemma == "be":
        for child in verb.children:
            if child.dep_ == "attr" and child.lower_ in ("studio", "producer", "production"):
                yield PRODUCTION, "company.is_studio", work
                return
    if org.kind != NETWORK and (lemma in PRODUCE_VERBS or lemma.startswith("co-produc")):
        yield PRODUCTION, "company.produces", work
        return
    film = _is_film(article, work, _object_noun(verb)) or (
        org.kind == DISTRIBUTOR and work is not None
        and article.title_kinds.get(work.value) not in ("series",))
    distributing = _distribution_cue(verb, film)
    if org.kind == NETWORK:
        if distributing and film:
            yield DISTRIBUTION, "company.distributes", work
        else:
            yield AIRING, path, work
        return
    if distributing:
        yield DISTRIBUTION, "company.distributes", work
        return
    if film and (org.kind == DISTRIBUTOR or org.kind == STUDIO and org.source == "ruler"):
        yield DISTRIBUTION, "company.studio_film", work


# Words that make a clause a wish or a guess: "maybe X can", "X could".
HYPOTHETICAL = {"maybe", "perhaps", "possibly", "hopefully", "could", "might", "may", "can",
                "should", "would"}


def _someone_elses(article: Article, noun: Token) -> bool:
    """A kind noun that is a person's ("her BBC radio show") or that a name the
    article does not know as a title follows ("the Nickelodeon series Moonbeam Club")."""
    if any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "my", "our")
           for c in noun.children):
        return True
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is not None and after.pos_ == "PROPN" and after.is_title and \
        article.mention_of(after) is None


def _only_wanting(verb: Token) -> bool:
    """"Hulu is still in talks", "two streamers were among the suitors"."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "among") and any(
        o.dep_ == "pobj" and o.lower_ in WANTING_NOUNS for o in c.children)
        for c in verb.children)


def _hypothetical(verb: Token) -> bool:
    return any(c.lower_ in HYPOTHETICAL and c.dep_ in ("aux", "advmod") for c in verb.children)


def _another_work_moves(article: Article, verb: Token) -> bool:
    """"a new spy drama is coming to NBC": the subject is a work the text does not name,
    so the network is not the clause's work's."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        subject = verb.head  # "a freshly bought thriller heading to NBC"
    if subject is None or subject.lower_ not in KIND_NOUNS | GENRE_HEADS:
        return False
    if any((m := article.mention_of(t)) is not None and m.kind == "T" for t in subject.subtree):
        return False  # "the drama Tin Harbour is coming to NBC"
    return any(c.lower_ in ("a", "an", "another", "new", "newly") or
               c.dep_ == "amod" and any(g.lower_ == "newly" for g in c.subtree)
               for c in subject.children)


def _object_noun(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "pobj", "nsubjpass"):
            return child
    return None
