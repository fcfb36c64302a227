"""The knowledge base (stage 4): documents, resolved entities, facts with evidence; cards.

Entities are resolved across articles (``resolve``; each merge's evidence is kept and
explained by ``explain``); near-duplicate articles are grouped (``duplicates``).

The names below load their modules (and SQLAlchemy) on first use, so a light module of
this package (``kinds``) can be imported by the command line without them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marquee.kb.card import Card
    from marquee.kb.duplicates import DuplicateSettings
    from marquee.kb.normalise import norm_name
    from marquee.kb.resolve import ResolutionSettings
    from marquee.kb.store import KnowledgeBase, Outcome, fact_key

__all__ = [
    "Card",
    "DuplicateSettings",
    "KnowledgeBase",
    "Outcome",
    "ResolutionSettings",
    "fact_key",
    "norm_name",
]

_MODULES = {
    "Card": "card",
    "DuplicateSettings": "duplicates",
    "KnowledgeBase": "store",
    "Outcome": "store",
    "ResolutionSettings": "resolve",
    "fact_key": "store",
    "norm_name": "normalise",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
