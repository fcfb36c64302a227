"""Reported speech: "X said that ...", "She added ...", "X told Y that ...", "According to X, ...".

Read from the dependency parse: a speech verb (``REPORT_LEMMAS``) with a clausal
complement after it is reported speech; the clause is the quote's text, the verb's
subject its speaker (a name, or a pronoun or description resolved to the person named
most recently). ``According to X, <clause>`` makes X the speaker of the clause, unless
the clause is itself someone's reported speech: then X is the outlet it came ``via``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Span, Token

from marquee.extract.quote import Attributor, Said, clean_quote
from marquee.extract.speech import QuoteSpan, Speaker
from marquee.vocab import PLATFORMS, REPORT_LEMMAS

MIN_WORDS = 3
WH_RE = re.compile(r"(?:what|whether|how|why|who|when|where|if)\b", re.I)
TRAILING_WORDS = {"and", "adding", "explaining", "saying", "noting", "writing", "telling"}
POSTED_ON_RE = re.compile(
    r"\b(?:posted|wrote|shared|tweeted|published)\b[^.;]{0,60}?\bon\s+(?P<platform>"
    + "|".join(p.title() for p in PLATFORMS) + r")\b"
)
FIRST_PERSON = {"i", "we", "you", "me", "us"}
OWN_WORDS = 4  # a reported clause needs this many words outside its quoted fragments
REPORTED_PATHS = {"pronoun": "quote.reported_pronoun", "description": "quote.reported_description",
                  "spokesperson": "quote.reported_spokesperson"}


TRAILING_RE = re.compile(
    r",\s+(?:(?:each|all|both|none|some|most|many) of which\b|(?:having|adding|saying|"
    r"noting|explaining|citing|calling|describing)\b)"
)
# Verbs that report speech only with a "that" clause ("wrote that ..." but not "wrote the
# pilot and executive produces").
THAT_ONLY = frozenset({"write", "tweet", "post", "share", "report"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def _clause(verb: Token) -> Span | None:
    """The reported clause of a speech verb: its clausal complement after it (with a
    complement the parser split off after it), less a trailing 'each of which ...'."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            subjects = [c for c in child.children if c.dep_ in SUBJECT_DEPS]
            if not subjects or subjects[0].lower_ in ("which", "that", "who", "what"):
                return None  # "which he said was ...": no clause of its own
            if verb.lemma_ in THAT_ONLY and not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in child.children
            ):
                return None
            tokens = list(child.subtree)
            for later in verb.children:
                if later.i > child.i and later.dep_ in ("ccomp", "xcomp", "dobj", "conj"):
                    if later.dep_ == "conj" and later.lemma_ in REPORT_LEMMAS | {"promise"}:
                        continue  # "..., but promised that ...": another speech act
                    tokens += [t for t in later.subtree if t.i > tokens[-1].i]
            cut = TRAILING_RE.search(verb.doc[tokens[0].i : tokens[-1].i + 1].text)
            if cut:
                limit = tokens[0].idx + cut.start()
                tokens = [t for t in tokens if t.idx < limit]
            while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
                tokens = tokens[1:]
            while tokens and tokens[-1].is_punct and tokens[-1].text not in "\"”’'":
                tokens = tokens[:-1]
            if len(tokens) >= MIN_WORDS:
                return verb.doc[tokens[0].i : tokens[-1].i + 1]
    return None


