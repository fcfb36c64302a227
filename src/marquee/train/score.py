"""The component's own span precision, recall and F1: WORK entities against marked titles."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from marquee.evaluate.scorer import TypeScore
from marquee.train.corpus import LABEL, Example


class SpanScore(TypeScore):
    """Counts of WORK spans found against marked titles (the scorer's P/R/F1)."""

    def __str__(self) -> str:
        return (f"P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f} "
                f"(TP {self.tp} FP {self.fp} FN {self.fn})")


def predicted(doc: Doc) -> set[tuple[int, int]]:
    return {(e.start_char, e.end_char) for e in doc.ents if e.label_ == LABEL}


def parsed(nlp: Language, examples: list[Example],
           disable: Iterable[str] = ()) -> Iterator[tuple[Example, Doc]]:
    texts = (ex.text for ex in examples)
    yield from zip(examples, nlp.pipe(texts, disable=list(disable)), strict=True)


def span_score(nlp: Language, examples: list[Example], disable: Iterable[str] = ()) -> SpanScore:
    """Exact-span scores of the pipeline's WORK entities over ``examples`` (aggregate only)."""
    score = SpanScore()
    for example, doc in parsed(nlp, examples, disable):
        found, gold = predicted(doc), set(example.spans)
        score.tp += len(found & gold)
        score.fp += len(found - gold)
        score.fn += len(gold - found)
    return score
