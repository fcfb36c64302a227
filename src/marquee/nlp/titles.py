"""Titles of works: find them by their cues, then mark every mention.

A capitalised phrase is a title when the text marks it as one: a kind word before it
("the comedy X", "the film X"), a role or kind word after it ("X actress", "X spin-off"),
a network's possessive ("HBO's X"), quotation marks, "called X", a credit in
parentheses, or the headline naming it. Each accepted title is then found everywhere
in the body, and its mentions go to ``doc.spans["titles"]`` labelled with the title.

The trained recogniser ``marquee_works`` finds titles with no cue (``WORK`` entities);
they pass the same guards as a cue title (no person's name, network, outlet, month ...)
and are marked the same way (cue ``model``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from marquee.nlp.doctext import doc_ents, doc_text, ent_around
from marquee.nlp.given_names import is_given_name
from marquee.nlp.people import PERFORMER_AFTER_RE
from marquee.nlp.works import LABEL as WORK_LABEL
from marquee.vocab import (
    AMBIGUOUS_NETWORKS,
    BANNER_NOUNS,
    COMMON_CAPS,
    DEMONYMS,
    KIND_WORDS,
    MONTHS,
    MORE_NETWORKS,
    NETWORKS,
    NOT_TITLE_WORDS,
    OUTLETS,
    PLACE_OF_NOUNS,
)

WORD = r"(?:[A-Z][\w’'.&!-]*[\w!]|[A-Z]|\d+[\w]*)"
JOIN = r"(?:of|the|and|in|a|an|to|for|on|at|with|from|&|de|la|le|du|vs\.?)"
TITLE = rf"{WORD}(?: (?:{JOIN} )*{WORD})*"
KINDS = "|".join(sorted((re.escape(k) for k in KIND_WORDS), key=len, reverse=True))
ROLE_AFTER = (
    r"star|stars|actress|actor|creator|co-creator|producer|writer|director|showrunner|"
    r"spin-?off|series|sitcom|show|movie|film|trilogy|franchise|prequel|sequel|finale|"
    r"episodes?|premiere|universe|fans|cast|alum|veteran"
)
KIND_AFTER = r"spin-?off|series|sitcom|movie|film|trilogy|franchise|prequel|sequel"
QUOTES = "\"“”‘’'"
NETWORK_RE = "|".join(sorted((re.escape(n) for n in NETWORKS), key=len, reverse=True))

# What follows an author's possessive name: "<name>'s best-selling novel".
AUTHORED_RE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}(?:novels?|books?|memoirs?|comics?|stories|story|plays?|"
    r"biography|bestseller|poems?|graphic novel)\b",
    re.I,
)
# A name given to an episode: 'the finale, titled "X"', 'the episode "X"'.
EPISODE_RE = re.compile(
    r"\b(?:episodes?|premiere|finale|installment|instalment|chapter|half|part)\b[^.]{0,40}$",
    re.I,
)
CUES: list[tuple[re.Pattern[str], str]] = [
    # the comedy X / new series X / film adaptation of X / the show, called X
    (re.compile(rf"\b(?:{KINDS})(?: adaptation of| version of)?,? (?:called |titled |"
                rf"entitled |dubbed )?[{QUOTES}]?(?P<t>{TITLE})"), "kind"),
    (re.compile(rf"\b(?:called|titled|entitled|dubbed) [{QUOTES}]?(?P<t>{TITLE})"), "called"),
    (re.compile(rf"\b(?:{NETWORK_RE})['’]s (?:own |new |latest |hit )?(?P<t>{TITLE})"),
     "network"),
    (re.compile(rf"(?P<t>{TITLE})(?: TV| television)? (?:{KIND_AFTER})\b"), "kind"),
    (re.compile(rf"(?P<t>{TITLE})(?:['’]s)?(?: TV| television)? (?:{ROLE_AFTER})\b"), "after"),
    (re.compile(rf"(?P<t>{TITLE})-style\b"), "after"),
    # "Kestrel, starring X", "Kestrel (starring X)": what stars someone is a work
    (re.compile(rf"(?P<t>{TITLE}),? \(?(?:starring|co-starring|costarring)\b"), "starring"),
    (re.compile(rf"\b(?:renewed|renews|cancell?ed|cancels|axed|revived|greenlit|recommissioned)"
                rf" [{QUOTES}]?(?P<t>{TITLE})[{QUOTES}]? (?:for|after|in)\b"), "kind"),
    (re.compile(rf"\b(?:season \d+|(?:first|second|third|fourth|fifth|sixth|final|new|next|"
                rf"last|\d+(?:st|nd|rd|th)) (?:season|series)) of [{QUOTES}]?(?P<t>{TITLE})"),
     "kind"),
    (re.compile(rf"\b(?:creator|star|producer|writer|director|stars|fans|finale|premiere|"
                rf"episodes?|cast|set) of (?:the (?:hit |popular |cult )?(?:show |series |"
                rf"film |movie )?)?[{QUOTES}]?(?P<t>{TITLE})"), "of"),
    (re.compile(rf"\b(?:hits?|shows?|series|films?|movies?|sitcoms?|dramas?),? (?:such as|like|"
                rf"including) (?P<t>{TITLE})"), "kind"),
    (re.compile(rf"\b(?:starring|starred|stars|appearing|appeared|appears|roles?|worked|"
                rf"working|work) (?:in|on) (?P<t>{TITLE})"), "in"),
    (re.compile(rf"(?:^|[\s(])[{QUOTES}](?P<t>{TITLE})[.,]?[{QUOTES}](?=[\s.,;:)!?]|$)"),
     "quoted"),
]
NETWORK_PREFIX_RE = re.compile(rf"^(?:.* and )?(?:{NETWORK_RE})(?:['’]s| and) ")
NETWORK_SUFFIX_RE = re.compile(rf"(?: (?:on|for|from|at|with|to) (?:the )?(?:{NETWORK_RE}))+$")
WEAK_CUES = {"after", "in", "of", "starring"}
CONTRACTION_RE = re.compile(r"(?:I|You|We|They|He|She|It)['’](?:ll|m|re|ve|d|s)")
KIND_NEXT_RE = re.compile(rf"(?: TV| television)? (?:{KIND_AFTER})\b")
OF_BEFORE_RE = re.compile(r"\bof $")
PAREN_RE = re.compile(rf"\((?P<t>{TITLE})\)")
SEASON_TAIL_RE = re.compile(
    r"(?:,? (?:Season|Series|Part|Episode|Volume|Vol\.?) \w+.*|['’]s|-style)$"
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
CALENDAR_RE = "|".join(CALENDAR_WORDS)
# A recognised span that runs on into a date: "X on Saturday", "X from April 2 to May".
DATE_TAIL_RE = re.compile(
    rf" (?:on|from|in|at|for|to|until|through|by|since) (?:the )?(?:{CALENDAR_RE}|\d)[^,;]*$"
)
# Lower-case words before a capitalised one, but no lone article ("the X" keeps it).
LOWER_HEAD_RE = re.compile(r"^(?!(?:the|a|an) [A-Z0-9])(?:[a-z][\w'’-]* )+(?=[A-Z0-9])")
COMPANY_LABELS = {"ORG", "STUDIO", "NETWORK"}
PAIR_RE = re.compile(r" (?:and|&) (?=(?:The|A|An) [A-Z0-9])")
MODIFIER_TAGS = {"JJ", "JJR", "JJS", "RB", "DT", "PDT", "PRP", "PRP$", "CD", "IN", "CC"}
VOCAB_LABELS = {"NETWORK", "OUTLET", "STUDIO", "MONEY", "CARDINAL", "PERCENT"}
BAD_LABELS = {"NETWORK", "OUTLET", "STUDIO", "GPE", "NORP", "DATE", "TIME", "MONEY", "CARDINAL",
              "ORDINAL", "PERCENT", "LANGUAGE", "LOC", "FAC"}
_VOCAB = set(NETWORKS) | set(OUTLETS)
# Networks the ruler leaves alone (some are common words) are still never a title.
_NETWORK_NAMES = set(MORE_NETWORKS) - AMBIGUOUS_NETWORKS
# The first words of a vocabulary name ("Acme" of "Acme TV+", "Acme Prime"): a short form
# of a network, never a title.
_VOCAB_HEADS = {m.group(1) for n in _VOCAB for m in [re.fullmatch(
    r"(.+?)(?:\+| TV\+?| Prime(?: Video)?| Video| Studios| Network| Television| Originals)", n)]
    if m}
CHART_RE = re.compile(r"(?:The )?Top (?:\d+|Ten|Five|Twenty)\b.*")
POSSESSIVE_RE = re.compile(r"(.+?)['’]s$")


@dataclass
class Title:
    text: str
    kind: str = "unknown"
    cue: str = ""


def _clean(title: str, sentence_initial: bool = False) -> str:
    title = SEASON_TAIL_RE.sub("", title.strip())
    title = NETWORK_PREFIX_RE.sub("", title)
    title = NETWORK_SUFFIX_RE.sub("", title)  # "the drama X on AMC"
    title = re.sub(r" (?:in|of|on|at|from|to) \d+$", "", title)
    title = DATE_TAIL_RE.sub("", title)  # "the finale of X on Sunday": the date is no part
    title = title.strip(" ,.:;!?-—")
    words = title.split()
    while words and words[-1] in ("The", "A", "An", "Of", "And", "In", "On", "At", "To"):
        words.pop()
    if sentence_initial:  # "And in the Lanterns universe": drop the sentence's opening words
        while len(words) > 1 and (words[0] in COMMON_CAPS and words[0] != "The"
                                  or re.fullmatch(JOIN, words[0])):
            words.pop(0)
    return " ".join(words)


def _well_formed(title: str) -> bool:
    """Every word capitalised or a joining word; no lower-case part after a hyphen."""
    for word in title.split():
        if re.fullmatch(JOIN, word):
            continue
        # each part's first letter or digit ("$100,000", "#1" and "(500)" are well formed)
        firsts = [m.group() for p in re.split(r"[-–]", word) if (m := re.search(r"\w", p))]
        if not all(c.isupper() or c.isdigit() for c in firsts):
            return False
    return True


# Last words of places and programme labels that a strong cue may still make a title's:
# "the legal drama Gable Street", "the talent show Brightlights Live".
CUED_TITLE_ENDS = frozenset({"Street", "Live"})


def _acceptable(
    doc: Doc, title: str, start: int, strict: bool = True, names: frozenset[str] | None = None
) -> bool:
    """Whether ``title`` at ``start`` may be a title.

    A strong cue (a kind word, a network's possessive, quotation marks) outweighs the
    NER's label and a name-like shape; a weak one (the headline) must not be an entity
    of another kind nor a person's name (``names``: the people's, when known already).
    """
    if not title or title in _VOCAB or len(title) < 2 or not _well_formed(title):
        return False
    if _vocabulary_form(title) or CHART_RE.fullmatch(title):
        return False
    if CHART_RE.match(doc_text(doc), start):
        return False  # "Top" of "Top 10"
    if PERFORMER_AFTER_RE.match(doc_text(doc), start + len(title)):
        return False  # "X stars as Y", "X will play Y": X is a performer
    if start > 0 and doc_text(doc)[start - 1] in "#@":
        return False
    if doc_text(doc)[start + len(title) : start + len(title) + 1] == "+":
        return False  # "Acme+" is a streamer's name, "Acme" no title
    words = title.split()
    if len(words) > 8 or words[-1] in NOT_TITLE_WORDS and (strict or
                                                        words[-1] not in CUED_TITLE_ENDS):
        return False
    if len(words) == 1 and (title in COMMON_CAPS or title in DEMONYMS or title.isdigit()):
        return False
    if title.removeprefix("The ") in CALENDAR_WORDS:
        return False  # a month or a weekday names no work
    if len(words) == 1 and CONTRACTION_RE.fullmatch(title):
        return False  # "I'll", "We're": a pronoun and its verb
    if all(w in COMMON_CAPS for w in words):
        return False
    span = doc.char_span(start, start + len(title), alignment_mode="expand")
    if span is None:
        return False
    bad = BAD_LABELS if strict else VOCAB_LABELS
    around = ent_around(doc, span.start, span.end)
    if around is not None and around.label_ in bad:
        return False  # the whole phrase is one entity of a kind that is no title
    if around is not None and around.label_ == "NORP" and len(words) == 1:
        return False  # "a Korean drama": a nationality describes the work
    if title[0].isdigit() and len(words) == 1:
        return False
    if not strict:
        return True
    names = person_names(doc) if names is None else names
    possessive = POSSESSIVE_RE.fullmatch(title)
    return title not in names and not (possessive and possessive.group(1) in names)


def _vocabulary_form(title: str) -> bool:
    """A network or outlet's possessive ("Acme's") or short form ("Acme" of "Acme TV+")."""
    possessive = POSSESSIVE_RE.fullmatch(title)
    stem = possessive.group(1) if possessive else title
    stem = stem.removeprefix("The ")
    return stem in _VOCAB or stem in _VOCAB_HEADS or stem in _NETWORK_NAMES


