"""Build the calibration table: each extractor path's precision on the train documents
outside the held fold.

    python -m marquee.evaluate.calibrate [--shared ../shared] [--out PATH]

Runs extraction over ``train.gold.jsonl``'s documents minus ``eval/fold.docs.txt``, scores
them, and counts each path's true and false positives (predictions that matched an
optional gold record count for neither). A path's precision is smoothed toward its type's
(a Beta prior of ``PRIOR`` facts), so a path seen twice does not claim 0 or 1. Writes
``src/marquee/extract/calibration.json`` by default (`make calibrate`).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

PRIOR = 4.0  # how many facts the type's precision is worth in a path's estimate
ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parents[1] / "extract" / "calibration.json"


def _counts(outcomes: Iterable[tuple[Mapping[str, Any], str]], key: str) -> dict[str, list[int]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for record, outcome in outcomes:
        if outcome == "ignored":
            continue
        name = record.get("path") or record["type"] if key == "path" else record["type"]
        counts[str(name)][0 if outcome == "tp" else 1] += 1
    return counts


def build_table(outcomes: list[tuple[Mapping[str, Any], str]]) -> dict[str, Any]:
    """The table from scored predictions: per type, per path, and a default."""
    by_type = _counts(outcomes, "type")
    tp_all = sum(tp for tp, _ in by_type.values())
    n_all = sum(tp + fp for tp, fp in by_type.values())
    default = tp_all / n_all if n_all else 0.5
    types = {
        t: {"precision": round((tp + PRIOR * default) / (tp + fp + PRIOR), 3), "tp": tp, "fp": fp}
        for t, (tp, fp) in sorted(by_type.items())
    }
    type_of = {str(r.get("path") or r["type"]): r["type"] for r, _ in outcomes}
    paths = {}
    for path, (tp, fp) in sorted(_counts(outcomes, "path").items()):
        prior = types[type_of[path]]["precision"]
        paths[path] = {"precision": round((tp + PRIOR * prior) / (tp + fp + PRIOR), 3),
                       "tp": tp, "fp": fp}
    return {"default": round(default, 3), "prior": PRIOR, "types": types, "paths": paths}


def main() -> None:
    from marquee.config import Settings
    from marquee.evaluate import load_gold, score
    from marquee.extract import extract_documents
    from marquee.nlp.pipeline import load_pipeline
    from marquee.sources import Document, read_inputs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--fold", default=str(ROOT / "eval" / "fold.docs.txt"))
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args()
    shared = Path(args.shared)
    fold = set(Path(args.fold).read_text(encoding="utf-8").split())
    gold = [g for g in load_gold(shared / "eval" / "train.gold.jsonl") if g["doc"] not in fold]
    wanted = {g["doc"] for g in gold}
    inputs = [str(shared / "corpus" / "tv-news.jsonl"), str(shared / "corpus" / "modern.jsonl")]
    documents = {d.id: d for d in read_inputs(inputs) if isinstance(d, Document) and d.id in wanted}
    nlp = load_pipeline(Settings.from_env().model)
    predicted = [f.to_dict() for _, facts in extract_documents(nlp, list(documents.values()))
                 for f in facts]
    report = score(gold, predicted)
    data = build_table(report.outcomes)
    data["documents"] = len(documents)
    Path(args.out).write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"calibration: {len(data['paths'])} paths over {len(documents)} documents "
          f"-> {args.out}")
    for path, row in sorted(data["paths"].items(), key=lambda kv: kv[1]["precision"]):
        print(f"  {row['precision']:.3f}  {row['tp']:4d} tp {row['fp']:4d} fp  {path}")


if __name__ == "__main__":
    main()
