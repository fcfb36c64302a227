"""Load the configured spaCy pipeline and add Marquee's components to it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import cast

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from marquee.config import DEFAULT_MODEL, MODEL_ALLOWED, MODEL_ENV, SettingError, check_model
from marquee.nlp import components  # noqa: F401  (registers the component factories)
from marquee.nlp.ruler import vocab_patterns
from marquee.nlp.works import WEIGHTS_DIR, add_works
from marquee.vocab import TRADE_NORMS


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL, works: Path | None = WEIGHTS_DIR) -> Language:
    """The pipeline named ``model`` (an installed package) with Marquee's components.

    Trade-press verb forms the pipeline does not know are read as regular ones
    (``TRADE_NORMS``: "greenlit" as "greenlighted"). Order: paragraph boundaries before
    the parser (no sentence runs across a line break), the vocabulary EntityRuler and
    then the trained title recogniser ``marquee_works`` (weights under ``works``;
    ``None`` leaves it out) before the statistical NER, so networks, outlets and titles
    are preset for it; then people repair, titles, pronouns, seasons and references. A
    name that is no full pipeline raises SettingError.
    """
    nlp = _load(check_model(model))
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for form, norm in TRADE_NORMS.items():
        for written in (form, form.capitalize()):
            tokenizer.add_special_case(written, [{ORTH: written, NORM: norm}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("marquee_paragraphs", before="parser")
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name="marquee_vocab", before=before)
    ruler.add_patterns(vocab_patterns())  # type: ignore[attr-defined]
    if works is not None:
        add_works(nlp, works, before=before)
    names = ("marquee_people", "marquee_titles", "marquee_pronouns", "marquee_seasons",
             "marquee_refs")
    for name in names:
        nlp.add_pipe(name)
    return nlp


def _load(model: str) -> Language:
    try:
        nlp = spacy.load(model)
    except (OSError, ValueError, ImportError) as exc:  # E050 and kin: not a spaCy pipeline
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SettingError(MODEL_ENV, model, f"cannot load: {problem}", MODEL_ALLOWED) from None
    missing = [name for name in ("parser", "ner") if name not in nlp.pipe_names]
    if missing:
        raise SettingError(MODEL_ENV, model, f"the pipeline has no {' and no '.join(missing)}",
                           MODEL_ALLOWED)
    return nlp