def person_names(doc: Doc) -> frozenset[str]:
    """The people's full names and each word of them."""
    return frozenset(
        w for p in doc.spans.get("people", []) for w in (p.label_, *p.label_.split())
    )


def _kind_near(text: str) -> str:
    low = text.lower()
    for word in ("series", "sitcom", "show", "film", "movie", "documentary", "special"):
        if re.search(rf"\b{word}\b", low):
            return KIND_WORDS.get(word, "unknown")
    return "unknown"


def find_titles(doc: Doc, headline: str | None = None) -> dict[str, Title]:
    """Titles the body marks as titles, by their surface form."""
    text = doc_text(doc)
    names = person_names(doc)
    found: dict[str, Title] = {}
    for pattern, cue in CUES:
        for m in pattern.finditer(text):
            raw = m.group("t")
            if cue == "starring":  # "A and B, starring X" / "Y's B, starring X": B stars X
                raw = re.split(r" and | & |['’]s ", raw)[-1]
            raw_start = m.end("t") - len(raw)
            title = _clean(raw, _sentence_initial(text, raw_start))
            start = raw_start + raw.find(title) if title else raw_start
            if raw_start > 0 and text[raw_start - 1].isalnum():
                continue  # "eOne's film": the match starts inside a word
            single_first = _sentence_initial(text, start) and len(title.split()) == 1
            if single_first and (cue == "after" or KIND_NEXT_RE.match(text, start + len(title))):
                continue  # "Animated series have ...", "Other film stars ...": a modifier
            if cue == "kind" and OF_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "head of drama, X": a department, not the drama X
            if cue == "kind" and "," in text[m.start() : raw_start] and title in names and \
                    not text.startswith(",", start + len(title)):
                continue  # "Before joining the show, Ines Marlow was ...": the subject
            if cue in ("quoted", "called") and EPISODE_RE.search(
                text, max(0, start - 60), start
            ):
                continue  # 'the premiere, called "The Stairwell"' names an episode, not a work
            if re.match(r"(?:19|20)\d\d\b", title) and cue in ("kind", "after"):
                continue  # "a 1967 Rex Cardew film" describes a film, it does not name one
            possessive = raw.endswith(("'s", "’s"))
            if possessive and cue != "after" and (
                title in names or AUTHORED_RE.match(text, m.end("t"))
            ):
                continue  # "a version of <author>'s novel"
            for part, at in _split_pair(title, start):
                if _acceptable(doc, part, at, strict=cue in WEAK_CUES, names=names):
                    found.setdefault(part, Title(part, _kind_near(m.group()), cue))
    for m in PAREN_RE.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        if re.search(r"\b(?:written|directed|produced|created) by\b", before):
            title = _clean(m.group("t"))
            if _acceptable(doc, title, m.start("t"), names=names):
                found.setdefault(title, Title(title, "unknown", "paren"))
    for title, start, kind in _described_titles(doc):
        if _acceptable(doc, title, start, strict=False, names=names):
            found.setdefault(title, Title(title, kind, "described"))
    for title, start in _model_titles(doc):
        if _acceptable(doc, title, start, names=names):
            found.setdefault(title, Title(title, "unknown", "model"))
    if headline:
        for title in _headline_titles(doc, headline, names):
            found.setdefault(title, Title(title, "unknown", "headline"))
    return _drop_contained(found, text)


