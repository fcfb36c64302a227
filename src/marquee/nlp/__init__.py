"""The spaCy pipeline with Marquee's components (stage 2).

``load_pipeline`` imports spaCy on first use, so a light module of this package
(paragraph rules, seasons) can be imported without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marquee.nlp.pipeline import load_pipeline

__all__ = ["load_pipeline"]


def __getattr__(name: str) -> Any:
    if name == "load_pipeline":
        from marquee.nlp.pipeline import load_pipeline

        return load_pipeline
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
