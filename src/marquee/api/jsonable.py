"""Card, timeline and conflict dataclasses as plain JSON values."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any


def jsonable(value: Any) -> Any:
    """``value`` with dataclasses as dicts, dates as ISO strings, tuples as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value
