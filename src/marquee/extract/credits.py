"""Credits: who stars in a work (as which character) and who makes it.

Each list of people in a sentence (:mod:`marquee.extract.groups`) is credited by the cue
next to it, read from lemmas and the parse rather than from surface strings:

- a lead before the list: ``starring X``, ``the cast includes X``, ``rounding out the
  cast are X``, ``guest stars include X``, ``features the voices of X``;
- ``<participle> by`` before it: ``written and directed by X``, ``from a script by X``;
- a role noun before it: ``showrunner X``, ``co-creators X and Y``, ``W's creator X``;
- a verb after it: ``X, Y and Z co-star``, ``X will direct``, ``X executive produces``,
  ``X joins the cast``, ``X has been cast as A``, ``X returns as A``;
- a role after it: ``X serves as showrunner``, ``with X as executive producers``,
  ``X, the show's creator``, ``X, who created the series``;
- the parse: a member that is the subject of a role verb further on;
- a character after a member (``X as A``), or a member in parentheses after a
  character (``A (X)``), in a sentence about casting.

A member's own parenthesised works (``X (Earlier Show)``) get the same roles. The work
is the one the cue names (``W stars X``, ``stars in W``, ``creator of W``), else the
one the cue's clause is about (:mod:`marquee.extract.about`). Each credit carries the
name of the path that made it, for calibration.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from marquee.extract.about import work_at
from marquee.extract.context import Article, Mention, Sentence
from marquee.extract.groups import DETERMINERS, Group, groups, role_words, tail_after
from marquee.extract.lexicon import (
    BY_ROLE,
    CAST_LEADS,
    CAST_NOUNS,
    GUEST_WORDS,
    HOST_WORDS,
    JOIN_VERBS,
    ROLE_NOUN,
    VERB_ROLE,
    VOICE_WORDS,
)
from marquee.extract.other_works import other_work_credits
from marquee.extract.records import Credit, Evidence

# Words skipped between a list and the verb that credits it: "X will also star".
AUXILIARY = {"will", "would", "also", "both", "all", "each", "now", "currently", "have", "has",
             "had", "been", "is", "are", "was", "were", "be", "to", "set", "'s", "’s",
             "'ll", "’ll", "later", "then", "too", "again", "once", "still", "already",
             "reportedly", "jointly", "together", "likewise", "respectively", "go", "went",
             "on", "expected", "slated", "who", "originally", "previously"}
LEAD_SKIP = {"also", "the", "a", "an", ":", "—", "–", "and", "as", "well", "both", "now"}
NEGATIONS = {"not", "n't", "never", "no"}


@dataclass
class Cue:
    roles: tuple[str, ...]
    path: str
    at: Token  # the cue word, whose clause decides the work
    work: Mention | None = None  # a work the cue names itself
    first_only: tuple[str, ...] = ()  # roles of the first member alone ("showrunner X and Y")


def extract_credits(article: Article) -> Iterator[Credit]:
    last_crew: Cue | None = None
    for sentence in article.sentences:
        previous: Cue | None = None
        for group in groups(article, sentence):
            if previous is not None:
                group = _past_a_character(article, group)
                if not group.members:
                    continue
            cues = _cues_for(article, sentence, group)
            joined = _joined(article, sentence, group) if previous is not None else None
            if previous is not None and joined is not None:
                # "X executive produces with Y", "alongside showrunner Y": Y shares the
                # verb's role (the cue's own roles where the verb gives none)
                verb = _verb_role(article.doc, joined.head.i) if joined.head.i != joined.i \
                    else None
                shared = (verb,) if verb is not None else previous.roles
                if not cues:
                    cues = [Cue(shared, "credit.alongside", previous.at, previous.work)]
                elif verb is not None:
                    cues = [Cue(tuple(dict.fromkeys((*c.roles, verb))), c.path, c.at, c.work,
                                c.first_only)
                            if c.path == "credit.role_before" else c for c in cues]
            for cue in cues:
                yield from _group_credits(article, sentence, group, cue)
            if cues:
                previous = cues[0]
        if previous is None and last_crew is not None:
            yield from _fragment(article, sentence, last_crew)
        last_crew = previous if previous is not None and previous.path == "credit.by" else None
        yield from _credits_include(article, sentence)
        yield from other_work_credits(article, sentence)


def _past_a_character(article: Article, group: Group) -> Group:
    """``X returns as A and Y returns as B``, ``X plays A and Y plays B``: a parse may list
    A with Y, but a name right after a credited person's ``as`` or ``plays`` is that
    person's part, not a second person."""
    doc = article.doc
    first = group.members[0].mention.first
    before = doc[first - 1] if first >= 1 else None
    if before is None or group.members[0].character or not (
        before.lower_ == "as" or before.lemma_.lower() in ("play", "portray")
    ):
        return group
    rest = group.members[1:]
    start = rest[0].mention.first if rest else group.end
    return Group(rest, start, group.end)


