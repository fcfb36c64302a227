"""The NLP stage for the commands that parse text, loaded on first use.

``marquee --help`` and the commands that only read the knowledge base never import
spaCy: these stand-ins import the pipeline and the extractors when first called.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from marquee.extract.records import Fact
    from marquee.sources.document import Document


def load_pipeline(model: str) -> Language:
    """:func:`marquee.nlp.pipeline.load_pipeline` (SettingError for a bad ``model``)."""
    from marquee.nlp.pipeline import load_pipeline as load

    return load(model)


def extract_documents(
    nlp: Language,
    documents: Iterable[Document],
    on_failure: Callable[[Document, str], None] | None = None,
) -> Iterator[tuple[Document, list[Fact]]]:
    """:func:`marquee.extract.run.extract_documents`: long texts in parts, and with
    ``on_failure`` a document that fails is reported there while the rest go on."""
    from marquee.extract.run import extract_documents as run

    return run(nlp, documents, on_failure=on_failure)