# Nouns that say what a work is when they describe a name: "X, the legal drama", "X is a
# comedy about ...".
DESCRIBING_KINDS = frozenset(KIND_WORDS) | {"docuseries", "dramedy", "procedural", "anthology",
                                            "reboot", "revival", "adaptation"}


def _described_titles(doc: Doc) -> list[tuple[str, int, str]]:
    """Names the parse describes as a work: a proper noun with an appositive whose head is
    a kind of work ("X, the Acme period drama, ..."), or the subject of "be" with such an
    attribute ("X is a legal drama about ..."). (title, start, kind) each."""
    out = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lower_ not in DESCRIBING_KINDS:
            continue
        if token.dep_ in ("poss", "compound", "nmod", "amod") or (
            token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS"
        ):
            continue  # "the comedy's star", "a drama series": the kind is no head here
        before = _comma_before(token) if token.dep_ == "appos" else None
        if token.dep_ == "appos" and token.head.pos_ == "PROPN":
            name = token.head
        elif before is not None:
            name = before  # the parser hung "X, the drama" on a word before X
        elif token.dep_ == "attr" and token.head.lemma_ == "be":
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            if len(subjects) != 1:
                continue
            name = subjects[0]
        else:
            continue
        if any(c.dep_ == "det" and c.lower_ in ("this", "that", "these") for c in token.children):
            continue
        if name.pos_ != "PROPN" or name.i > token.i:
            continue
        between = doc[name.i + 1 : token.i]
        if token.dep_ == "appos" and not all(
            t.text == "," or token.i in [a.i for a in t.ancestors] for t in between
        ):
            continue  # only the appositive's own words may stand between name and kind
        left = name.i
        while left > 0 and doc[left - 1].dep_ in ("compound", "flat") and doc[left - 1].head.i \
                in range(left, name.i + 1) and doc[left - 1].is_title | doc[left - 1].like_num:
            left -= 1
        span = doc[left : name.i + 1]
        title = _clean(span.text, _sentence_initial(doc_text(doc), span.start_char))
        if title and doc_text(doc).startswith(title, span.end_char - len(title)):
            out.append((title, span.end_char - len(title), KIND_WORDS.get(token.lower_,
                                                                           "unknown")))
    return out