def _fragment(article: Article, sentence: Sentence, cue: Cue) -> Iterator[Credit]:
    """A sentence that is only a list of names (``X and Y of Some Media.``) goes on with
    the crew credit of the sentence before it."""
    doc = article.doc
    found = list(groups(article, sentence))
    if len(found) != 1:
        return
    group = found[0]
    rest = [t for t in doc[sentence.first : sentence.last]
            if not (group.first <= t.i < group.end) and not t.is_punct and not t.is_space]
    if rest and not (rest[0].lower_ == "of" and all(t.is_title or t.lower_ == "of" or
                                                    article.mention_of(t) for t in rest)):
        return
    # It continues the last role named: "created, written and produced by X. Y and Z."
    yield from _group_credits(article, sentence, group,
                              Cue(cue.roles[-1:], "credit.fragment", cue.at, cue.work))


def _joined(article: Article, sentence: Sentence, group: Group) -> Token | None:
    """The "alongside"/"with" a list follows (past a short description), if any: the list
    shares the credit of the list before it ("X executive produces alongside Y")."""
    doc = article.doc
    k = group.first - 1
    steps = 0
    while k >= sentence.first and steps < 6 and _describes(doc[k]):
        if doc[k].lower_ in ("alongside", "with", "opposite"):
            return doc[k]
        k -= 1
        steps += 1
    return None


def _describes(token: Token) -> bool:
    """A word of a short description before a name: lower-case words, commas, possessives,
    or a company's name ("alongside Acme founders X", "with Acme's X"), not a verb."""
    if token.pos_ in ("VERB", "AUX") and token.lower_ not in ("alongside", "with", "opposite"):
        return False
    if token.is_lower or token.text == "," or token.tag_ in ("PRP$", "POS"):
        return True
    return token.is_title and token.ent_type_ != "PERSON"


def _cues_for(article: Article, sentence: Sentence, group: Group) -> list[Cue]:
    """The credit of a list: every cue around it, combined (``starring X, who created the
    show`` is cast and creator). A bare descriptor before the list (``producer X``) gives
    way to a verb or an apposition that says what the person did here."""
    doc = article.doc
    lead = _lead_before(article, sentence, group)
    verb = _verb_after(article, sentence, group)
    appos = _role_after(article, sentence, group)
    if lead is not None and lead.path == "credit.role_before" and lead.work is None and (
        verb is not None or appos is not None
    ) and not (verb is not None and verb.path == "credit.role_after" and "creator" in lead.roles):
        lead = None
    cues = [c for c in (lead, verb, appos) if c is not None]
    if not cues:
        subject = _by_subject(article, sentence, group)
        cues = [subject] if subject is not None else []
    member_roles = [m.roles for m in group.members if m.roles]
    if not cues and member_roles and len(member_roles) == 1 and group.members[-1].roles:
        # "with X and Y as executive producers": the last member's role is everyone's.
        cues = [Cue(member_roles[0], "credit.as_role", doc[group.end - 1])]
    if not cues and any(m.character for m in group.members) and (
        _casting(doc, sentence) or any(m.actor_in_parentheses for m in group.members)
    ):
        cues = [Cue(("cast",), "credit.as_character", doc[group.first])]
    if not cues and any(m.character_in_parentheses for m in group.members):
        # "Jo Bell (Tess) has a new film": the role she is known for, in the article's work.
        main = article.main_work
        if main is not None:
            cues = [Cue(("cast",), "credit.paren_character", doc[group.first],
                        Mention("T", main, sentence.start, sentence.start))]
    if not cues:
        only = _parenthesised_only(article, group)
        cues = [only] if only is not None else []
    return cues


