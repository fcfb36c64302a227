"""Extractors: parsed Doc -> fact records (stage 3)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from marquee.extract.records import FACT_TYPES, Evidence, Fact, fact_from_dict
from marquee.sources.document import Document

__all__ = ["FACT_TYPES", "Evidence", "Fact", "extract_documents", "fact_from_dict"]


def extract_documents(
    nlp: Language, documents: Iterable[Document], batch_size: int = 32
) -> Iterator[tuple[Document, list[Fact]]]:
    """Parse documents with ``nlp.pipe`` and yield each with its fact records."""
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield document, []
