"""Direct quotes: words in quotation marks, attributed to the speaker the text names.

The speaker is read from the frame around the quote: after it (``"...," said X``,
``"...," she added``, ``"...," the actress told Variety``) or before it (``X said, "..."``,
``X wrote: "..."``, ``X described it as "..."``, a clause ending in a colon). A pronoun
or a description ("the singer") points to the most recent person named before it. A
quote with no speaker in its frame continues the previous speaker's quote in the same
paragraph when only that quote's frame stands between them; otherwise it is left out.
Titles, nicknames and scare quotes (short fragments with no frame) are not quotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from marquee.extract.context import POST_SIGNATURE_RE, Article, Mention
from marquee.extract.speech import (
    QuoteSpan,
    Speaker,
    Speakers,
    as_mentions,
    find_quotes,
    mask,
    paragraph_of,
    paragraphs,
    unmask,
)
from marquee.nlp.pronouns import first_name_gender
from marquee.vocab import PLATFORMS, SPEECH_VERBS

VERB = r"\b(?P<verb>" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) + r")\b"
PARTICIPLE = r"(?:saying|adding|explaining|noting|writing|tweeting|telling \w+|insisting|joking)"
ADVERB = r"(?:(?:also|later|then|simply|once|recently|famously|previously|\w+ly)\s+)?"
PLACE = r"(?:\s+(?:in|on|to|via|during|at|from|with|of|for|about)\b[^,:;“”\"]{0,60}?)?"
MARK = r"§[PO]\d+§"
# After the quote: ', said X' / ', X said' / ', she added in a statement'.
AFTER_INVERTED = re.compile(rf"^\s*[,.]?\s*{VERB}\s+(?P<np>[^.;:!?“”\"]{{1,120}})")
AFTER_NORMAL = re.compile(rf"^\s*[,.]?\s*(?P<np>[^.;:!?“”\"]{{1,90}}?)\s+{ADVERB}{VERB}")
# Before the quote: 'X said, ' / 'X wrote in a post: ' / 'X reports it ' / 'X told Y: '.
BEFORE_VERB = re.compile(
    rf"(?P<np>[^;“”\"]*?)\s*{ADVERB}{VERB}(?P<obj>\s+(?:{MARK}|reporters|fans|me|us|him|her|"
    rf"them|the \w+))?{PLACE}\s*(?:that|it)?\s*[,:]?\s*(?:that|it)?\s*$"
)
BEFORE_PARTICIPLE = re.compile(rf"(?P<np>[^;“”\"]*?),?\s*\b{PARTICIPLE}\s*[,:]?\s*$")
BEFORE_DESCRIBE = re.compile(
    r"(?P<np>[^;“”\"]*?)\s*\b(?:described|describes|describing|called|calls|calling|dubbed|"
    r"dubbing|branded|branding)\b[^;“”\"]{0,60}?\bas\s*$"
)
BEFORE_COLON = re.compile(r"(?P<np>[^;“”\"]+?):\s*$")
# 'X called the show "..."', 'X introduced it as "..."': the speaker's words about a thing.
BEFORE_CALLED = re.compile(
    r"(?P<np>[^;“”\"]*?)\s*\b(?P<verb>called|calls|calling|dubbed|dubs|labelled|labeled|hailed|"
    r"hails|praised|praises|introduced|introduces)\b(?P<obj>[^;:“”\"]{1,60}?)(?:\s+as)?\s*$"
)
# 'X posted a photo with the caption "..."'.
BEFORE_CAPTION = re.compile(
    r"(?P<np>[^;“”\"]*?)\s*\b(?:with|and) the (?:caption|message|words|note)\s*[,:]?\s*$"
)
BEFORE_ACCORDING = re.compile(
    r"\baccording to\s+(?:a (?:\w+ )?report (?:by|in|from)\s+)?(?P<np>[^,;“”\"]{1,60}),?\s*$", re.I
)
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
VIA_RE = re.compile(
    r"\b(?:told|telling|to|with|according to(?: a report (?:by|in|from))?|in)\s+"
    r"(?:an? (?:\w+ )?interview with\s+)?(?P<via>§O\d+§)"
)
PLATFORM_RE = re.compile(
    r"\b(?:on|via|to)\s+(?P<platform>" + "|".join(PLATFORMS) + r")\b", re.I
)
MIN_WORDS = 4
PASSIVE_RE = re.compile(r"\b(?:is|was|are|were|been|be|being)\s*$", re.I)
FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|we|We|my|My|our|Our|me|us)\b")


@dataclass
class Said:
    """An attributed quotation (possibly several joined quotes of one speaker)."""

    speaker: str
    spans: list[QuoteSpan]
    texts: list[str]
    verb: str = ""
    via: str | None = None
    platform: str | None = None
    frame: tuple[int, int] = (0, 0)  # where the attribution was read
    explicit_via: bool = False
    kind: str = "direct"
    path: str = "quote.after_said"

    @property
    def text(self) -> str:
        return " ".join(self.texts)

    @property
    def start(self) -> int:
        return self.spans[0].outer_start

    @property
    def end(self) -> int:
        return self.spans[-1].outer_end


def clean_quote(text: str) -> str:
    """Quoted words as one line: paragraph marks of a long quote and edges dropped."""
    text = re.sub(r"\s*\n+\s*[“\"]?", " ", text)
    return text.strip().strip(",").strip()


def is_speech(text: str, titles: set[str]) -> bool:
    """Words in quotation marks that read as speech, not a title or a scare quote."""
    if text.strip(" .,!?").lower() in titles:
        return False
    return len(text.split()) >= MIN_WORDS


def path_of(frame: str, how: str) -> str:
    """One path per construction: the frame for a named speaker, else how the speaker
    was found (a pronoun, a description, a spokesperson)."""
    if how in ("pronoun", "description", "spokesperson"):
        return f"quote.{how}"
    return f"quote.{frame}"


# Frames: (pattern, path name, where the subject phrase is).
AFTER_FRAMES = ((AFTER_INVERTED, "after_said"), (AFTER_NORMAL, "after_said"))
BEFORE_FRAMES = (
    (BEFORE_VERB, "before_said"), (BEFORE_PARTICIPLE, "before_said"),
    (BEFORE_DESCRIBE, "described_as"), (BEFORE_ACCORDING, "according_to"),
    (BEFORE_CALLED, "called"), (BEFORE_CAPTION, "caption"), (BEFORE_COLON, "before_colon"),
)
SPEECH_LEMMAS = frozenset({"say", "add", "tell", "explain", "note", "reply", "respond", "write",
                           "tweet", "continue", "joke", "quip", "admit", "insist", "recall",
                           "laugh", "muse", "declare", "state", "ask", "comment", "remark"})
CLAUSE_NP_RE = re.compile(
    r"^\s*[,.]?\s*(?:and|but|or|nor|that|which|who|because|if|when|while|so|as)\b|\bthat\b", re.I
)
UNCLEAR_SUBJECTS = frozenset({"he", "she", "they", "it", "he also", "she also"})
VIA_VERBS = frozenset({"tell", "speak", "talk"})
VIA_NOUNS = frozenset({"interview", "conversation", "chat", "podcast", "op-ed", "essay"})


class Attributor:
    """Reads the speaker of each quotation of one article from its frame."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.doc = article.doc
        self.quotes = find_quotes(self.text)
        self.speakers = Speakers(article.doc, self.quotes, article.characters,
                                 article.doc.spans.get("titles", []))
        self.mentions: list[Mention] = as_mentions(self.speakers.mentions)
        self.titles = {s.text.lower() for s in article.doc.spans.get("titles", [])}
        self.last_org: str | None = None
        self.unattributed: list[tuple[QuoteSpan, str]] = []
        self.framed = False  # whether the quote read last had a frame with an unclear speaker

    # --- frames -------------------------------------------------------------------
    def _after(self, q: QuoteSpan, nxt: QuoteSpan | None) -> tuple[int, int]:
        _, p_end = paragraph_of(self.text, q.outer_end)
        end = min(p_end, nxt.outer_start if nxt else p_end)
        m = SENTENCE_END.search(self.text, q.outer_end, end)
        return q.outer_end, (m.end() if m else end)

    def _before(self, q: QuoteSpan, prev: QuoteSpan | None) -> tuple[int, int]:
        p_start, _ = paragraph_of(self.text, q.outer_start)
        end = q.outer_start
        if not self.text[p_start:end].strip() and p_start > 1:
            above = self.text[:p_start].rstrip()
            if above.endswith(":"):  # 'X said:' ends the paragraph above the quote
                end = len(above)
                p_start, _ = paragraph_of(self.text, end - 1)
        start = max(p_start, prev.outer_end if prev and prev.outer_end <= end else 0)
        ends = list(SENTENCE_END.finditer(self.text, start, max(start, end - 1)))
        if ends:
            start = ends[-1].end()
        return start, end

    def masked(self, start: int, end: int) -> tuple[str, list[Mention]]:
        return mask(self.text, start, end, self.mentions)

    # --- speakers -----------------------------------------------------------------
    def speaker(self, start: int, end: int, at: int) -> Speaker | None:
        """The speaker the subject phrase at body offsets ``[start, end)`` names."""
        if start >= end:
            return None
        return self.speakers.speaker_of(start, end, at, self.last_org)

    def via_in(self, masked: str, marks: list[Mention]) -> str | None:
        m = VIA_RE.search(masked)
        return marks[int(m.group("via")[2:-1])].value if m else None

    def via_at(self, start: int, end: int) -> str | None:
        """The outlet a frame credits: an outlet after "told", "to", "with", "in"; or a
        proper name that is nobody's, after "told", "speaking to", "an interview with"."""
        masked, marks = self.masked(start, end)
        found = self.via_in(masked, marks)
        if found:
            return found
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return None
        for t in span:
            obj = None
            if t.lemma_ in VIA_VERBS and t.pos_ == "VERB":
                kids = [c for c in t.children if c.dep_ in ("dobj", "dative")]
                kids += [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
                         for g in c.children if g.dep_ == "pobj"]
                obj = kids[0] if kids else None
            elif t.lower_ in VIA_NOUNS:
                kids = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
                        for g in c.children if g.dep_ == "pobj"]
                obj = kids[0] if kids else None
            if obj is None or obj.pos_ != "PROPN" or not (start <= obj.idx < end):
                continue
            mention = self.speakers.at_token(obj)
            if mention is not None and mention.kind == "person":
                if first_name_gender(mention.name) is not None or len(mention.name.split()) < 2:
                    continue  # "told Jane Doe": a person, not an outlet
                return mention.name  # "told Vanity Fair", read as a name by the NER
            if mention is not None:
                return mention.name
            from marquee.extract.speech import name_run

            run = name_run(obj)
            if run is not None and not self.speakers.name_for(run.text):
                return run.text
        return None

    def _short_speech(self, content: str) -> bool:
        """Whether a quote of two or three words may be speech ('"It felt rude," she
        added'): a sentence of its own, not a title; only a frame after it makes it one."""
        words = content.split()
        return (len(words) >= 2 and content[:1].isupper()
                and content.strip(" .,!?").lower() not in self.titles
                )

    def attribute(self, q: QuoteSpan, prev: QuoteSpan | None, nxt: QuoteSpan | None,
                  content: str, after_only: bool = False) -> Said | None:
        a_start, a_end = self._after(q, nxt)
        after, a_marks = self.masked(a_start, a_end)
        words = self.text[q.start : q.end].rstrip()
        ends_open = words[-1:] in ",—–-…" if words else False
        closed = content.rstrip().rstrip("'’\"”")[-1:] in ".!?"
        new_sentence = closed and bool(re.match(r"^\s*(?:[A-Z]|§)", after))
        if (ends_open or re.match(r"^\s*[,a-z§]", after)) and not new_sentence:
            for pattern, frame in AFTER_FRAMES:
                m = pattern.match(after)
                if not m:
                    continue
                np_start, np_end = m.span("np")
                if pattern is AFTER_NORMAL and CLAUSE_NP_RE.search(m.group("np")):
                    continue  # '" and that she insisted ...': a clause goes on, no frame
                if pattern is AFTER_INVERTED:
                    cut = re.search(r"\s+(?:in|on|to|during|at|via|with|after|before|while|"
                                    r"as|when|from|of|for)\s+|\s*[,(—–]", m.group("np"))
                    if cut:
                        np_end = np_start + cut.start()
                raw = (unmask(np_start, a_start, after, a_marks),
                       unmask(np_end, a_start, after, a_marks))
                who = self.speaker(*raw, q.outer_start)
                if who:
                    return self._said(who, frame, q, content, m.group("verb"), (a_start, a_end))
                if self._is_subject_phrase(*raw):
                    self.framed = True  # "..., she said" with no clear "she": nobody's words
                    return None
        if after_only:
            return None
        b_start, b_end = self._before(q, prev)
        before, b_marks = self.masked(b_start, b_end)
        for pattern, frame in BEFORE_FRAMES:
            m = pattern.search(before)
            if not m:
                continue
            np_start, np_end = self._subject(before, m.span("np"))
            if pattern is BEFORE_DESCRIBE and PASSIVE_RE.search(before[np_start:np_end]):
                continue  # "he is described as ...": the described, not the speaker
            found: tuple[int, int] | None = (unmask(np_start, b_start, before, b_marks),
                                             unmask(np_end, b_start, before, b_marks))
            if pattern is BEFORE_CALLED:
                found = self._verb_subject(unmask(m.start("verb"), b_start, before, b_marks))
            if found is None:
                continue
            who = self.speaker(*found, q.outer_start)
            if who:
                verb = m.groupdict().get("verb") or ""
                return self._said(who, frame, q, content, verb, (b_start, b_end))
        return None

    def _verb_subject(self, at: int) -> tuple[int, int] | None:
        """The offsets of the subject phrase of the verb at ``at`` ("which X called")."""
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or not len(span):
            return None
        verb = span[0]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        tokens = list(subjects[0].subtree)
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1])

    def _is_subject_phrase(self, start: int, end: int) -> bool:
        """Whether a frame's phrase is a real subject (a pronoun, a noun phrase that is a
        speech verb's subject): then the quote is someone's, if not clearly whose."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        words = span.text.strip().lower()
        return words in UNCLEAR_SUBJECTS or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in SPEECH_LEMMAS for t in span
        ) or (span.root.pos_ in ("NOUN", "PROPN") and span.root.dep_ == "dobj"
              and span.root.head.lemma_ in SPEECH_LEMMAS)

    @staticmethod
    def _subject(text: str, span: tuple[int, int]) -> tuple[int, int]:
        """The subject phrase of a frame: past a leading 'According to X,' or 'In ...,',
        and after the last clause joined by ', and' / ', but'."""
        start, end = span
        np = text[start:end]
        m = re.match(r"^\s*(?:according to|in|during|at|on|from|after|speaking)\b[^,]*,\s*",
                     np, flags=re.I)
        if m:
            start += m.end()
            np = text[start:end]
        parts = list(re.finditer(r"(?:,|;|—)\s*(?:and|but|while|as|with|so|yet)\s+", np))
        if parts:
            start += parts[-1].end()
            np = text[start:end]
        m = re.match(r"^\s*(?:and|but|so|then|meanwhile|however|still|yet)\b,?\s*", np,
                     flags=re.I)
        if m:
            start += m.end()
        return start, end

    def _said(self, who: Speaker, frame: str, q: QuoteSpan, content: str, verb: str,
              where: tuple[int, int]) -> Said:
        via = self.via_at(*where)
        if via == who.name:
            via = None
        platform = PLATFORM_RE.search(self.text, where[0], where[1])
        name = PLATFORMS[platform.group("platform").lower()] if platform else None
        if verb == "tweeted":
            name = "twitter"
        return Said(who.name, [q], [content], verb=verb, via=via, platform=name, frame=where,
                    explicit_via=via is not None, path=path_of(frame, who.how))

    # --- the article ----------------------------------------------------------------
    def run(self) -> list[Said]:
        out: list[Said] = []
        for i, q in enumerate(self.quotes):
            prev = self.quotes[i - 1] if i else None
            nxt = self.quotes[i + 1] if i + 1 < len(self.quotes) else None
            content = clean_quote(self.text[q.start : q.end])
            short = not is_speech(content, self.titles)
            if short and not self._short_speech(content):
                continue
            self.framed = False
            said = self.attribute(q, prev, nxt, content, after_only=short)
            if said is None and short:
                continue
            last = out[-1] if out else None
            if said is None:
                if self.framed:
                    continue
                if last and self._continues(last, q):
                    last.spans.append(q)
                    last.texts.append(content)
                else:
                    self.unattributed.append((q, content))
                continue
            if last and last.speaker == said.speaker and self._joins(last, said, q):
                last.spans.append(q)
                last.texts.append(content)
                last.via = last.via or said.via
                if said.frame[0] >= last.frame[1]:
                    last.frame = said.frame
                continue
            out.append(said)
            self._remember(said)
        return sorted([*out, *self.blocks()], key=lambda s: s.start)

    def blocks(self) -> Iterator[Said]:
        """Block quotes: a paragraph in the first person, without quotation marks, under a
        paragraph that ends 'X said:' (not an embedded post, which has its signature)."""
        lines = paragraphs(self.text)
        for (a_start, a_end), (b_start, b_end) in zip(lines, lines[1:], strict=False):
            intro, block = self.text[a_start:a_end].rstrip(), self.text[b_start:b_end].strip()
            if not intro.endswith(":") or re.search(r"[“”\"]", block):
                continue
            if not FIRST_PERSON_RE.search(block) or POST_SIGNATURE_RE.search(
                self.text, b_start, min(len(self.text), b_end + 200)
            ):
                continue
            ends = list(SENTENCE_END.finditer(self.text, a_start, a_end - 1))
            start = ends[-1].end() if ends else a_start
            frame, marks = self.masked(start, a_start + len(intro))
            for pattern in (BEFORE_VERB, BEFORE_COLON):
                m = pattern.search(frame)
                if not m:
                    continue
                np_start, np_end = self._subject(frame, m.span("np"))
                who = self.speaker(unmask(np_start, start, frame, marks),
                                   unmask(np_end, start, frame, marks), b_start)
                if who:
                    span = QuoteSpan(b_start, b_end, b_start, b_end, -1)
                    yield Said(who.name, [span], [block], verb="block", frame=(start, a_end),
                               path="quote.block")
                    break

    def _remember(self, said: Said) -> None:
        if not any(m.kind == "person" and m.name == said.speaker for m in self.speakers.mentions):
            self.last_org = said.speaker

    def _continues(self, last: Said, q: QuoteSpan) -> bool:
        """An unframed quote goes on from ``last`` when only ``last``'s frame is between."""
        if last.spans[-1].paragraph != q.paragraph and not self._resumes(last, q):
            return False
        gap_start = max(last.end, last.frame[1] if last.frame[0] >= last.end else last.end)
        return not self.text[gap_start : q.outer_start].strip(" \t,.;—–-")

    def _resumes(self, last: Said, q: QuoteSpan) -> bool:
        return last.spans[-1].paragraph + 1 == q.paragraph and self.text[
            last.end : q.outer_start
        ].strip() == ""

    def _joins(self, last: Said, said: Said, q: QuoteSpan) -> bool:
        """A quote framed again for the same speaker joins theirs in the same paragraph
        ("A," said X. "B," she added), unless the first was a fragment of a sentence."""
        first = last.texts[0]
        if last.spans[-1].paragraph != q.paragraph or not first[:1].isupper():
            return False
        between = self.text[last.end : q.outer_start]
        for start, end in (last.frame, said.frame):
            frame_text = self.text[start:end] if start >= last.end else ""
            between = between.replace(frame_text, "", 1) if frame_text else between
        return not between.strip(" ,.;")