def _group_credits(
    article: Article, sentence: Sentence, group: Group, cue: Cue
) -> Iterator[Credit]:
    if "producer" in cue.roles and "executive_producer" in cue.roles:
        cue = Cue(tuple(r for r in cue.roles if r != "producer"), cue.path, cue.at, cue.work)
    if len(group.members) == 1 and not group.members[0].character and cue.path in (
        "credit.verb_after", "credit.join", "credit.subject", "credit.has_role"
    ) and any(r in ("cast", "voice_cast", "guest_cast") for r in cue.roles):
        _character_after_verb(article, sentence, cue.at, group)
    work = cue.work or work_at(article, sentence, cue.at)
    descriptions: dict[str, str] = article.__dict__.setdefault("_char_descriptions", {})
    evidence = [Evidence(sentence.start, sentence.end)]
    for index, member in enumerate(group.members):
        roles = member.roles or cue.roles
        if index == 0 and cue.first_only:
            roles = tuple(dict.fromkeys((*cue.first_only, *roles)))
        if member.roles and cue.roles and member.roles != cue.roles:
            roles = tuple(dict.fromkeys((*cue.roles, *member.roles)))
        character = member.character
        if character and member.description:
            descriptions.setdefault(character, member.description)
        if work is not None and character != work.value:
            for role in roles:
                char = character if role in ("cast", "voice_cast", "guest_cast") else None
                yield Credit(doc=article.doc_id, work=work.value, season=None,
                             person=member.person, role=role, character=char,
                             evidence=list(evidence), confidence=0.7, path=cue.path)
        for earlier in member.works:
            for role in roles:
                yield Credit(doc=article.doc_id, work=earlier.value, season=None,
                             person=member.person, role=role, character=None,
                             evidence=list(evidence), confidence=0.7,
                             path="credit.paren_work")


def _character_after_verb(
    article: Article, sentence: Sentence, verb: Token, group: Group
) -> None:
    """``X plays C`` / ``X has been cast as C`` / ``X returns as C``: C is X's character."""
    doc = article.doc
    k = verb.i + 1
    ahead = k
    while ahead < min(sentence.last, verb.i + 6) and not doc[ahead].is_punct and \
            article.mention_of(ahead) is None and doc[ahead].lower_ != "as":
        ahead += 1
    if ahead < sentence.last and doc[ahead].lower_ == "as":
        k = ahead
    while k < sentence.last and doc[k].lower_ in ("the", "role", "of", "part", "on", "up"):
        k += 1
    if k < sentence.last and doc[k].lower_ != "as" and verb.lemma_.lower() in (
        "play", "portray", "voice", "reprise"
    ):
        k -= 1  # read "plays C" as "plays as C"
        while k > verb.i and doc[k].lower_ in ("the", "role", "of", "part"):
            k -= 1
        tail = tail_after(article, k, sentence.last, bare=True)
    else:
        tail = tail_after(article, k, sentence.last)
    if tail is not None and tail.character:
        group.members[0].character = tail.character
        group.members[0].description = tail.description


def _casting(doc: Doc, sentence: Sentence) -> bool:
    """Whether a sentence is about who plays whom."""
    for token in doc[sentence.first : sentence.last]:
        if token.lemma_.lower() in VERB_ROLE and VERB_ROLE[token.lemma_.lower()] in (
            "cast", "voice_cast"
        ) or token.lemma_.lower() in JOIN_VERBS or token.lower_ in CAST_NOUNS:
            return True
    return False


def _flavour(doc: Doc, start: int, end: int, default: str = "cast") -> str:
    """cast, guest_cast, voice_cast or host, by the words doc[start:end]."""
    words = {t.lower_ for t in doc[max(0, start) : end]}
    if words & GUEST_WORDS:
        return "guest_cast"
    if words & VOICE_WORDS:
        return "voice_cast"
    if words & HOST_WORDS:
        return "host"
    return default


