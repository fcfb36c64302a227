"""``marquee_works``: the trained recogniser of titles of works (label ``WORK``).

A spaCy ``ner`` component whose model is a small transition-based head on the token
vectors of the pipeline's shared ``tok2vec`` (a ``Tok2VecListener``): it adds no second
embedding, and it reads ``doc.tensor``, which that ``tok2vec`` sets. It is trained by
``make train`` (``marquee.train``) and shipped in the package under ``models/works``: the
component's own weights, label set and config, not a copy of the tok2vec.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model, concatenate
from thinc.types import Floats2d

COMPONENT = "marquee_works"
LABEL = "WORK"
UPSTREAM = "tok2vec"
WEIGHTS_DIR = Path(__file__).parent / "models" / "works"
CONFIG_FILE = "component.json"  # the component's block of the training config


@registry.architectures("marquee.SharedPlusOwn.v1")
def shared_plus_own(
    shared: Model[list[Doc], list[Floats2d]], own: Model[list[Doc], list[Floats2d]]
) -> Model[list[Doc], list[Floats2d]]:
    """The shared token vectors (a listener) side by side with a small embedding of its own."""
    return concatenate(shared, own)


class WorksModelMissing(UserWarning):
    """The shipped weights of marquee_works are not there: titles come from cues only."""


def component_config(nlp: Language, name: str = COMPONENT) -> dict[str, Any]:
    """The config block of ``name`` in a trained pipeline, as ``add_pipe`` takes it."""
    return dict(nlp.config["components"][name])


def save_works(nlp: Language, target: Path, name: str = COMPONENT) -> None:
    """Write the component ``name`` of a trained pipeline to ``target`` (no vocab, no tok2vec)."""
    target.mkdir(parents=True, exist_ok=True)
    for old in ("model", "moves", "cfg", CONFIG_FILE):
        if (target / old).exists():
            (target / old).unlink()
    nlp.get_pipe(name).to_disk(target, exclude=["vocab"])  # type: ignore[attr-defined]
    config = component_config(nlp, name)
    (target / CONFIG_FILE).write_text(json.dumps(config, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")


def has_works(path: Path = WEIGHTS_DIR) -> bool:
    return all((path / part).is_file() for part in ("model", "moves", "cfg", CONFIG_FILE))


def add_works(nlp: Language, path: Path = WEIGHTS_DIR, before: str | None = "ner") -> bool:
    """Add ``marquee_works`` with the weights under ``path``; False (and a warning) if absent.

    The pipeline needs a ``tok2vec`` component before ``before`` for the listener to read.
    """
    if not has_works(path):
        warnings.warn(
            f"marquee_works: no trained weights under {path}; titles come from the cue "
            "rules only (run `make train` to build them)",
            WorksModelMissing,
            stacklevel=2,
        )
        return False
    if UPSTREAM not in nlp.pipe_names:
        warnings.warn(
            f"marquee_works listens to a {UPSTREAM!r} component and {nlp.pipe_names} has "
            "none; titles come from the cue rules only",
            WorksModelMissing,
            stacklevel=2,
        )
        return False
    config = json.loads((path / CONFIG_FILE).read_text(encoding="utf-8"))
    factory = config.pop("factory")
    if before is not None and before not in nlp.pipe_names:
        before = None
    pipe = nlp.add_pipe(factory, name=COMPONENT, config=config, before=before)
    pipe.from_disk(path, exclude=["vocab"])  # type: ignore[attr-defined]
    return True
