"""Extractors: parsed Doc -> fact records (stage 3).

Each extractor is a small function over an :class:`Article` (the parsed Doc with its
id, date and masked sentences) that yields typed records; ``extract_article`` runs them
all and merges records that state the same fact twice.

The records (``marquee.extract.records``) and the extractor's version are light; the
extractors themselves need spaCy and load on first use of ``extract_article``,
``extract_documents`` or ``Article``, so the knowledge base can read records without
the NLP stack.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from marquee.extract.records import FACT_TYPES, Evidence, Fact, fact_from_dict
from marquee.extract.version import EXTRACTOR_VERSION

if TYPE_CHECKING:
    from marquee.extract.context import Article
    from marquee.extract.run import extract_article, extract_documents

__all__ = [
    "EXTRACTOR_VERSION", "FACT_TYPES", "Article", "Evidence", "Fact", "extract_article",
    "extract_documents", "fact_from_dict",
]

_LAZY = {
    "Article": "marquee.extract.context",
    "extract_article": "marquee.extract.run",
    "extract_documents": "marquee.extract.run",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