def _lead_before(article: Article, sentence: Sentence, group: Group) -> Cue | None:
    """A cue just before the list: a cast lead, ``<participle> by``, a role noun."""
    doc = article.doc
    floor = sentence.first
    i = _past_description(article, group.first, floor) - 1
    while i >= floor and (doc[i].lower_ in LEAD_SKIP and doc[i].lower_ not in ("as",)
                          or doc[i].is_space):
        if doc[i].lower_ == "and" and i - 1 >= floor and doc[i - 1].tag_ in ("VBN", "VBD"):
            break  # "created and starring X"
        i -= 1
    if i < floor:
        return None
    token = doc[i]
    word, lemma = token.lower_, token.lemma_.lower()
    clause_start = max(floor, i - 8)
    if word == "by":
        roles = _by_roles(doc, i, floor) or _voices_given(doc, clause_start, i)
        if roles:
            return Cue(roles, "credit.by", token, _work_before(article, sentence, i))
        return None
    if word == "from" and _voices_given(doc, clause_start, i):
        return Cue(("voice_cast",), "credit.by", token)  # "additional voices come from X"
    if word in ("starring", "co-starring", "featuring", "costarring") or (
        lemma in CAST_LEADS and word not in ("with", "cast") and token.pos_ in ("VERB", "AUX")
    ):
        role = _flavour(doc, clause_start, group.first)
        if word in ("starring", "featuring") and role == "host":
            role = "cast"
        work = _work_before(article, sentence, i)
        return Cue((role,), "credit.lead", token, work)
    if word in ("voices", "voice") and i - 1 >= floor and doc[i - 1].lower_ == "the":
        return Cue(("voice_cast",), "credit.lead", token, _work_before(article, sentence, i))
    if word == "of" and i - 1 >= floor and doc[i - 1].lower_ in ("voices", "voice"):
        return Cue(("voice_cast",), "credit.lead", token, _work_before(article, sentence, i))
    if lemma in ("include", "be") or word in ("including", ":", "are", "is"):
        nouns = {t.lower_ for t in doc[clause_start:i]}
        lemmas = {t.lemma_.lower() for t in doc[clause_start:i]}
        if word == "including" and lemmas & {"actor", "actress", "star", "performer"}:
            return Cue(("cast",), "credit.cast_includes", token)
        if nouns & CAST_NOUNS or nouns & GUEST_WORDS or nouns & VOICE_WORDS or \
                lemmas & {"round", "complete", "join", "new", "return"}:
            role = _flavour(doc, clause_start, i)
            if "credit" in nouns or "credits" in nouns:
                return None
            return Cue((role,), "credit.cast_includes", token)
        roles = _role_subject(token)
        if roles:
            return Cue(roles, "credit.role_list", token)  # "executive producers include X"
        return None
    if word == "with" and any(m.character for m in group.members):
        return Cue((_flavour(doc, clause_start, i),), "credit.lead", token)
    # A role noun right before the list: "showrunner X", "executive producers X and Y",
    # "the show's creator, X".
    if doc[i].text == "," and i - 1 >= floor and (doc[i - 1].lower_ in ROLE_NOUN or
                                                  doc[i - 1].lower_.rstrip("s") in ROLE_NOUN):
        i -= 1
        token = doc[i]
    j = i
    while j >= floor and (doc[j].is_alpha or doc[j].text in ("-", "/")) and \
            article.mention_of(j) is None and not (doc[j].is_title and j < i and
                                                  doc[j].lower_ not in ROLE_NOUN):
        j -= 1
    roles = role_words(doc, j + 1, i + 1)
    if roles and (doc[i].lower_.rstrip("s") in ROLE_NOUN or doc[i].lower_ in ROLE_NOUN
                  or "-" in doc[i].text or doc[i].lower_ in ("producer", "producers")):
        if roles == ("cast",) and doc[i].lower_ in ("actor", "actress", "actors", "actresses"):
            owner = _work_before(article, sentence, j + 1)
            if owner is None:
                return None  # "actress X" describes a person, it credits nothing
            return Cue(roles, "credit.role_before", token, owner)
        owner = _work_before(article, sentence, j + 1)
        if j >= floor and doc[j].text == "," and j - 1 >= floor and \
                (article.mention_of(j - 1) or doc[j - 1].text == ")"):
            # "with A, character creator B and C": the noun describes B alone.
            group.members[0].roles = roles
            return None
        if token.tag_ == "NN" and len(group.members) > 1 and token.lower_ in ROLE_NOUN:
            # a singular role noun describes the name right after it, not the whole list
            return Cue((), "credit.role_before", token, owner, first_only=roles)
        return Cue(roles, "credit.role_before", token, owner)
    return None


DESCRIBED_AFTER = {"by", "starring", "featuring", "co-starring", "costarring", "stars", "star",
                   "starred"}
DESCRIPTION_TAGS = {"DT", "JJ", "NN", "NNS", "HYPH", "VBN", "VBG", "POS", "CD", "NNP"}


def _past_description(article: Article, first: int, floor: int) -> int:
    """Where a description of the list's first name starts, when a credit cue comes
    before it ("created by former public defender X", "written by the novelist X");
    else ``first``. A role noun alone before a name is itself a cue, and stays."""
    doc = article.doc
    name_head = doc[first]
    while name_head.head.i != name_head.i and first <= name_head.head.i < first + 4 and \
            name_head.head.pos_ == "PROPN":
        name_head = name_head.head
    linked = {name_head.i, name_head.head.i}
    k = first - 1
    while k >= floor and first - k <= 5 and doc[k].tag_ in DESCRIPTION_TAGS and \
            doc[k].lower_ not in DESCRIBED_AFTER and article.mention_of(k) is None and \
            (doc[k].head.i in linked or k == name_head.head.i):
        linked.add(k)
        k -= 1
    if k < first - 1 and k >= floor and doc[k].lower_ in DESCRIBED_AFTER:
        return k + 1
    return first


