"""The spaCy pipeline with Marquee's components (stage 2)."""

from marquee.nlp.pipeline import load_pipeline

__all__ = ["load_pipeline"]