def _comma_before(kind: Token) -> Token | None:
    """The proper noun just before ", the <modifiers> <kind>", when only the kind noun's
    own determiner and modifiers stand between the comma and the kind."""
    left = min([kind.i] + [c.i for c in kind.children if c.i < kind.i])
    doc = kind.doc
    if any(t.head.i != kind.i and t.head.i not in range(left, kind.i)
           for t in doc[left:kind.i]):
        return None
    if left < 2 or doc[left - 1].text != "," or doc[left].lower_ not in ("the", "a", "an"):
        return None
    name = doc[left - 2]
    return name if name.pos_ == "PROPN" else None


def _model_titles(doc: Doc) -> list[tuple[str, int]]:
    """The trained recogniser's WORK spans (``marquee_works``), cleaned like cue titles.

    A span that opens on lower-case words before a capitalised one ("home of X") starts
    at the capital; one that runs on into a date ("X on Saturday", "X from April 2") is
    cut before it, and one that ends in a lower-case joining word loses it; a lone
    adjective or determiner ("Welsh", "Other"), a month or a weekday is no title, nor a
    name whose last word the article uses alone for a person, nor a name a company noun
    or a person's "as" gives.
    """
    out = []
    surnames = {p.label_.split()[-1] for p in doc.spans.get("people", []) if p.label_}
    text = doc_text(doc)
    for ent in doc_ents(doc):
        if ent.label_ != WORK_LABEL:
            continue
        raw = DATE_TAIL_RE.sub("", ent.text)
        raw = re.sub(rf"(?: {JOIN})+$", "", raw)
        raw = LOWER_HEAD_RE.sub("", raw)
        cleaned = _clean(raw, _sentence_initial(text, ent.start_char))
        if not cleaned:
            continue
        for title, start in _split_pair(cleaned, ent.start_char + ent.text.find(cleaned)):
            if _names_an_episode(text, start):
                continue
            if _slashed(title):
                continue
            words = title.split()
            if len(words) == 1 and (title in CALENDAR_WORDS or _lone_modifier(doc, start)):
                continue
            if len(words) > 1 and words[-1] in surnames and _name_shaped(words):
                continue
            if _a_place(ent) or _a_company(ent) or _cast_words(ent):
                continue
            if 2 <= len(words) <= 3 and _name_shaped(words) and is_given_name(words[0]):
                continue  # "Ada Bell stars in ...": a person's name the recogniser misread
            out.append((title, start))
    return out


