"""Fact records: the shape of ../shared/spec/FACTS.md as typed dataclasses.

Every record has ``doc``, ``evidence`` (character offsets into the body) and
``confidence``; ``to_dict`` gives the JSON shape of the spec, ``fact_from_dict`` reads it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int


@dataclass(kw_only=True)
class Fact:
    type: ClassVar[str] = ""
    doc: str
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.8
    path: str = ""  # the decider that produced it ("credit.by"), for calibration

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        out: dict[str, Any] = {"doc": data.pop("doc"), "type": self.type}
        evidence = data.pop("evidence")
        confidence = data.pop("confidence")
        path = data.pop("path")
        out.update(data)
        out["evidence"] = evidence
        out["confidence"] = round(confidence, 3)
        if path:
            out["path"] = path
        return out

    def payload(self) -> dict[str, Any]:
        """The type-specific fields only."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("doc", "evidence", "confidence", "path")
        }


@dataclass(kw_only=True)
class Work(Fact):
    type: ClassVar[str] = "work"
    title: str
    kind: str = "unknown"  # series, film, special, unknown


@dataclass(kw_only=True)
class Status(Fact):
    type: ClassVar[str] = "status"
    work: str
    season: int | None
    status: str
    date: str | None


@dataclass(kw_only=True)
class Credit(Fact):
    type: ClassVar[str] = "credit"
    work: str
    season: int | None
    person: str
    role: str
    character: str | None = None


@dataclass(kw_only=True)
class Company(Fact):
    type: ClassVar[str] = "company"
    work: str
    company: str
    role: str  # network, production_company, distributor


@dataclass(kw_only=True)
class Quote(Fact):
    type: ClassVar[str] = "quote"
    speaker: str
    text: str
    kind: str  # direct, indirect
    via: str | None = None
    work: str | None = None


@dataclass(kw_only=True)
class Post(Fact):
    type: ClassVar[str] = "post"
    platform: str
    author: str | None
    handle: str | None
    date: str | None
    url: str | None
    text: str


@dataclass(kw_only=True)
class Metric(Fact):
    type: ClassVar[str] = "metric"
    work: str | None
    measure: str  # audience, ranking, episodes, budget, other
    value: float | int | None
    unit: str | None
    period: str | None
    text: str


@dataclass(kw_only=True)
class Genre(Fact):
    type: ClassVar[str] = "genre"
    work: str
    genre: str


@dataclass(kw_only=True)
class Location(Fact):
    type: ClassVar[str] = "location"
    work: str
    season: int | None
    place: str
    role: str  # setting, filming


@dataclass(kw_only=True)
class Character(Fact):
    type: ClassVar[str] = "character"
    work: str
    character: str
    description: str | None = None


FACT_TYPES: dict[str, type[Fact]] = {
    cls.type: cls
    for cls in (Work, Status, Credit, Company, Quote, Post, Metric, Genre, Location, Character)
}


def fact_from_dict(data: dict[str, Any]) -> Fact:
    """Build a record from its JSON shape; unknown keys (like ``optional``) are ignored."""
    cls = FACT_TYPES[data["type"]]
    names = {f.name for f in fields(cls)}
    kwargs = {k: v for k, v in data.items() if k in names and k != "evidence"}
    kwargs["evidence"] = [Evidence(e["start"], e["end"]) for e in data.get("evidence", [])]
    return cls(**kwargs)
