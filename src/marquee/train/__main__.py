"""``make train``: build the corpus, train ``marquee_works``, export it, report its scores.

    python -m marquee.train [--shared ../shared] [--max-steps N] [--no-report]

The report gives the component's own span precision/recall/F1 (WORK entities of the
loaded pipeline against the marked titles), aggregate only: on the held fold (never
trained on), on the seeded dev slice (held out of training, it picks the checkpoint) and
on the shared dev documents (trained on, except those in the dev slice).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from marquee.config import DEFAULT_MODEL
from marquee.nlp.works import WEIGHTS_DIR
from marquee.train.corpus import CaseRule, Example, Sources, collect, read_ids, split
from marquee.train.fit import Plan, build_corpus, digest, export, size, train
from marquee.train.score import span_score

ROOT = Path.cwd()
LATER = ("marquee_people", "marquee_titles", "marquee_pronouns", "marquee_seasons",
         "marquee_refs")


def _args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m marquee.train", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--fold", type=Path, default=ROOT / "eval" / "fold.docs.txt")
    parser.add_argument("--config", type=Path, default=ROOT / "training" / "works.cfg")
    parser.add_argument("--build", type=Path, default=ROOT / "build" / "works")
    parser.add_argument("--target", type=Path, default=WEIGHTS_DIR)
    parser.add_argument("--case", type=CaseRule, default=CaseRule.MULTIWORD,
                        choices=list(CaseRule))
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--no-report", action="store_true")
    return parser.parse_args()


def report(args: argparse.Namespace, plan: Plan) -> None:
    from marquee.nlp.pipeline import load_pipeline

    nlp = load_pipeline(DEFAULT_MODEL, args.target)
    eval_dir, corpus = args.shared / "eval", args.shared / "corpus"
    texts = [corpus / "tv-news.jsonl", corpus / "modern.jsonl", corpus / "seed"]
    fold = read_ids(args.fold)
    sets: dict[str, list[Example]] = {
        "fold (held, never trained on)": collect(
            Sources(gold=[eval_dir / "train.gold.jsonl"], texts=texts, only_docs=fold),
            plan.case),
        "dev slice (held out of training)": split(collect(plan.sources, plan.case),
                                                  plan.dev_share, plan.seed)[1],
        "shared dev (trained on but its slice part)": collect(
            Sources(gold=[eval_dir / "dev.gold.jsonl"], texts=texts, skip_docs=fold),
            plan.case),
    }
    print("marquee_works span scores (WORK entities against marked titles):")
    for name, examples in sets.items():
        print(f"  {name:44} {span_score(nlp, examples, disable=LATER)}")


def main() -> None:
    args = _args()
    overrides = {} if args.max_steps is None else {"training.max_steps": args.max_steps}
    plan = Plan(
        sources=Sources.standard(args.shared, args.data, args.fold),
        config=args.config,
        build=args.build,
        target=args.target,
        case=args.case,
        overrides=overrides,
    )
    began = time.monotonic()
    stats = build_corpus(plan)
    print("corpus:", ", ".join(f"{k} {v}" for k, v in stats.items()))
    export(train(plan), plan.target)
    trained = time.monotonic()
    print(f"exported {plan.target} ({size(plan.target) / 1e6:.2f} MB, "
          f"digest {digest(plan.target)}) after {trained - began:.0f}s")
    if not args.no_report:
        report(args, plan)
        print(f"report took {time.monotonic() - trained:.0f}s")


if __name__ == "__main__":
    main()