PLACE_PREPS = {"in", "at", "near", "across", "around", "outside", "throughout", "between"}
# Verbs after which "in X" names a work a person is in, not a place.
IN_A_WORK = {"star", "appear", "feature", "play", "cast", "return", "work", "role", "part",
             "turn", "act", "guest", "co-star", "costar", "reprise", "debut", "lead"}


def _a_place(span: Span) -> bool:
    """'filmed in X', 'production begins in X', 'a base camp near X': a name governed by a
    preposition of place names a place, unless a verb of acting takes it ('stars in X');
    so does the name a place noun is given ('the town of X')."""
    root = span.root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i and \
            prep.head.lower_ in PLACE_OF_NOUNS:
        return True  # "the fictional kingdom of X", "the town of X"
    if root.dep_ != "pobj" or prep.lower_ not in PLACE_PREPS or prep.i == root.i:
        return False
    head = prep.head
    return head.lemma_.lower() not in IN_A_WORK and head.pos_ in ("VERB", "NOUN", "AUX")


def _slashed(title: str) -> bool:
    """'USA/France/Italy', 'Directors/', 'Jo Bell/Tess': a slash in a listing's credits
    or between a person and a part; one slash inside one word ('Up/Down') may be a title."""
    if "/" not in title:
        return False
    return " " in title or title.count("/") > 1 or title[0] == "/" or title[-1] == "/"


