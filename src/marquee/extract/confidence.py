"""A fact's confidence: the measured precision of the path that produced it.

``calibration.json`` (next to this module) holds, for every extractor path, the share of
its facts that were right on the train documents outside the held fold, smoothed toward
its type's precision when the path made few facts (see ``marquee.evaluate.calibrate``,
run by ``make calibrate``). A path the table does not know takes its type's precision,
else the table's default.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

from marquee.extract.records import Fact

TABLE = "calibration.json"
FALLBACK = 0.5


@lru_cache(maxsize=1)
def table() -> dict[str, Any]:
    """The calibration table shipped with the package (empty when there is none)."""
    try:
        text = resources.files("marquee.extract").joinpath(TABLE).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    data = json.loads(text)
    return data if isinstance(data, dict) else {}


def confidence_of(fact: Fact, calibration: dict[str, Any] | None = None) -> float:
    data = table() if calibration is None else calibration
    paths: dict[str, Any] = data.get("paths", {})
    types: dict[str, Any] = data.get("types", {})
    key = fact.path or fact.type
    if key in paths:
        return float(paths[key]["precision"])
    if fact.type in types:
        return float(types[fact.type]["precision"])
    return float(data.get("default", FALLBACK))


def calibrate(facts: Iterable[Fact], calibration: dict[str, Any] | None = None) -> None:
    """Set every fact's confidence from the table (in place)."""
    for fact in facts:
        fact.confidence = round(confidence_of(fact, calibration), 3)