def _voices_given(doc: Doc, start: int, at: int) -> tuple[str, ...]:
    """``voices are provided by``, ``additional voices come from``: a voice cast."""
    verb = doc[at - 1] if at - 1 >= start else None
    if verb is None or verb.lemma_.lower() not in ("provide", "supply", "come"):
        return ()
    if any(t.lower_ in ("voices", "voice", "vocals") for t in doc[start : at - 1]):
        return ("voice_cast",)
    return ()


def _role_subject(verb: Token) -> tuple[str, ...]:
    """The roles a list's verb ("include", "are") takes from its subject when the
    subject is a role noun: "Executive producers include X", "The writers are X and Y"."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ == "NOUN" and (
            child.lower_ in ROLE_NOUN or child.lower_.rstrip("s") in ROLE_NOUN
        ):
            return role_words(child.doc, child.left_edge.i, child.i + 1)
    return ()


def _by_roles(doc: Doc, by: int, floor: int) -> tuple[str, ...]:
    """Roles of the participles before ``by``: "written and directed by", "a script by"."""
    roles: list[str] = []
    k = by - 1
    while k >= floor:
        word = doc[k].lower_
        if word in ("and", ",", "&", "/"):
            k -= 1
            continue
        if word == "produced" and k - 1 >= floor and doc[k - 1].lower_ == "executive":
            roles.append("executive_producer")
            k -= 2
            continue
        if word in BY_ROLE:
            roles.append(BY_ROLE[word])
            k -= 1
            continue
        if word in ("script", "screenplay", "teleplay", "story"):
            roles.append("writer")
        elif word in ("film", "documentary", "series", "episode") and k - 1 >= floor:
            pass
        break
    return tuple(dict.fromkeys(reversed(roles)))


def _work_before(article: Article, sentence: Sentence, at: int) -> Mention | None:
    """A work right before a cue: ``W stars``, ``W's creator``, ``W, created by``."""
    doc = article.doc
    k = at - 1
    while k >= sentence.first and (doc[k].text in (",", "'s", "’s", "—") or doc[k].is_space
                                   or doc[k].lower_ in ("which", "also", "that", "now")):
        k -= 1
    if k < sentence.first:
        return None
    mention = article.mention_of(k)
    if mention is not None and mention.kind == "T":
        return mention
    return None


def _work_after(article: Article, sentence: Sentence, at: int) -> Mention | None:
    """A work the cue word at ``at`` takes: ``stars in W``, ``creator of W``, ``joins W``."""
    doc = article.doc
    k = at + 1
    steps = 0
    while k < sentence.last and steps < 6:
        mention = article.mention_of(k)
        if mention is not None and mention.kind == "T":
            return mention
        if mention is not None and mention.kind in ("N", "C") and mention.last > k:
            k = mention.last  # "starred in the BBC sitcom W", "on Acme's W": W's network
            continue
        if mention is not None or doc[k].text in (".", ";", "(", "—") or \
                doc[k].lower_ in ("as", "and", "who", "which", "while", "after", "alongside"):
            return None
        k += 1
        steps += 1
    return None


def _skip_auxiliaries(doc: Doc, start: int, limit: int) -> int:
    """Past auxiliaries, adverbs and "announced to"/"set to" before a verb; past a comma
    when a verb follows it ("X, Y and Z, also appeared")."""
    k = start
    while k < limit:
        token = doc[k]
        if token.lower_ in AUXILIARY or token.tag_ == "RB" and token.lower_ not in NEGATIONS:
            k += 1
        elif token.tag_ == "VBN" and k + 1 < limit and doc[k + 1].lower_ == "to":
            k += 2  # "has been announced to star", "is confirmed to direct"
        elif token.text == "," and k == start and k + 1 < limit and (
            doc[k + 1].lower_ in ("who", "also", "both", "all") or doc[k + 1].pos_ == "VERB"
        ):
            k += 1
        else:
            break
    return k


