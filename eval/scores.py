"""Where extraction stands on every gold set we may read, in one run.

    python eval/scores.py [--shared ../shared] [--errors TYPE[,TYPE]] [--save PATH]

Extracts once over the seed, dev and train documents and our own annotated articles
(data/synthetic), then scores: the seed, dev, the train documents outside the held fold
("train-fit"), all train documents, the held fold, and the synthetic articles ("synth"). For the fold only aggregate numbers are printed: its errors are never listed
(`eval/fold.docs.txt`). ``--errors`` lists misses and false positives of the given types
on dev, train-fit and synth only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marquee.config import Settings
from marquee.evaluate import load_gold, score
from marquee.extract import extract_documents
from marquee.nlp.pipeline import load_pipeline
from marquee.sources import Document, read_inputs

HERE = Path(__file__).parent
TYPES = ("work", "status", "credit", "company", "quote", "post", "metric", "genre", "location",
         "character")


def ids(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text().splitlines() if line.strip()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    parser.add_argument("--errors", default="")
    parser.add_argument("--save", default="")
    args = parser.parse_args()
    shared = Path(args.shared)
    fold = ids(HERE / "fold.docs.txt")
    gold = {
        "seed": load_gold(shared / "eval/seed.gold.jsonl"),
        "dev": load_gold(shared / "eval/dev.gold.jsonl"),
        "train": load_gold(shared / "eval/train.gold.jsonl"),
    }
    gold["train-fit"] = [g for g in gold["train"] if g["doc"] not in fold]
    gold["fold"] = [g for g in gold["train"] if g["doc"] in fold]
    synthetic = sorted((HERE.parent / "data/synthetic").glob("*.gold.jsonl"))
    gold["synth"] = [g for path in synthetic for g in load_gold(path)]
    wanted = {g["doc"] for records in gold.values() for g in records}
    inputs = [str(shared / "corpus/seed"), str(shared / "corpus/tv-news.jsonl"),
              str(shared / "corpus/modern.jsonl")]
    inputs += [str(p).replace(".gold.jsonl", ".jsonl") for p in synthetic]
    documents: dict[str, Document] = {}
    for item in read_inputs(inputs):
        if isinstance(item, Document) and item.id in wanted:
            documents.setdefault(item.id, item)
    nlp = load_pipeline(Settings.from_env().model)
    predicted = []
    for _doc, facts in extract_documents(nlp, list(documents.values())):
        predicted.extend(f.to_dict() for f in facts)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            for record in predicted:
                if record["doc"] not in fold:
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    texts = {d: doc.text for d, doc in documents.items()}
    order = ("seed", "dev", "train-fit", "train", "fold", "synth")
    reports = {name: score(gold[name], predicted, texts=texts) for name in order}
    print(f"{'type':10}" + "".join(f"{name:>11}" for name in order))
    for t in (*TYPES, "micro"):
        row = []
        for name in order:
            r = reports[name]
            s = r.micro if t == "micro" else r.per_type[t]
            row.append(f"{s.f1:11.3f}")
        print(f"{t:10}" + "".join(row))
    print(f"{'P / R':10}" + "".join(f"{name:>13}" for name in ("train-fit", "fold")))
    for t in TYPES:
        cells = [f"{reports[n].per_type[t].precision:6.2f} /{reports[n].per_type[t].recall:5.2f}"
                 for n in ("train-fit", "fold")]
        print(f"{t:10}" + "".join(f"{c:>13}" for c in cells))
    for name in order:
        m = reports[name].micro
        print(f"{name:10} P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f} "
              f"(TP {m.tp} FP {m.fp} FN {m.fn})")
    wanted_types = {t for t in args.errors.split(",") if t}
    if wanted_types:
        for name in ("dev", "train-fit", "synth"):
            for e in reports[name].errors:
                if e.type in wanted_types and e.doc not in fold:
                    print(json.dumps({"set": name, **e.to_dict()}, ensure_ascii=False),
                          file=sys.stdout)


if __name__ == "__main__":
    main()
