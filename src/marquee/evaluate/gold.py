"""Read a gold file: JSON Lines of FACTS.md records, optionally with ``"optional": true``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marquee.extract.records import FACT_TYPES


class GoldFormatError(ValueError):
    """A gold line that is not a record; ``str()`` names ``file:line``."""

    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


def parse_gold_line(text: str, path: str = "<gold>", line: int = 1) -> dict[str, Any]:
    """One gold record from one JSON line; raises GoldFormatError if it is not one."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(path, line, f"not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise GoldFormatError(path, line, "expected a JSON object")
    doc = record.get("doc")
    if not isinstance(doc, str) or not doc:
        raise GoldFormatError(path, line, 'missing or empty "doc"')
    rtype = record.get("type")
    if rtype not in FACT_TYPES:
        known = ", ".join(FACT_TYPES)
        raise GoldFormatError(path, line, f"unknown type {rtype!r} (expected one of: {known})")
    optional = record.get("optional", False)
    if not isinstance(optional, bool):
        raise GoldFormatError(path, line, '"optional" must be true or false')
    return record


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """All records of a gold JSONL file (blank lines skipped)."""
    name = str(path)
    records: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as handle:
        for number, text in enumerate(handle, start=1):
            if text.strip():
                records.append(parse_gold_line(text, name, number))
    return records