def _verb_after(article: Article, sentence: Sentence, group: Group) -> Cue | None:
    """A verb after the list, with the role verbs coordinated with it: ``X will write and
    executive produce``, ``X serves as showrunner and executive produces``."""
    cue = _one_verb_after(article, sentence, group)
    if cue is None or cue.path not in ("credit.verb_after", "credit.role_after"):
        return cue
    more = _coordinated_roles(article, sentence, cue.at.i + 1)
    if not more:
        return cue
    return Cue(tuple(dict.fromkeys((*cue.roles, *more))), cue.path, cue.at, cue.work)


def _verb_role(doc: Doc, k: int) -> str | None:
    """The role a verb at ``k`` gives its subject ("directs", "executive produces")."""
    token = doc[k]
    lemma = token.lemma_.lower()
    if lemma == "produce" or token.lower_.startswith("produc") and token.tag_.startswith("VB"):
        return "executive_producer" if k >= 1 and doc[k - 1].lower_ in ("executive", "exec") \
            else "producer"
    if token.pos_ != "VERB" or lemma not in VERB_ROLE or lemma in ("lead", "play", "appear"):
        return None
    return VERB_ROLE[lemma]


def _coordinated_roles(article: Article, sentence: Sentence, start: int) -> tuple[str, ...]:
    """Roles of verbs joined by "and" to a cue's verb, read up to the clause's end:
    "write and executive produce", "serves as showrunner and co-writes"."""
    doc = article.doc
    roles: list[str] = []
    k = start
    limit = min(sentence.last, start + 8)
    while k < limit:
        token = doc[k]
        if token.text in (".", ";", "(", "—") or token.lower_ in ("who", "which", "while",
                                                                   "with", "alongside"):
            break
        if article.mention_of(k) is not None:
            break
        if token.lower_ == "and":
            j = k + 1
            while j < limit and doc[j].lower_ in ("will", "also", "executive", "exec", "co",
                                                  "-"):
                j += 1
            if j < limit:
                role = _verb_role(doc, j)
                if role is not None:
                    roles.append(role)
                    k = j
        k += 1
    return tuple(roles)


def _one_verb_after(article: Article, sentence: Sentence, group: Group) -> Cue | None:
    """A verb after the list: ``X and Y co-star``, ``X will direct``, ``X joins the cast``."""
    doc = article.doc
    k = _skip_auxiliaries(doc, group.end, sentence.last)
    if k >= sentence.last:
        return None
    token = doc[k]
    if token.lower_ in NEGATIONS:
        return None
    role_noun = _role_phrase(doc, k, sentence.last)
    if role_noun is not None:
        return Cue(("guest_cast",) if doc[role_noun - 1].lower_ == "guest" else ("cast",),
                   "credit.has_role", doc[role_noun], _work_after(article, sentence, role_noun))
    word, lemma = token.lower_, token.lemma_.lower()
    nxt = doc[k + 1].lower_ if k + 1 < sentence.last else ""
    if word in ("co", "guest") and nxt in ("-", "star", "stars", "starred", "starring"):
        role = "guest_cast" if word == "guest" else "cast"
        return Cue((role,), "credit.verb_after", token, _work_after(article, sentence, k + 1))
    if word == "executive" and nxt.startswith("produc"):
        return Cue(("executive_producer",), "credit.verb_after", token,
                   _work_after(article, sentence, k + 1))
    if word in ("lends", "lend", "lent", "lending") and "voice" in doc[k + 1 : k + 4].text:
        return Cue(("voice_cast",), "credit.verb_after", token,
                   _work_after(article, sentence, k + 2))
    if token.pos_ in ("VERB", "AUX", "NOUN") and lemma in VERB_ROLE and not (
        lemma in ("lead", "play") and token.pos_ == "NOUN"
    ) and not (lemma == "star" and token.pos_ == "NOUN" and nxt not in ("in", "as", "on",
                                                                          "alongside", "opposite")):
        role = VERB_ROLE[lemma]
        if role == "creator" and "character" in (t.lower_ for t in doc[k + 1 : k + 4]):
            return None  # "X created the character of A"
        if lemma == "produce" and k - 1 >= 0 and doc[k - 1].lower_ == "executive":
            role = "executive_producer"
        if role == "cast":
            role = _flavour(doc, k, min(sentence.last, k + 4))
            if role == "host":
                role = "cast"
        return Cue((role,), "credit.verb_after", token, _work_after(article, sentence, k))
    on_as = nxt == "on" and k + 2 < sentence.last and doc[k + 2].lower_ == "as"
    if lemma in ("return", "stay", "continue") and (nxt == "as" or on_as):
        after = k + 2 if on_as else k + 1
        roles = role_words(doc, after + 1, min(sentence.last, after + 5))
        if roles and roles != ("cast",):  # "X and Y return as showrunners"
            return Cue(roles, "credit.role_after", token, _work_after(article, sentence, k + 1))
    if lemma in JOIN_VERBS and (token.pos_ in ("VERB", "AUX") or _verb_as_noun(doc, k)):
        following = doc[k + 1 : min(sentence.last, k + 7)]
        words = {t.lower_ for t in following}
        if lemma == "cast" or words & CAST_NOUNS or "as" in words or \
                lemma in ("return", "reprise", "rejoin", "join", "round", "complete"):
            role = _flavour(doc, k, min(sentence.last, k + 7))
            return Cue((role,), "credit.join", token, _work_after(article, sentence, k))
    if lemma in ("serve", "be", "remain", "act", "come", "sign") or word in ("as",):
        j = k + 1 if word != "as" else k
        if j < sentence.last and doc[j].lower_ == "on":
            j += 1  # "signed on as"
        if j < sentence.last and doc[j].lower_ == "as":
            j += 1
        start = j
        while j < sentence.last and (doc[j].is_alpha or doc[j].text in ("-", "/", "'s", "’s")
                                     ) and article.mention_of(j) is None and \
                doc[j].lower_ not in ("of", "on", "for", "in", "and", "who", "alongside"):
            j += 1
        if j < sentence.last and doc[j].lower_ == "and" and j + 1 < sentence.last and \
                (doc[j + 1].lower_ in ROLE_NOUN or doc[j + 1].lower_ == "executive"):
            j += 1
            while j < sentence.last and doc[j].is_alpha and article.mention_of(j) is None \
                    and doc[j].lower_ not in ("of", "on", "for", "in", "and"):
                j += 1
        roles = role_words(doc, start, j)
        if roles and roles != ("cast",) or roles == ("cast",) and lemma != "be":
            return Cue(roles, "credit.role_after", token, _work_after(article, sentence, j - 1))
    return None


