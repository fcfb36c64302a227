"""Evaluation: score extracted fact records against a gold file (FACTS.md)."""

from __future__ import annotations

from marquee.evaluate.gold import GoldFormatError, load_gold, parse_gold_line
from marquee.evaluate.normalise import (
    normalise_number,
    normalise_role,
    normalise_season,
    normalise_text,
    token_f1,
)
from marquee.evaluate.report import print_report, report_json
from marquee.evaluate.scorer import (
    ALL_TYPES,
    KEY_FIELDS,
    Accuracy,
    ErrorRecord,
    Report,
    TypeScore,
    match_score,
    record_key,
    score,
)

__all__ = [
    "ALL_TYPES",
    "KEY_FIELDS",
    "Accuracy",
    "ErrorRecord",
    "GoldFormatError",
    "Report",
    "TypeScore",
    "load_gold",
    "match_score",
    "normalise_number",
    "normalise_role",
    "normalise_season",
    "normalise_text",
    "parse_gold_line",
    "print_report",
    "record_key",
    "report_json",
    "score",
    "token_f1",
]
