"""Precision at each confidence band: does a fact's confidence mean what it says?

A prediction's confidence is the measured precision of the path that made it (see
``marquee.extract.confidence``); on articles like the calibration set, the facts of the
0.7-0.9 band should be right about 70-90% of the time. Predictions that matched an
optional gold record count for neither side.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

EDGES: tuple[float, ...] = (0.0, 0.3, 0.5, 0.7, 0.9, 1.0)


@dataclass
class Band:
    low: float
    high: float
    tp: int = 0
    fp: int = 0

    @property
    def count(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float | None:
        return self.tp / self.count if self.count else None

    @property
    def label(self) -> str:
        return f"{self.low:.1f}-{self.high:.1f}"

    def to_dict(self) -> dict[str, Any]:
        precision = self.precision
        return {"band": self.label, "facts": self.count, "tp": self.tp, "fp": self.fp,
                "precision": None if precision is None else round(precision, 4)}


def confidence_bands(
    outcomes: Iterable[tuple[Mapping[str, Any], str]], edges: tuple[float, ...] = EDGES
) -> list[Band]:
    """One band per pair of edges; the top band includes its upper edge (1.0)."""
    bands = [Band(lo, hi) for lo, hi in zip(edges, edges[1:], strict=False)]
    for record, outcome in outcomes:
        if outcome not in ("tp", "fp"):
            continue
        value = float(record.get("confidence") or 0.0)
        band = next((b for b in bands if b.low <= value < b.high), bands[-1])
        if outcome == "tp":
            band.tp += 1
        else:
            band.fp += 1
    return bands
