"""The language of a document (py3langid, whose model ships in the package).

The extractor reads English only: a document confidently in another language is
rejected with that language as the reason rather than mis-read. Short texts (a caption,
a one-line brief) say too little to judge, so they are always accepted, and so is a text
the model is unsure about.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from marquee.sources.document import Document, Rejected

ACCEPTED = frozenset({"en"})
MIN_CHARS = 200  # below this the guess is too often wrong to reject on it
MIN_CONFIDENCE = 0.9  # a non-English guess below this is not enough to reject
SAMPLE_CHARS = 5000  # the language of a long article is judged on its opening


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 language code of ``text`` and its probability."""
    language, probability = _identifier().classify(text[:SAMPLE_CHARS])
    return str(language), float(probability)


def check_language(document: Document) -> Document | Rejected:
    """``document`` itself, or a Rejected naming its language when that is not English."""
    if len(document.text) < MIN_CHARS:
        return document
    language, probability = detect(document.text)
    if language in ACCEPTED or probability < MIN_CONFIDENCE:
        return document
    return Rejected(
        document.source or document.id,
        f"language {language!r} (p={probability:.2f}), not English",
    )