def _cast_words(span: Span) -> bool:
    """'Ada Bell as Pip and Cy Marsh as Gus': a name after a person's 'as' is a part, and
    a span joined by 'and' that takes in a person the people component found is a list of
    names."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "as" and \
            doc[span.start - 2].ent_type_ == "PERSON":
        return True
    joined = any(t.lower_ in ("and", "&") for t in span)
    return joined and any(p.start >= span.start and p.end <= span.end and p.end - p.start > 1
                          for p in doc.spans.get("people", []))


def _a_company(span: Span) -> bool:
    """'their X banner', 'her production company, X', 'the outfit X': a name a company
    noun names is a company's; so is a span cut before 'of' and a company's name."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in BANNER_NOUNS:
        return True
    if span[-1].lower_ == "of" and after is not None and after.ent_type_ in COMPANY_LABELS:
        return True  # "Ada Bell of Halvern Films": a person of a company, cut short
    k = span.start - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].lower_ not in BANNER_NOUNS:
        return False
    return any(t.lower_ in ("the", "a") or t.tag_ == "PRP$" or t.dep_ == "poss"
               for t in doc[max(0, k - 3) : k])


def _split_pair(title: str, start: int) -> list[tuple[str, int]]:
    """'X and The Y' is two titles (an article after "and" opens a new one); else one."""
    m = PAIR_RE.search(title)
    if not m:
        return [(title, start)]
    return [(title[: m.start()], start), (title[m.end() :], start + m.end())]


def _names_an_episode(text: str, start: int) -> bool:
    """'the finale, titled "X"', 'the episode "X"': a name given to an episode."""
    before = text[max(0, start - 60) : start]
    named = re.search(rf"(?:\b(?:called|titled|entitled|named|dubbed)\s*|[{QUOTES}])$", before)
    return bool(named and EPISODE_RE.search(before))


def _lone_modifier(doc: Doc, start: int) -> bool:
    token = next((t for t in doc if t.idx == start), None)
    return token is not None and token.tag_ in MODIFIER_TAGS


def _name_shaped(words: list[str]) -> bool:
    return len(words) <= 3 and all(w[0].isupper() and not re.fullmatch(JOIN, w)
                                   and w not in COMMON_CAPS for w in words)


def _sentence_initial(text: str, start: int) -> bool:
    """Whether only spaces and opening quotes stand between ``start`` and the start of
    the text or a sentence's end (read backwards from ``start``: no copy of the text)."""
    at = start - 1
    while at >= 0 and text[at] in " \"“‘'":
        at -= 1
    return at < 0 or text[at] in ".!?\n:"


def _headline_titles(doc: Doc, headline: str, names: frozenset[str]) -> list[str]:
    """Word sequences of the headline that the body writes as a name of their own.

    A phrase the headline puts in quotation marks may open a sentence and may be shaped
    like a person's name; any other must stand mid-sentence, capitalised, with no
    capitalised word on either side.
    """
    text = doc_text(doc)
    out: list[str] = []
    for phrase in headline_quoted(headline):
        quoted = rf"(?<![\w-]){re.escape(phrase)}(?![\w-])"
        # as the body writes it: a headline capitalises every word ("'Ten To Two'")
        m = re.search(quoted, text) or re.search(quoted, text, re.IGNORECASE)
        if m and _quoted_acceptable(doc, m.group(), m.start()):
            out.append(m.group())  # quotation marks are a strong cue, even for a name
    words = re.findall(r"[\w’'&.-]+", headline)
    for n in range(min(6, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n]).strip(".")
            if not re.search(r"\w", phrase) or any(phrase in o for o in out):
                continue  # a "word" of dots or dashes ("Big news ...") names nothing
            if i + n < len(words) and words[i + n].lower() in PLURAL_KINDS:
                continue  # "Ten Great Glidecam Films": a word describing works
            if any(re.fullmatch(JOIN, w.lower()) for w in (words[i], words[i + n - 1])) and (
                n > 1 or words[i].islower()
            ):
                continue  # "Lanterns And": a title does not end on a joining word
            pattern = re.compile(rf"(?<![\w-])(?:The )?{_headline_words(phrase)}(?![\w-])",
                                 0 if not phrase.isupper() or n > 1 else re.IGNORECASE)
            if _named_otherwise(doc, pattern):
                continue  # "in Budapest": the phrase is a place, a company's, a festival's
            for m in pattern.finditer(text):
                title = m.group()
                if not title[0].isupper() or _sentence_initial(text, m.start()):
                    continue
                if not _isolated(text, m.start(), m.end()):
                    continue
                if not all(w[0].isupper() or re.fullmatch(JOIN, w) for w in title.split()):
                    continue
                if phrase.isupper() and len(phrase) > 3:
                    title = text[m.start() : m.end()]
                if _acceptable(doc, title, m.start(), names=names):
                    out.append(title)
                    break
    return out


