"""Throughput of Marquee against the plain spaCy pipeline it is built on.

    python bench/bench.py DIR_OR_FILES... [--limit N] [--batch-size 32] [--repeat 1]

Reads documents with ``marquee.sources.read_inputs`` and, in one process, measures

* raw spaCy: ``spacy.load(model)`` (the plain model, ``Settings.from_env().model``) run
  over every body text with ``nlp.pipe(texts, batch_size=...)``; docs are discarded;
* Marquee: ``extract_documents(load_pipeline(model), documents)``, consuming every fact.

Both pipelines are loaded and warmed up on a few documents first. Each round runs raw
spaCy then Marquee; with ``--repeat N`` the best (fastest) round of each is reported.
Timing runs are done without tracemalloc (it slows Python allocations down); peak Python
memory is then measured in a separate tracemalloc pass per pipeline (skip with
``--no-memory``). ``maxrss`` is the process's peak resident set size (ru_maxrss), which
only ever grows: the delta shows how much a phase raised the process peak.

Words are whitespace-split tokens of the body texts (the same count for both). The last
line printed is ``ratio R``: Marquee words/s divided by raw spaCy words/s. The result is
also written to ``bench/results/latest.json``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import spacy

from marquee.config import Settings
from marquee.extract import extract_documents
from marquee.nlp.pipeline import load_pipeline
from marquee.sources import Document, Rejected, read_inputs

RESULTS = Path(__file__).resolve().parent / "results"
WARMUP_DOCS = 5


def maxrss_mib() -> float:
    """Peak resident set size of this process so far, in MiB."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


@dataclass
class Measure:
    name: str
    seconds: float
    docs_per_s: float
    words_per_s: float
    facts: int | None = None
    tracemalloc_peak_mib: float | None = None
    maxrss_after_mib: float | None = None
    maxrss_delta_mib: float | None = None


def run_raw(nlp: Any, texts: list[str], batch_size: int) -> int | None:
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    return None


def run_marquee(nlp: Any, docs: list[Document], batch_size: int) -> int:
    facts = 0
    for _document, records in extract_documents(nlp, docs, batch_size=batch_size):
        facts += len(records)
    return facts


def timed(fn: Callable[[], int | None]) -> tuple[float, int | None]:
    gc.collect()
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def traced_peak(fn: Callable[[], int | None]) -> float:
    """Peak Python allocations (MiB) while ``fn`` runs, via tracemalloc."""
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / (1024 * 1024)


def read_documents(paths: list[str], limit: int | None) -> tuple[list[Document], int]:
    docs: list[Document] = []
    rejected = 0
    for item in read_inputs(paths):
        if isinstance(item, Rejected):
            rejected += 1
            print(f"rejected: {item}", file=sys.stderr)
            continue
        docs.append(item)
        if limit is not None and len(docs) >= limit:
            break
    return docs, rejected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="corpus directories, files, globs or -")
    parser.add_argument("--limit", type=int, default=None, help="use the first N documents")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--repeat", type=int, default=1, help="timing rounds (best is kept)")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc passes")
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)

    model = Settings.from_env().model
    docs, rejected = read_documents(args.paths, args.limit)
    if not docs:
        print("no documents read", file=sys.stderr)
        return 2
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)
    print(f"model {model}, spaCy {spacy.__version__}, {os.cpu_count()} CPU(s)")
    print(f"{len(docs)} documents ({rejected} rejected), {words} words, {chars} chars")

    rss_start = maxrss_mib()
    raw_nlp = spacy.load(model)
    marquee_nlp = load_pipeline(model)
    print(f"raw pipes:     {raw_nlp.pipe_names}")
    print(f"marquee pipes: {marquee_nlp.pipe_names}")
    rss_loaded = maxrss_mib()

    # Warm-up: both pipelines on a few documents.
    run_raw(raw_nlp, texts[:WARMUP_DOCS], args.batch_size)
    run_marquee(marquee_nlp, docs[:WARMUP_DOCS], args.batch_size)

    raw_fn: Callable[[], int | None] = lambda: run_raw(raw_nlp, texts, args.batch_size)  # noqa: E731
    marquee_fn: Callable[[], int | None] = lambda: run_marquee(  # noqa: E731
        marquee_nlp, docs, args.batch_size
    )

    best: dict[str, tuple[float, int | None]] = {}
    rss_delta: dict[str, float] = {"raw spaCy": 0.0, "Marquee": 0.0}
    rss_after: dict[str, float] = {}
    for _ in range(max(1, args.repeat)):
        for name, fn in (("raw spaCy", raw_fn), ("Marquee", marquee_fn)):
            before = maxrss_mib()
            seconds, facts = timed(fn)
            rss_after[name] = maxrss_mib()
            rss_delta[name] = max(rss_delta[name], rss_after[name] - before)
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, facts)

    peaks: dict[str, float | None] = {"raw spaCy": None, "Marquee": None}
    if not args.no_memory:
        peaks["raw spaCy"] = traced_peak(raw_fn)
        peaks["Marquee"] = traced_peak(marquee_fn)

    measures = []
    for name, (seconds, facts) in best.items():
        peak = peaks[name]
        measures.append(
            Measure(
                name=name,
                seconds=round(seconds, 3),
                docs_per_s=round(len(docs) / seconds, 2),
                words_per_s=round(words / seconds, 1),
                facts=facts,
                tracemalloc_peak_mib=None if peak is None else round(peak, 1),
                maxrss_after_mib=round(rss_after[name], 1),
                maxrss_delta_mib=round(rss_delta[name], 1),
            )
        )

    header = (
        f"{'pipeline':<10} {'seconds':>8} {'docs/s':>8} {'words/s':>9} {'facts':>6} "
        f"{'py peak MiB':>11} {'maxrss MiB':>10} {'Δmaxrss':>8}"
    )
    print()
    print(header)
    print("-" * len(header))
    for m in measures:
        peak_text = "-" if m.tracemalloc_peak_mib is None else f"{m.tracemalloc_peak_mib:.1f}"
        print(
            f"{m.name:<10} {m.seconds:>8.2f} {m.docs_per_s:>8.1f} {m.words_per_s:>9.0f} "
            f"{'-' if m.facts is None else m.facts:>6} {peak_text:>11} "
            f"{m.maxrss_after_mib:>10.1f} {m.maxrss_delta_mib:>8.1f}"
        )
    print(
        "py peak = tracemalloc peak of Python allocations during a separate pass; "
        "maxrss = process peak RSS after the timed run; Δmaxrss = how much that run raised it "
        f"(process peak before pipelines {rss_start:.0f} MiB, after loading both {rss_loaded:.0f})"
    )

    raw_wps = words / best["raw spaCy"][0]
    marquee_wps = words / best["Marquee"][0]
    ratio = marquee_wps / raw_wps
    result = {
        "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
        "model": model,
        "spacy": spacy.__version__,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "paths": args.paths,
        "limit": args.limit,
        "batch_size": args.batch_size,
        "repeat": max(1, args.repeat),
        "documents": len(docs),
        "rejected": rejected,
        "words": words,
        "chars": chars,
        "order": "warm-up both; each round: raw spaCy then Marquee; best round kept",
        "maxrss_start_mib": round(rss_start, 1),
        "maxrss_loaded_mib": round(rss_loaded, 1),
        "results": [asdict(m) for m in measures],
        "ratio": round(ratio, 4),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.output}")
    print(f"ratio {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
