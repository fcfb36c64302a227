"""`marquee evaluate GOLD PATH...`: run the extractor on the gold file's documents and score it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from marquee.cli import app
from marquee.cli.inert import console
from marquee.cli.textwork import extract_documents, load_pipeline
from marquee.config import Settings, check_model

if TYPE_CHECKING:
    from marquee.sources import Document


def _parse_types(value: str | None) -> list[str]:
    from marquee.evaluate import ALL_TYPES

    if not value:
        return list(ALL_TYPES)
    types = list(dict.fromkeys(t.strip() for t in value.split(",") if t.strip()))
    unknown = [t for t in types if t not in ALL_TYPES]
    if unknown or not types:
        raise typer.BadParameter(
            f"unknown type(s): {', '.join(unknown) or value!r}; known: {','.join(ALL_TYPES)}",
            param_hint="--types",
        )
    return types


def _labelled(label: str, style: str, message: str) -> Text:
    """``label`` in ``style``, then ``message`` as plain text (never read as markup)."""
    return Text.assemble((label, style), " ", message)


def _id_list(path: Path, err: Console) -> set[str]:
    try:
        with open(path, encoding="utf-8") as handle:
            return {line.strip() for line in handle if line.strip()}
    except OSError as exc:
        err.print(_labelled("error:", "red", f"cannot read document list {path}: {exc.strerror}"))
        raise typer.Exit(2) from None


def _restrict(
    records: list[dict[str, Any]], docs: Path | None, skip: Path | None, err: Console
) -> list[dict[str, Any]]:
    """The gold records of the documents ``docs`` lists, less those ``skip`` lists."""
    if docs is not None:
        keep = _id_list(docs, err)
        records = [r for r in records if r["doc"] in keep]
    if skip is not None:
        drop = _id_list(skip, err)
        records = [r for r in records if r["doc"] not in drop]
    return records


@app.command("evaluate")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSON Lines of FACTS.md records).")],
    paths: Annotated[
        list[str],
        typer.Argument(help="Inputs holding the gold documents: files, directories, globs, -."),
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON object instead of tables.")
    ] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List every false positive and miss.")
    ] = False,
    types: Annotated[
        str | None,
        typer.Option("--types", help="Comma-separated record types to score (default: all)."),
    ] = None,
    docs: Annotated[
        Path | None,
        typer.Option("--docs", help="Score only the documents whose ids this file lists."),
    ] = None,
    skip_docs: Annotated[
        Path | None,
        typer.Option("--skip-docs", help="Leave out the documents whose ids this file lists."),
    ] = None,
) -> None:
    """Score the extractor against GOLD on the documents in PATH... (exit 0 whatever the score)."""
    from marquee.evaluate import GoldFormatError, load_gold, print_report, report_json
    from marquee.evaluate import score as score_records
    from marquee.sources import Rejected, read_inputs

    model = check_model(Settings.from_env().model)
    err = console(stderr=True, soft_wrap=True)  # a message is one line, however long
    selected = _parse_types(types)
    try:
        gold_records = load_gold(gold)
    except GoldFormatError as exc:
        err.print(_labelled("error:", "red", f"malformed gold file: {exc}"))
        raise typer.Exit(2) from None
    except OSError as exc:
        err.print(_labelled("error:", "red", f"cannot read gold file {gold}: {exc.strerror}"))
        raise typer.Exit(2) from None

    gold_records = _restrict(gold_records, docs, skip_docs, err)
    wanted = {r["doc"] for r in gold_records}
    documents: list[Document] = []
    seen: set[str] = set()
    for item in read_inputs(paths):
        if isinstance(item, Rejected):
            err.print(_labelled("rejected:", "yellow", str(item)))
        elif item.id in wanted and item.id not in seen:
            seen.add(item.id)
            documents.append(item)
    missing = sorted(wanted - seen)
    if missing:
        shown = ", ".join(missing[:10]) + (" …" if len(missing) > 10 else "")
        err.print(_labelled(
            "warning:", "yellow", f"{len(missing)} of {len(wanted)} gold document(s) not found "
            f"in the inputs; they are not scored: {shown}"))

    predicted: list[dict[str, Any]] = []
    if documents:
        nlp = load_pipeline(model)

        def failed(document: Document, reason: str) -> None:
            err.print(_labelled("rejected:", "yellow", f"{document.source}: {reason}"))

        for _document, facts in extract_documents(nlp, documents, on_failure=failed):
            predicted.extend(fact.to_dict() for fact in facts)

    report = score_records(
        gold_records,
        predicted,
        types=selected,
        documents=seen,
        texts={d.id: d.text for d in documents},
    )
    if as_json:
        typer.echo(report_json(report, errors=errors, missing_documents=missing))
    else:
        print_report(report, console(), errors=errors)