# A phrase a headline puts in quotation marks: the quotes open after a space or a colon and
# close before one ("'Unwell, Thanks' Adds Two", "Neon Lands 'Where Did We Go?'"), so an
# apostrophe inside ("'The Cartographer's Wife'") does not end it.
HEADLINE_QUOTED_RE = re.compile(
    rf"(?:^|(?<=[\s:;,(]))[{QUOTES}](?P<t>[^\s{QUOTES}](?:[^\n]{{0,78}}?\S)?)[{QUOTES}]"
    r"(?=[\s:;,.)]|$)"
)
# Labels of a name that a phrase cut from it is no title of its own: "York Comic Con" of
# "New York Comic Con", "Acme" of "Acme Features".
NAME_LABELS = BAD_LABELS | COMPANY_LABELS | {"EVENT", "PERSON", "WORK_OF_ART", "PRODUCT"}


def headline_quoted(headline: str) -> list[str]:
    """The phrases a headline puts in quotation marks, as written."""
    phrases = [m.group("t").rstrip(",;:.") for m in HEADLINE_QUOTED_RE.finditer(headline)]
    return [p for p in phrases if p and len(p.split()) <= 8]  # "Orders 'X,' 'Y'": X


def _quoted_acceptable(doc: Doc, title: str, start: int) -> bool:
    """A quoted headline phrase found in the body names a work in any casing ("'sober-ish'
    Season 2", "'Unwell, Thanks'"), unless it is a network, a month or a chart."""
    if title in _VOCAB or _vocabulary_form(title) or CHART_RE.fullmatch(title):
        return False
    if title.removeprefix("The ") in CALENDAR_WORDS or not re.search(r"[^\W\d]", title):
        return False
    if _well_formed(title.rstrip("?!.")):
        return _acceptable(doc, title.rstrip("?!."), start, strict=False)
    span = doc.char_span(start, start + len(title), alignment_mode="expand")
    around = None if span is None else ent_around(doc, span.start, span.end)
    return span is not None and (around is None or around.label_ not in VOCAB_LABELS)


def _named_otherwise(doc: Doc, pattern: re.Pattern[str]) -> bool:
    """Whether the body writes the headline's phrase as a name of another kind: mostly as
    an entity no title is ("in Budapest"), or anywhere as a cut from a longer name ("York
    Film Week" of "New York Film Week", "Acme" of "Acme Features")."""
    places = seen = 0
    for m in pattern.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        seen += 1
        around = ent_around(doc, span.start, span.end)
        if around is not None and around.label_ in BAD_LABELS - COMPANY_LABELS and \
                (around.start, around.end) == (span.start, span.end):
            places += 1
        first, after = span[0], doc[span.end] if span.end < len(doc) else None
        cut_left = first.ent_iob_ == "I" and first.ent_type_ in NAME_LABELS and not (
            span.start > 0 and doc[span.start - 1].lower_ == "the")
        cut_right = after is not None and after.ent_iob_ == "I" and \
            after.ent_type_ in NAME_LABELS
        if cut_left or cut_right:
            return True
    return places * 2 > seen


# Plural kinds of work: a headline word before one describes works, it names none.
PLURAL_KINDS = {"movies", "films", "shows", "dramas", "comedies", "sitcoms", "documentaries",
                "docuseries", "thrillers", "westerns", "musicals", "cartoons", "miniseries"}