def _verb_as_noun(doc: Doc, k: int) -> bool:
    """A verb the tagger read as a plural noun: "X returns as A", "X joins the cast"."""
    token = doc[k]
    nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
    return token.tag_ == "NNS" and nxt in ("as", "the", "for", "in", "to", "on")


def _role_phrase(doc: Doc, at: int, limit: int) -> int | None:
    """``(have/in) a recurring role``, ``crucial roles``: the index of "role", if any."""
    k = at
    while k < limit and k - at < 5 and (doc[k].lower_ in ("in", "have", "has", "had", "a", "an",
                                                          "the", "key", "guest", "lead")
                                        or doc[k].tag_ in ("JJ", "JJR", "JJS", "RB", "VBG")):
        k += 1
    if k < limit and doc[k].lower_ in ("role", "roles", "part", "parts", "arc"):
        if k + 1 < limit and doc[k + 1].lower_ == "in" or k + 1 >= limit or \
                doc[k + 1].lower_ in ("as", ".", ",", "on", "for", ";"):
            return k
    return None


def _role_after(article: Article, sentence: Sentence, group: Group) -> Cue | None:
    """A role in apposition: ``X, the show's creator,`` or ``X, who created the series``."""
    doc = article.doc
    k = group.end
    if k >= sentence.last or doc[k].text != ",":
        return None
    k += 1
    if k < sentence.last and doc[k].lower_ == "who":
        k += 1
        if not (k < sentence.last and doc[k].lower_ in ("was", "is") and k + 1 < sentence.last
                and doc[k + 1].is_title):
            k = _skip_auxiliaries(doc, k, sentence.last)
        if k < sentence.last and len(group.members) == 1 and (
            doc[k].lemma_.lower() in ("play", "portray", "voice") or doc[k].lower_ in ("was",
                                                                                      "is")
        ):
            tail = tail_after(article, k, sentence.last, bare=True)
            if tail is not None and tail.character:
                group.members[0].character = tail.character
                role = "voice_cast" if doc[k].lemma_.lower() == "voice" else "cast"
                return Cue((role,), "credit.relcl", doc[k], _work_after(article, sentence, k))
            return None
        if k < sentence.last and doc[k].lemma_.lower() in VERB_ROLE:
            role = VERB_ROLE[doc[k].lemma_.lower()]
            if doc[k].lemma_.lower() == "produce" and doc[k - 1].lower_ == "executive":
                role = "executive_producer"
            return Cue((role,), "credit.relcl", doc[k], _work_after(article, sentence, k))
        return None
    if k + 2 < sentence.last and doc[k].lower_ == "the" and doc[k + 1].lower_ == "voice" \
            and doc[k + 2].lower_ == "of" and len(group.members) == 1:
        names = _names(article, k + 3, sentence.last)
        if names:
            group.members[0].character = names[0]
            return Cue(("voice_cast",), "credit.appositive", doc[k + 1])
    start = k
    owner: Mention | None = None
    while k < sentence.last and (doc[k].is_alpha or doc[k].text in ("'s", "’s", "-", "/")):
        mention = article.mention_of(k)
        if mention is not None:
            if mention.kind != "T":
                return None
            owner = mention
            k = mention.last
            continue
        if doc[k].lower_ in ("of", "on", "and", "who", "for"):
            break
        k += 1
    if k - start > 6:
        return None
    roles = role_words(doc, start, k)
    if owner is None and roles:
        owner = _work_after(article, sentence, k - 1)
    if not roles or roles == ("cast",) and not owner:
        return None
    return Cue(roles, "credit.appositive", doc[start], owner)


