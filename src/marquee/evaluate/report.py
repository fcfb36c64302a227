"""Render a scoring Report as Rich tables (for the terminal) or JSON."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from marquee.evaluate.bands import confidence_bands
from marquee.evaluate.scorer import Report, key_fields


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def scores_table(report: Report) -> Table:
    table = Table(title=f"Scores over {len(report.documents)} document(s)")
    table.add_column("type")
    for name in ("P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(name, justify="right")
    rows = [(t, report.per_type[t]) for t in report.types]
    for i, (name, s) in enumerate([*rows, ("micro", report.micro)]):
        table.add_row(
            name,
            _fmt(s.precision),
            _fmt(s.recall),
            _fmt(s.f1),
            str(s.tp),
            str(s.fp),
            str(s.fn),
            end_section=i == len(rows) - 1,
            style="bold" if name == "micro" else None,
        )
    return table


def accuracy_table(report: Report) -> Table:
    table = Table(title="Also reported (over matched pairs)")
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("correct/total", justify="right")
    for name, acc in report.accuracies.items():
        table.add_row(name, _fmt(acc.value), f"{acc.correct}/{acc.total}")
    return table


def bands_table(report: Report) -> Table:
    table = Table(title="Precision by confidence band")
    table.add_column("confidence")
    for name in ("facts", "TP", "FP", "precision"):
        table.add_column(name, justify="right")
    for band in confidence_bands(report.outcomes):
        table.add_row(band.label, str(band.count), str(band.tp), str(band.fp),
                      _fmt(band.precision))
    return table


def _describe(key: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in key.items())


def errors_table(report: Report) -> Table:
    table = Table(title="Errors (FP: false positive, FN: miss)", show_lines=True)
    table.add_column("", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("doc", overflow="fold")
    table.add_column("key", overflow="fold")
    table.add_column("evidence", overflow="fold")
    for e in sorted(report.errors, key=lambda e: (e.doc, e.type, e.kind)):
        table.add_row(
            e.kind.upper(), e.type, e.doc, _describe(key_fields(e.record)), e.snippet or ""
        )
    return table


def print_report(report: Report, console: Console, errors: bool = False) -> None:
    """The per-type table, the accuracies and (with ``errors``) every FP and miss."""
    console.print(scores_table(report))
    if report.accuracies:
        console.print(accuracy_table(report))
    if report.outcomes:
        console.print(bands_table(report))
    if report.ignored:
        console.print(f"{report.ignored} prediction(s) matched optional gold records (ignored).")
    if errors:
        if report.errors:
            console.print(errors_table(report))
        else:
            console.print("No errors.")


def report_json(report: Report, errors: bool = False, **extra: Any) -> str:
    data = report.to_dict(errors=errors)
    data["confidence_bands"] = [b.to_dict() for b in confidence_bands(report.outcomes)]
    data.update(extra)
    return json.dumps(data, indent=2, ensure_ascii=False)
