"""Score predicted fact records against a gold file (FACTS.md, "How a gold file is scored").

Records are plain dicts in the FACTS.md shape (``Fact.to_dict()`` or a gold JSONL line).
Only documents the gold file covers are scored. Within each (document, type) gold and
predicted records are matched one to one, greedily: required gold first, then optional
gold; for quotes the candidate pairs are taken best token-F1 first. A prediction that
matches an optional gold record is ignored; an unmatched optional gold record is not a
miss; every other unmatched prediction (duplicates of an already matched gold included)
is a false positive, and every other unmatched gold record a false negative.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from marquee.evaluate.normalise import (
    normalise_number,
    normalise_role,
    normalise_season,
    normalise_text,
    token_f1,
)
from marquee.extract.records import FACT_TYPES

Record = Mapping[str, Any]

ALL_TYPES: tuple[str, ...] = tuple(FACT_TYPES)

# Key fields per type, each with its normaliser.
KEY_FIELDS: dict[str, tuple[tuple[str, Callable[[Any], Any]], ...]] = {
    "work": (("title", normalise_text),),
    "status": (("work", normalise_text), ("season", normalise_season), ("status", normalise_text)),
    "credit": (("work", normalise_text), ("person", normalise_text), ("role", normalise_role)),
    "company": (("work", normalise_text), ("company", normalise_text), ("role", normalise_text)),
    "quote": (("speaker", normalise_text),),  # plus text token-F1, see QUOTE_F1
    "post": (("platform", normalise_text), ("handle", normalise_text)),
    "metric": (("work", normalise_text), ("measure", normalise_text), ("value", normalise_number)),
    "genre": (("work", normalise_text), ("genre", normalise_text)),
    "location": (("work", normalise_text), ("place", normalise_text), ("role", normalise_text)),
    "character": (("work", normalise_text), ("character", normalise_text)),
}

QUOTE_F1 = 0.6
SNIPPET_CHARS = 240


def _exact(value: Any) -> Any:
    return None if value is None else str(value).strip() or None


# "Also reported" accuracies over matched (true positive) pairs:
# name -> (type, field, normaliser, which gold records count).
ACCURACIES: dict[str, tuple[str, str, Callable[[Any], Any], Callable[[Record], bool]]] = {
    "work.kind": ("work", "kind", normalise_text, lambda g: True),
    "status.date": ("status", "date", _exact, lambda g: True),
    "credit.character (cast)": (
        "credit",
        "character",
        normalise_text,
        lambda g: normalise_text(g.get("role")) == "cast",
    ),
    "quote.kind": ("quote", "kind", normalise_text, lambda g: True),
    "quote.via": ("quote", "via", normalise_text, lambda g: True),
    "post.date": ("post", "date", _exact, lambda g: True),
}


def record_key(record: Record) -> tuple[Any, ...]:
    """The normalised key fields of a record (for a quote: the speaker only)."""
    return tuple(norm(record.get(name)) for name, norm in KEY_FIELDS[record["type"]])


def key_fields(record: Record) -> dict[str, Any]:
    """The raw key fields of a record (quote: speaker and text), for error listings."""
    names = [name for name, _ in KEY_FIELDS[record["type"]]]
    if record["type"] == "quote":
        names.append("text")
    return {name: record.get(name) for name in names}


def match_score(gold: Record, pred: Record) -> float | None:
    """How well ``pred`` matches ``gold`` (same type assumed): None if it does not match."""
    if record_key(gold) != record_key(pred):
        return None
    if gold["type"] == "quote":
        f1 = token_f1(gold.get("text"), pred.get("text"))
        return f1 if f1 >= QUOTE_F1 else None
    return 1.0


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: TypeScore) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        value = self.value
        return {
            "accuracy": None if value is None else round(value, 4),
            "correct": self.correct,
            "total": self.total,
        }


@dataclass
class ErrorRecord:
    """A false positive (``kind="fp"``) or a miss (``kind="fn"``)."""

    kind: str
    type: str
    doc: str
    record: dict[str, Any]
    snippet: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "type": self.type,
            "doc": self.doc,
            "key": key_fields(self.record),
            "record": self.record,
            "snippet": self.snippet,
        }


@dataclass
class Report:
    types: tuple[str, ...]
    per_type: dict[str, TypeScore]
    micro: TypeScore
    accuracies: dict[str, Accuracy]
    documents: list[str]
    errors: list[ErrorRecord] = field(default_factory=list)
    ignored: int = 0  # predictions that matched an optional gold record
    # Every scored prediction with what became of it: "tp", "fp" or "ignored".
    outcomes: list[tuple[Record, str]] = field(default_factory=list)

    @property
    def false_positives(self) -> list[ErrorRecord]:
        return [e for e in self.errors if e.kind == "fp"]

    @property
    def misses(self) -> list[ErrorRecord]:
        return [e for e in self.errors if e.kind == "fn"]

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "documents": len(self.documents),
            "types": {t: self.per_type[t].to_dict() for t in self.types},
            "micro": self.micro.to_dict(),
            "accuracies": {
                name: acc.to_dict()
                for name, acc in self.accuracies.items()
                if ACCURACIES[name][0] in self.types
            },
            "ignored_optional_matches": self.ignored,
        }
        if errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


def evidence_snippet(record: Record, text: str | None, limit: int = SNIPPET_CHARS) -> str | None:
    """The record's evidence spans cut from ``text``, joined with `` … `` and shortened."""
    if text is None:
        return None
    parts: list[str] = []
    for span in record.get("evidence") or []:
        try:
            start, end = int(span["start"]), int(span["end"])
        except (KeyError, TypeError, ValueError):
            continue
        piece = " ".join(text[max(start, 0) : max(end, 0)].split())
        if piece:
            parts.append(piece)
    if not parts:
        return None
    snippet = " … ".join(parts)
    return snippet if len(snippet) <= limit else snippet[: limit - 1].rstrip() + "…"


