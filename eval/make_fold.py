"""Split the held fold off the train documents: a quarter of them, a fixed seed.

The fold is never tuned on and its errors are never read; its score is the honest
estimate of how extraction does on articles it has not seen. Run once; the list it
writes (`eval/fold.docs.txt`) is kept in the repository and read by `make train`,
`make calibrate` and `make evaluate`.

    python eval/make_fold.py ../shared/eval/train.docs.txt > eval/fold.docs.txt
"""

from __future__ import annotations

import random
import sys

SEED = 20261202
SHARE = 0.25


def fold(ids: list[str], seed: int = SEED, share: float = SHARE) -> list[str]:
    """A seeded sample of `share` of `ids`, stratified by source: real corpus articles
    (`bbc-zitros-*`, `gothamist-*`) and the written trade-press ones (`S<n>-*`)."""
    rng = random.Random(seed)
    groups: dict[str, list[str]] = {}
    for doc_id in sorted(ids):
        written = doc_id[0] == "S" and doc_id[1].isdigit()
        groups.setdefault("written" if written else "real", []).append(doc_id)
    held: list[str] = []
    for name in sorted(groups):
        members = groups[name]
        held.extend(rng.sample(members, int(len(members) * share + 0.5)))
    return sorted(held)


def main(path: str) -> None:
    ids = [line.strip() for line in open(path, encoding="utf-8") if line.strip()]
    for doc_id in fold(ids):
        print(doc_id)


if __name__ == "__main__":
    main(sys.argv[1])
