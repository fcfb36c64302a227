"""EntityRuler patterns for networks, studios and outlets (run before the statistical NER)."""

from __future__ import annotations

from typing import Any

from marquee.vocab import NETWORKS, OUTLETS, STUDIO_SUFFIXES, STUDIOS

NETWORK = "NETWORK"
OUTLET = "OUTLET"
STUDIO = "STUDIO"


def vocab_patterns() -> list[dict[str, Any]]:
    """Phrase patterns for the general vocabulary, one label per list."""
    patterns: list[dict[str, Any]] = []
    for label, names in ((NETWORK, NETWORKS), (OUTLET, OUTLETS), (STUDIO, STUDIOS)):
        patterns.extend({"label": label, "pattern": name} for name in names)
    # "<Name> Television", "<Name> Pictures TV" ...: studios named by their last word.
    patterns.append(
        {
            "label": STUDIO,
            "pattern": [
                {"IS_TITLE": True, "OP": "+"},
                {"LOWER": {"IN": list(STUDIO_SUFFIXES)}},
                {"ORTH": {"IN": ["TV", "Television"]}, "OP": "?"},
            ],
        }
    )
    return patterns