def _match(
    gold: Sequence[Record], preds: Sequence[Record]
) -> tuple[list[tuple[int, int]], list[int], set[int], list[int]]:
    """Greedy one-to-one matching for one (document, type).

    Returns (required gold/pred pairs, unmatched required gold indices, predictions
    ignored because they matched optional gold, unmatched prediction indices).
    """
    candidates: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            score = match_score(g, p)
            if score is not None:
                candidates.append((score, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))

    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    ignored: set[int] = set()
    for optional_phase in (False, True):
        for _, gi, pi in candidates:
            if gi in used_gold or pi in used_pred:
                continue
            if bool(gold[gi].get("optional")) != optional_phase:
                continue
            used_gold.add(gi)
            used_pred.add(pi)
            if optional_phase:
                ignored.add(pi)
            else:
                pairs.append((gi, pi))
    misses = [gi for gi, g in enumerate(gold) if gi not in used_gold and not g.get("optional")]
    unmatched = [pi for pi in range(len(preds)) if pi not in used_pred]
    return pairs, misses, ignored, unmatched


def score(
    gold: Iterable[Record],
    predicted: Iterable[Record],
    *,
    types: Iterable[str] | None = None,
    documents: Iterable[str] | None = None,
    texts: Mapping[str, str] | None = None,
) -> Report:
    """Score ``predicted`` records against ``gold`` records.

    ``types`` restricts scoring to those record types (default: all). ``documents``
    restricts it to those document ids (default: every document the gold file covers;
    ids outside the gold file are never scored). ``texts`` maps a document id to its
    body text, used only to cut evidence snippets for the error lists.
    """
    selected = tuple(types) if types is not None else ALL_TYPES
    unknown = [t for t in selected if t not in KEY_FIELDS]
    if unknown:
        raise ValueError(f"unknown record type(s): {', '.join(unknown)}")
    gold_list = [dict(g) for g in gold]
    covered = {str(g["doc"]) for g in gold_list}
    if documents is not None:
        covered &= {str(d) for d in documents}

    gold_by: dict[tuple[str, str], list[Record]] = defaultdict(list)
    pred_by: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for g in gold_list:
        if g["doc"] in covered and g.get("type") in selected:
            gold_by[(g["doc"], g["type"])].append(g)
    for p in predicted:
        if p.get("doc") in covered and p.get("type") in selected:
            pred_by[(p["doc"], p["type"])].append(dict(p))

    per_type = {t: TypeScore() for t in selected}
    accuracies = {name: Accuracy() for name, spec in ACCURACIES.items() if spec[0] in selected}
    errors: list[ErrorRecord] = []
    outcomes: list[tuple[Record, str]] = []
    ignored_total = 0
    texts = texts or {}

    for doc, rtype in sorted(set(gold_by) | set(pred_by)):
        g_recs, p_recs = gold_by.get((doc, rtype), []), pred_by.get((doc, rtype), [])
        pairs, misses, ignored, unmatched = _match(g_recs, p_recs)
        counts = per_type[rtype]
        counts.tp += len(pairs)
        counts.fn += len(misses)
        counts.fp += len(unmatched)
        ignored_total += len(ignored)
        text = texts.get(doc)
        for gi in misses:
            rec = dict(g_recs[gi])
            errors.append(ErrorRecord("fn", rtype, doc, rec, evidence_snippet(rec, text)))
        for pi in unmatched:
            rec = dict(p_recs[pi])
            errors.append(ErrorRecord("fp", rtype, doc, rec, evidence_snippet(rec, text)))
        outcomes.extend((p_recs[pi], "tp") for _, pi in pairs)
        outcomes.extend((p_recs[pi], "ignored") for pi in ignored)
        outcomes.extend((p_recs[pi], "fp") for pi in unmatched)
        for name, (atype, fname, norm, applies) in ACCURACIES.items():
            if atype != rtype or name not in accuracies:
                continue
            for gi, pi in pairs:
                if applies(g_recs[gi]):
                    acc = accuracies[name]
                    acc.total += 1
                    acc.correct += norm(g_recs[gi].get(fname)) == norm(p_recs[pi].get(fname))

    micro = TypeScore()
    for t in selected:
        micro.add(per_type[t])
    return Report(
        types=selected,
        per_type=per_type,
        micro=micro,
        accuracies=accuracies,
        documents=sorted(covered),
        errors=errors,
        ignored=ignored_total,
        outcomes=outcomes,
    )
