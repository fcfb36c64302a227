"""References to the article's main work: "the show", "the series", "the film".

The main work is the title mentioned most (the headline breaks ties, then the first
mention). Each reference goes to ``doc.spans["work_refs"]`` labelled with that title;
in a round-up (the main work holds under ``ROUNDUP_SHARE`` of the title mentions) a
reference goes to the work its paragraph last named before it, unless the paragraph
named the main work before it too.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from marquee.nlp.doctext import doc_text

REF_RE = re.compile(
    r"\b[Tt]he (?:(?:hit|popular|new|long-running|critically-acclaimed|cult|original|"
    r"[a-z]+-[a-z]+) )?(?:show|series|sitcom|programme|program|film|movie|drama|comedy)\b"
)
ROUNDUP_SHARE = 0.5


def main_work(doc: Doc, headline: str | None = None) -> str | None:
    mentions = doc.spans.get("titles", [])
    if not mentions:
        return None
    counts = Counter(s.label_ for s in mentions)
    first: dict[str, int] = {}
    for s in mentions:
        first.setdefault(s.label_, s.start)
    head = (headline or "").lower()
    in_head: dict[str, int] = {}
    for title in sorted(counts, key=len, reverse=True):  # "X: The Return" before "X"
        words = [w for w in re.findall(r"\w+", title.lower()) if w not in ("the", "a", "of")]
        in_head[title] = 1 if words and sum(w in head for w in words) * 2 >= len(words) else 0
        head = head.replace(title.lower(), " ")  # a headline names a work once

    def rank(title: str) -> tuple[int, int, int]:
        return (counts[title] + 2 * in_head[title], in_head[title], -first[title])

    return max(counts, key=rank)


def find_refs(doc: Doc, work: str | None) -> list[Span]:
    if work is None:
        return []
    spans = []
    mentions = list(doc.spans.get("titles", []))
    titles = {(s.start, s.end) for s in mentions}
    text = doc_text(doc)
    share = sum(s.label_ == work for s in mentions) / max(1, len(mentions))
    for m in REF_RE.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(s <= span.end < e for s, e in titles):
            continue  # "the series Lanterns" names a work itself; the title span covers it
        label = work
        if share < ROUNDUP_SHARE:
            para = text.rfind("\n", 0, m.start())
            before = [s for s in mentions if s.end <= span.start and s.start_char > para]
            if before and all(s.label_ != work for s in before):
                label = before[-1].label_  # a round-up: the work its paragraph last named
        spans.append(Span(doc, span.start, span.end, label=label))
    return spans