def _clause_before(verb: Token, sentence: Span) -> Span | None:
    """The clause a speech verb reports from before it ("The show will end, she said.",
    "Crew members, she said, did not hear ..." is left out: a clause split in two): the
    clausal complement that opens the sentence, set off from the verb by a comma."""
    for child in verb.children:
        if child.dep_ != "ccomp" or child.i > verb.i:
            continue
        tokens = [t for t in child.subtree]
        if tokens[0].i > sentence.start + 1 or tokens[-1].i + 1 >= verb.i:
            return None
        between = verb.doc[tokens[-1].i + 1 : verb.i]
        if not any(t.text == "," for t in between):
            return None
        subjects = [c for c in child.children if c.dep_ in SUBJECT_DEPS]
        if not subjects or any(t.text in "“”\"" for t in tokens[:1]):
            return None
        while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        if len(tokens) >= MIN_WORDS:
            return verb.doc[tokens[0].i : tokens[-1].i + 1]
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a speech verb, or of the verb a participle hangs on ("X told Y,
    adding that ..."; "X said ... and added that ...")."""
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj")
    for head in (verb, verb.head if verb.dep_ == "conj" or participle else None):
        if head is None:
            continue
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and (child.i < verb.i or head is not verb):
                return child if child.dep_ == "nsubj" else None
    return None


class Reporter:
    """Finds reported speech in one article, with the speakers an Attributor knows."""

    def __init__(self, attributor: Attributor, direct: list[Said]) -> None:
        self.a = attributor
        self.doc = attributor.article.doc
        self.quoted = [(q.start, q.end) for q in attributor.quotes]
        self.claimed = [(s.start, s.end) for s in direct]
        self._starts = [t.idx for t in self.doc]

    def _inside_quote(self, at: int) -> bool:
        return any(s <= at < e for s, e in self.quoted)

    def _before_direct(self, clause: Span) -> Span | None:
        """The clause up to a direct quote that starts inside it ('..., adding, "..."');
        None when a direct quote opens it."""
        starts = [s for s, e in self.claimed if s < clause.end_char and clause.start_char < e]
        if not starts:
            return clause
        cut = min(starts)
        before = self.a.text[clause.start_char : cut].rstrip(" \"“”'‘’")
        if before and before[-1].isalnum():
            # 'said the first draft was "the best ..."': the quote ends the clause, which
            # stands as reported speech when enough of it is the writer's own words
            return clause if len(re.findall(r"\w+", before)) >= OWN_WORDS else None
        tokens = [t for t in clause if t.idx + len(t) <= cut]
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in TRAILING_WORDS):
            tokens = tokens[:-1]
        if len(tokens) < MIN_WORDS or tokens[0].idx >= cut:
            return None
        return clause.doc[tokens[0].i : tokens[-1].i + 1]

    def who(self, subject: Token) -> Speaker | None:
        """The speaker a verb's subject names."""
        if subject.lower_ in FIRST_PERSON:
            return None
        if subject.lower_ in ("who", "that") and subject.head.dep_ == "relcl":
            # "said analyst Jane Doe, who added that ...": the person the clause is about
            noun = subject.head.head
            left = min(t.idx for t in noun.subtree)
            return self.a.speakers.speaker_of(left, noun.idx + len(noun), subject.idx,
                                              self.a.last_org)
        start = min(t.idx for t in subject.subtree)
        end = max(t.idx + len(t) for t in subject.subtree)
        return self.a.speakers.speaker_of(start, end, subject.idx, self.a.last_org)

    def _is_person(self, name: str) -> bool:
        return any(m.kind == "person" and m.name == name for m in self.a.speakers.mentions)

    def named_before(self, verb: Token) -> Speaker | None:
        """A name set off right before a subjectless verb ('..., Jane Doe, said that')."""
        start = verb.sent.start_char
        for m in reversed(self.a.speakers.within(start, verb.idx)):
            if re.fullmatch(r"[\s,]*(?:\w+ly\s+|also\s+|later\s+)?", self.a.text[m.end : verb.idx]):
                return Speaker(m.name, "name" if m.kind == "person" else "org")
            return None
        return None

    def _in_post(self, at: int) -> bool:
        return any(s <= at <= e for s, e, _ in self.a.article.post_dates)

    def via_of(self, verb: Token, sentence: Span) -> str | None:
        """The outlet a sentence credits: 'told Variety', 'in an interview with THR'."""
        if verb.lemma_ == "tell":
            for child in verb.children:
                person = self.a.speakers.within(child.idx, child.idx + len(child))
                if child.dep_ in ("dobj", "dative") and child.pos_ == "PROPN" and not person:
                    words = [t for t in child.subtree if t.i <= child.i]
                    cut = [i for i, t in enumerate(words) if t.text in ("'s", "’s")]
                    words = words[cut[-1] + 1 :] if cut else words
                    return " ".join(t.text for t in words) or None
        return self.a.via_at(sentence.start_char, sentence.end_char)

    def run(self) -> Iterator[Said]:
        for sentence in self.doc.sents:
            found = list(self._sentence(sentence))
            for said in found:
                if not any(o is not said and _inside(said, o) for o in found):
                    yield said

    def _sentence(self, sentence: Span) -> Iterator[Said]:
        according = self._according(sentence)
        found = False
        for verb in sentence:
            if verb.lemma_ not in REPORT_LEMMAS or verb.pos_ not in ("VERB", "AUX"):
                continue
            if self._inside_quote(verb.idx) or any(c.dep_ == "neg" for c in verb.children):
                continue
            whole = _clause(verb)
            inverted = None
            if whole is None:
                inverted = _clause_before(verb, sentence)
                whole = inverted
            elif whole is not None:
                whole = self._through_split(whole, sentence)
            subject = _subject(verb)
            clause = self._before_direct(whole) if whole is not None else None
            if clause is None or self._in_post(verb.idx) or WH_RE.match(clause.text):
                continue
            who = self.who(subject) if subject is not None else self.named_before(verb)
            if who is None or inverted is not None and who.how != "spokesperson" and \
                    not self._is_person(who.name):
                continue  # "X has renewed Y, the network said": the news, not a quote
            via = self.via_of(verb, sentence)
            if according and according[0] != who.name:
                via = via or according[0]
            found = True
            path = REPORTED_PATHS.get(who.how, "quote.reported_that")
            if inverted is not None:
                path = "quote.reported_inverted"
            fragments = list(self._fragments(clause))
            said = self._said(who.name, clause.start_char, clause.end_char, via, verb.text, path)
            for q in fragments:
                text = clean_quote(self.a.text[q.start : q.end])
                yield Said(who.name, [q], [text], verb=verb.text, via=via,
                           frame=(clause.start_char, clause.start_char),
                           explicit_via=via is not None, path="quote.reported_fragment")
            own = self._own_words(said, fragments) if fragments else OWN_WORDS
            if said.kind == "indirect" and own < OWN_WORDS:
                continue
            platform = POSTED_ON_RE.search(sentence.text)
            if platform:
                said.platform = PLATFORMS[platform.group("platform").lower()]
            yield said
        if according and not found:
            name, start = according
            end = sentence.end_char
            while end > start and not self.a.text[end - 1].isalnum():
                end -= 1
            claimed = any(start < e and s < end for s, e in self.claimed)
            if len(self.a.text[start:end].split()) >= MIN_WORDS and not claimed:
                yield self._said(name, start, end, None, "according to", "quote.according_to")

    def _through_split(self, clause: Span, sentence: Span) -> Span:
        """A clause that runs to the end of a sentence the parser cut short (at a quote
        opening mid-sentence) goes on to the real end of the sentence."""
        if clause.end < sentence.end - 2 or re.search(r"[.!?][\"”’')]*\s*$", sentence.text):
            return clause
        doc = sentence.doc
        end = sentence.end
        for _ in range(3):
            if end >= len(doc) or "\n" in doc[end - 1].text_with_ws:
                break
            nxt = doc[end].sent
            end = nxt.end
            if re.search(r"[.!?][\"”’')]*\s*$", nxt.text):
                break
        last = end - 1
        while last > clause.start and doc[last].is_punct and doc[last].text not in "\"”’'":
            last -= 1
        return doc[clause.start : last + 1]

    def _fragments(self, clause: Span) -> Iterator[QuoteSpan]:
        """Quoted words inside a reported clause that no direct quote has claimed: the
        speaker's own words within the paraphrase ('said the show was "a gift"')."""
        for q in self.a.quotes:
            if not (clause.start_char <= q.outer_start and q.outer_end <= clause.end_char + 1):
                continue
            if q.outer_start == clause.start_char:
                continue  # the clause is the quote: read as a direct quote already
            if any(s <= q.start < e for s, e in self.claimed):
                continue
            text = clean_quote(self.a.text[q.start : q.end])
            if text.strip(" .,!?").lower() in self.a.titles:
                continue
            previous = self._word_before(q.outer_start)
            if previous is not None and previous.pos_ in ("DET", "ADP"):
                continue  # 'wanted a "big storyline"': a label in quotation marks
            words = text.split()
            if len(words) >= 2 or (words and words[0][:1].islower()):
                yield q

    def _word_before(self, at: int) -> Token | None:
        """The last word (not punctuation) that ends before offset ``at``."""
        i = bisect_right(self._starts, at) - 1
        while i >= 0 and (self.doc[i].idx + len(self.doc[i]) > at or self.doc[i].is_punct
                          or self.doc[i].is_space):
            i -= 1
        return self.doc[i] if i >= 0 else None

    def _own_words(self, said: Said, fragments: list[QuoteSpan]) -> int:
        """How many words of a reported clause lie outside its quoted fragments."""
        start, end = said.spans[0].start, said.spans[0].end
        text = self.a.text[start:end]
        for q in sorted(fragments, key=lambda q: -q.outer_start):
            a, b = max(start, q.outer_start) - start, min(end, q.outer_end) - start
            text = text[:a] + " " + text[b:]
        return len(re.findall(r"\w+", text))

    def _according(self, sentence: Span) -> tuple[str, int] | None:
        """(source, start of the clause) of a sentence that opens 'According to X, ...'."""
        text = sentence.text
        m = re.match(r"\s*According to\b([^,]{1,80}),\s*", text)
        if not m:
            return None
        start = sentence.start_char + m.start(1)
        found = self.a.speakers.within(start, start + len(m.group(1)))
        if not found:
            return None
        return found[-1].name, sentence.start_char + m.end()

    def _said(self, speaker: str, start: int, end: int, via: str | None, verb: str,
              path: str) -> Said:
        """A reported clause; one opened by a quotation mark or a colon ('she added: "Our
        ...', 'X said:' above a paragraph) is the speaker's own words, a direct quote."""
        text = self.a.text[start:end].strip()
        lead = self.a.text[max(0, start - 4) : start]
        direct = bool(re.search(r"[:“\"]\s*$", lead)) or text[:1] in "“\""
        if direct:
            text = text.strip("“”\" ")
        span = QuoteSpan(start, end, start, end, -1)
        return Said(speaker, [span], [text], verb=verb, via=via, frame=(start, start),
                    explicit_via=via is not None, kind="direct" if direct else "indirect",
                    path=path.replace("reported_that", "reported_direct") if direct else path)


def _inside(inner: Said, outer: Said) -> bool:
    """Whether one reported clause lies within another of the same speaker."""
    return (
        inner.kind == outer.kind == "indirect"
        and inner.speaker == outer.speaker
        and outer.start <= inner.start
        and inner.end <= outer.end
        and (outer.start, outer.end) != (inner.start, inner.end)
    )


def reported_speech(attributor: Attributor, direct: list[Said]) -> list[Said]:
    return list(Reporter(attributor, direct).run())
