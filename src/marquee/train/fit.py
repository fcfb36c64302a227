"""Train ``marquee_works`` with ``spacy train`` and export it into the package.

One code path for ``make train`` and the tests: build the corpus (``corpus.write``),
train from ``training/works.cfg`` with seeded overrides, export ``model-best``'s
component (``marquee.nlp.works.save_works``).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy

from marquee.nlp.works import COMPONENT, save_works
from marquee.train.corpus import CaseRule, Sources, collect, write


@dataclass
class Plan:
    """What to train from and where things go."""

    sources: Sources
    config: Path
    build: Path  # corpus and spaCy's output (git-ignored)
    target: Path  # where the component is exported
    case: CaseRule = CaseRule.MULTIWORD
    dev_share: float = 0.2
    seed: int = 17
    swaps: int = 1  # copies of the training examples with their titles swapped
    overrides: dict[str, Any] | None = None


def build_corpus(plan: Plan) -> dict[str, int]:
    """Write the training and dev DocBins under ``plan.build``; counts for the log."""
    # The pipeline's own tokenizer (no components needed), so spans align as at run time.
    nlp = spacy.load(_base(plan), exclude=["tok2vec", "tagger", "parser", "senter",
                                           "attribute_ruler", "lemmatizer", "ner"])
    examples = collect(plan.sources, plan.case)
    return write(nlp, examples, plan.build, plan.dev_share, plan.seed, plan.swaps)


def _base(plan: Plan) -> str:
    config = spacy.util.load_config(plan.config)
    return str((plan.overrides or {}).get("paths.base", config["paths"]["base"]))


def train(plan: Plan) -> Path:
    """Run ``spacy train`` on the corpus under ``plan.build``; the best model's path."""
    from spacy.cli.train import train as spacy_train

    output = plan.build / "output"
    overrides: dict[str, Any] = {
        "paths.train": str(plan.build / "train.spacy"),
        "paths.dev": str(plan.build / "dev.spacy"),
        "system.seed": plan.seed,
        **(plan.overrides or {}),
    }
    spacy_train(plan.config, output, use_gpu=-1, overrides=overrides)
    return output / "model-best"


def export(model: Path, target: Path) -> None:
    """Copy the trained component (weights, moves, config) into ``target``."""
    nlp = spacy.load(model)
    save_works(nlp, target, COMPONENT)


def run(plan: Plan) -> dict[str, int]:
    """Corpus, training and export: what ``make train`` does before it reports."""
    stats = build_corpus(plan)
    export(train(plan), plan.target)
    return stats


def digest(path: Path) -> str:
    """A hash of the exported files, to check that two runs gave the same weights."""
    sha = hashlib.sha256()
    for name in sorted(os.listdir(path)):
        if (path / name).is_file():
            sha.update(name.encode())
            sha.update((path / name).read_bytes())
    return sha.hexdigest()[:16]


def size(path: Path) -> int:
    return sum((path / n).stat().st_size for n in os.listdir(path) if (path / n).is_file())