def _headline_words(phrase: str) -> str:
    """A pattern for a headline's phrase in the body: a headline in title case capitalises
    its joining words ("Game Of Kings"), the body may not ("Game of Kings")."""
    return " ".join(
        f"(?i:{re.escape(w)})" if re.fullmatch(JOIN, w.lower()) else re.escape(w)
        for w in phrase.split(" ")
    )


def _isolated(text: str, start: int, end: int) -> bool:
    before = re.search(r"(\S+)\s+$", text[max(0, start - 30) : start])
    after = re.match(r"\s+(\S+)", text[end : end + 30])
    for m in (before, after):
        if m and m.group(1)[0].isupper() and m.group(1).strip("'’\"“”") not in COMMON_CAPS:
            return False
    return True


def _drop_contained(found: dict[str, Title], text: str = "") -> dict[str, Title]:
    """Drop a title that is part of a longer one ("Copper" inside "The Copper Key"),
    unless the longer one is another work built on it, named after it ("X" before
    "X: The Return" or "X 2"); a short form used after the full title is that title's."""
    keep: dict[str, Title] = {}
    for title, info in found.items():
        if any(
            other.lower() != title.lower()
            and re.search(rf"(?<!\w){re.escape(title)}(?!\w)", other, re.IGNORECASE)
            and not (other.startswith("The ") and other[4:] == title)
            and not _extends(other, title, text)
            for other in found
        ):
            continue
        keep[title] = info
    # Case variants are one title: keep the first form seen, but a shouted one ("THE X",
    # a caption's) gives way to the form in running text.
    seen: dict[str, str] = {}
    for title in list(keep):
        other = seen.get(title.lower())
        if other is None:
            seen[title.lower()] = title
        elif other.isupper() and not title.isupper():
            keep[title].kind = _better_kind(keep[title].kind, keep.pop(other).kind)
            seen[title.lower()] = title
        else:
            del keep[title]
    for title in [t for t in keep if t.isupper() and len(t) > 4]:
        written = next((m.group() for m in re.finditer(re.escape(title), text, re.IGNORECASE)
                        if not m.group().isupper()), None)
        if written is not None and written not in keep:
            keep[written] = keep.pop(title)
            keep[written].text = written
    # "X" and "The X" are one title: keep the form with the article.
    for title in list(keep):
        if f"The {title}" in keep:
            keep[f"The {title}"].kind = _better_kind(keep[f"The {title}"].kind, keep[title].kind)
            del keep[title]
    return keep


# What turns one work's title into another's: a subtitle ("X: The Return", "X - Origins")
# or a sequel's number ("X 2", "X III").
SEQUEL_TAIL_RE = re.compile(r"\s*(?::|\s[-–—])\s+\S|\s+(?:\d{1,2}|I{2,3}|IV|VI{0,3})$")


def _extends(longer: str, title: str, text: str) -> bool:
    """Whether ``longer`` is another work built on ``title`` (a sequel, a spin-off, a
    special with a subtitle) that the text names after ``title`` itself."""
    if not (longer.startswith(title) and SEQUEL_TAIL_RE.match(longer, len(title))):
        return False
    alone = re.search(rf"(?<!\w){re.escape(title)}(?!\w)(?!{re.escape(longer[len(title):])})",
                      text)
    at = text.find(longer)
    return alone is not None and (at < 0 or alone.start() < at)


def _better_kind(a: str, b: str) -> str:
    return a if a != "unknown" else b


def mark_mentions(doc: Doc, titles: dict[str, Title]) -> list[Span]:
    """Every mention of every title in the body, labelled with the title."""
    spans: list[Span] = []
    taken: set[int] = set()
    for title in sorted(titles, key=len, reverse=True):
        bare = title[4:] if title.startswith("The ") else title
        flags = re.IGNORECASE if len(bare.split()) > 1 else 0
        pattern = re.compile(rf"(?<![\w-])(?:[Tt]he )?{re.escape(bare)}(?![\w-])", flags)
        for m in pattern.finditer(doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or taken & set(range(span.start, span.end)):
                continue
            if m.group().lower().startswith("the ") and not title.startswith("The "):
                span = doc.char_span(m.start() + 4, m.end(), alignment_mode="expand")
                if span is None:
                    continue
            taken.update(range(span.start, span.end))
            spans.append(Span(doc, span.start, span.end, label=title))
    return sorted(spans, key=lambda s: s.start)
