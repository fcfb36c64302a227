"""The knowledge base (stage 4): documents, resolved entities, facts with evidence; cards.

Entities are resolved across articles (``resolve``; each merge's evidence is kept and
explained by ``explain``); near-duplicate articles are grouped (``duplicates``).
"""

from __future__ import annotations

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