def _names(article: Article, start: int, limit: int) -> list[str]:
    """Capitalised names from ``start``, joined by "and"/commas: "C and D"."""
    doc = article.doc
    out: list[str] = []
    k = start
    while k < limit:
        j = k
        while j < limit and doc[j].is_alpha and (doc[j].is_title or doc[j].text.isupper()) \
                or j < limit and doc[j].text == "." and j > k and len(doc[j - 1]) <= 3:
            j += 1
        if j == k:
            break
        out.append(doc[k:j].text)
        if j < limit and doc[j].lower_ in ("and", ","):
            k = j + 1
            if k < limit and doc[k].lower_ == "and":
                k += 1
            continue
        break
    return out


def _by_subject(article: Article, sentence: Sentence, group: Group) -> Cue | None:
    """The parse: the list's head is the subject of a role verb further on."""
    doc = article.doc
    head = doc[group.members[0].mention.first : group.members[0].mention.last].root
    while head.dep_ in ("conj", "appos", "compound") and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = head.head
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma in VERB_ROLE and verb.pos_ == "VERB":
        role = _verb_role(doc, verb.i) or VERB_ROLE[lemma]  # "X executive produces"
        if role == "cast":
            role = _flavour(doc, verb.i, min(sentence.last, verb.i + 4))
            role = "cast" if role == "host" else role
        return Cue((role,), "credit.subject", verb, _work_after(article, sentence, verb.i))
    if lemma in ("join", "return", "reprise", "rejoin") and verb.pos_ == "VERB":
        return Cue(("cast",), "credit.subject", verb, _work_after(article, sentence, verb.i))
    return None


def _parenthesised_only(article: Article, group: Group) -> Cue | None:
    """``X (Earlier Show)`` with no other cue: X is in the cast of the earlier show."""
    if all(m.works for m in group.members):
        return Cue(("cast",), "credit.paren_work", article.doc[group.first],
                   group.members[0].works[0])
    return None


def _credits_include(article: Article, sentence: Sentence) -> Iterator[Credit]:
    """``X's credits include W1 and W2`` / ``X, whose credits include W``: cast of each."""
    doc = article.doc
    for token in doc[sentence.first : sentence.last]:
        if token.lower_ not in ("credits", "roles") or token.dep_ not in ("nsubj",):
            continue
        owner = None
        for child in token.children:
            if child.dep_ == "poss":
                owner = article.mention_of(child) if child.lower_ not in ("whose",) else None
                if child.lower_ == "whose":
                    owner = _antecedent(article, token)
        if owner is None or owner.kind != "P":
            continue
        verb = token.head
        if verb.lemma_ != "include":
            continue
        for t in verb.subtree:
            mention = article.mention_of(t)
            if mention is not None and mention.kind == "T" and mention.first == t.i \
                    and t.i > verb.i:
                yield Credit(doc=article.doc_id, work=mention.value, season=None,
                             person=owner.value, role="cast", character=None,
                             evidence=[Evidence(sentence.start, sentence.end)],
                             confidence=0.6, path="credit.credits_include")


def _antecedent(article: Article, token: Token) -> Mention | None:
    """The person a relative "whose" stands for: the noun its clause hangs on."""
    clause = token
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    mention = article.mention_of(clause.head)
    return mention if mention is not None and mention.kind == "P" else None


__all__ = ["DETERMINERS", "extract_credits"]
