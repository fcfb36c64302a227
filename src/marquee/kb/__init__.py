"""The knowledge base (stage 4): documents, resolved entities, facts with evidence; cards."""

from __future__ import annotations

from marquee.kb.card import Card
from marquee.kb.normalise import norm_name
from marquee.kb.store import KnowledgeBase, Outcome, fact_key

__all__ = ["Card", "KnowledgeBase", "Outcome", "fact_key", "norm_name"]
