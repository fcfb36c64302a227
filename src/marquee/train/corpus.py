"""The training corpus of ``marquee_works``: title spans from the gold and the written data.

Every title of a gold ``work`` record is marked at each of its mentions in the body
(string-matched, see ``CaseRule``), paragraph by paragraph, and in the headline when the
headline names it. Title snippets (``data/titles``: ``{"id", "text", "titles"}``) are marked
as they are written. Documents of the held fold are never read.

The examples are split by source document into a training part and a seeded dev part
(spaCy's checkpoint choice), and written as ``DocBin`` files.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from marquee.sources import Document, read_inputs

LABEL = "WORK"
PARAGRAPH_RE = re.compile(r"[^\n]+")


class CaseRule(StrEnum):
    """How a gold title is matched in the text.

    ``exact``: as written; ``multiword``: titles of two words or more in any case, a
    one-word title as written (the city "Chicago" is no mention of a film "Chicago", and
    lower-case "lanterns" no mention of a show "Lanterns"); ``any``: every title in any case.
    """

    EXACT = "exact"
    MULTIWORD = "multiword"
    ANY = "any"


@dataclass(frozen=True)
class Example:
    """A short text with the character offsets of its WORK spans."""

    id: str
    text: str
    spans: tuple[tuple[int, int], ...]
    group: str  # the document it comes from: examples of one document stay together


@dataclass
class Sources:
    """Where the annotated material lives."""

    gold: list[Path]
    texts: list[Path]
    synthetic: Path | None = None
    titles: Path | None = None
    skip_docs: set[str] = field(default_factory=set)
    only_docs: set[str] | None = None  # when set, these documents and nothing else

    @classmethod
    def standard(cls, shared: Path, data: Path, fold: Path) -> Sources:
        eval_dir, corpus = shared / "eval", shared / "corpus"
        return cls(
            gold=[eval_dir / "train.gold.jsonl", eval_dir / "dev.gold.jsonl",
                  eval_dir / "seed.gold.jsonl"],
            texts=[corpus / "tv-news.jsonl", corpus / "modern.jsonl", corpus / "seed"],
            synthetic=data / "synthetic",
            titles=data / "titles",
            skip_docs=read_ids(fold),
        )


def read_ids(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()}


def _records(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def gold_titles(paths: Iterable[Path], skip: set[str],
                only: set[str] | None = None) -> dict[str, set[str]]:
    """The titles of the ``work`` records of each gold document (maybe none), ``skip``
    left out."""
    titles: dict[str, set[str]] = {}
    for path in paths:
        for record in _records(path):
            doc = record["doc"]
            if doc in skip or (only is not None and doc not in only):
                continue
            found = titles.setdefault(doc, set())  # a document with no work is an example too
            if record.get("type") == "work":
                found.add(record["title"])
    return dict(titles)


def mentions(text: str, titles: Iterable[str], case: CaseRule) -> list[tuple[int, int]]:
    """Character spans of every mention of ``titles``, longest title first, no overlaps."""
    taken: list[tuple[int, int]] = []
    for title in sorted(set(titles), key=len, reverse=True):
        flags = re.IGNORECASE if case is CaseRule.ANY or (
            case is CaseRule.MULTIWORD and len(title.split()) > 1
        ) else 0
        pattern = re.compile(rf"(?<![\w-]){re.escape(title)}(?![\w])", flags)
        for m in pattern.finditer(text):
            if not any(m.start() < end and start < m.end() for start, end in taken):
                taken.append((m.start(), m.end()))
    return sorted(taken)


def document_examples(doc: Document, titles: set[str], case: CaseRule) -> list[Example]:
    """One example for each paragraph of the body, and the headline where it names titles."""
    out: list[Example] = []
    for n, m in enumerate(PARAGRAPH_RE.finditer(doc.text)):
        text = m.group()
        if not text.strip():
            continue
        out.append(Example(f"{doc.id}#{n}", text, tuple(mentions(text, titles, case)), doc.id))
    if doc.title:
        # Headlines capitalise every word, so case tells nothing there.
        spans = mentions(doc.title, titles, CaseRule.ANY)
        if spans:
            out.append(Example(f"{doc.id}#headline", doc.title, tuple(spans), doc.id))
    return out


def snippet_examples(path: Path) -> list[Example]:
    """Examples from one title-snippet file: each title marked wherever the text has it."""
    out = []
    for record in _records(path):
        text = record["text"]
        spans = mentions(text, record.get("titles", []), CaseRule.EXACT)
        out.append(Example(f"{path.stem}:{record['id']}", text, tuple(spans),
                           f"{path.stem}:{record['id']}"))
    return out


def _documents(paths: Iterable[Path], wanted: set[str]) -> dict[str, Document]:
    docs: dict[str, Document] = {}
    for item in read_inputs(str(p) for p in paths):
        if isinstance(item, Document) and item.id in wanted:
            docs.setdefault(item.id, item)
    return docs


def collect(sources: Sources, case: CaseRule = CaseRule.MULTIWORD) -> list[Example]:
    """Every example the sources give, in a stable order."""
    titles = gold_titles(sources.gold, sources.skip_docs, sources.only_docs)
    text_paths = list(sources.texts)
    if sources.only_docs is None and sources.synthetic and sources.synthetic.is_dir():
        golds = sorted(sources.synthetic.glob("*.gold.jsonl"))
        for doc_id, found in gold_titles(golds, sources.skip_docs).items():
            titles.setdefault(doc_id, set()).update(found)
        text_paths += [p for p in sorted(sources.synthetic.glob("*.jsonl"))
                       if not p.name.endswith(".gold.jsonl")]
    docs = _documents(text_paths, set(titles) - sources.skip_docs)
    examples = [ex for doc_id in sorted(docs)
                for ex in document_examples(docs[doc_id], titles[doc_id], case)]
    if sources.only_docs is None and sources.titles and sources.titles.is_dir():
        for path in sorted(sources.titles.glob("*.jsonl")):
            examples.extend(snippet_examples(path))
    return examples


def split(examples: list[Example], dev_share: float, seed: int) -> tuple[list[Example],
                                                                          list[Example]]:
    """A seeded share of the source documents goes to dev, the rest to training."""
    groups = sorted({ex.group for ex in examples})
    rng = random.Random(seed)
    dev_groups = set(rng.sample(groups, round(len(groups) * dev_share)))
    train = [ex for ex in examples if ex.group not in dev_groups]
    dev = [ex for ex in examples if ex.group in dev_groups]
    return train, dev


def swap_titles(examples: list[Example], copies: int, seed: int) -> list[Example]:
    """Copies of the examples that hold titles, each title replaced by another one.

    The pool is every title the examples mark; a copy keeps the sentence and changes the
    names, so the model learns where a title stands rather than which names are titles.
    """
    pool = sorted({ex.text[s:e] for ex in examples for s, e in ex.spans})
    rng = random.Random(seed)
    out: list[Example] = []
    for n in range(copies):
        for ex in examples:
            if not ex.spans or len(pool) < 2:
                continue
            parts, spans, at = [], [], 0
            chosen: dict[str, str] = {}  # one replacement for every mention of a title
            for start, end in ex.spans:
                old = ex.text[start:end]
                title = chosen.setdefault(old, rng.choice([t for t in pool if t != old]))
                parts.append(ex.text[at:start])
                begin = sum(len(p) for p in parts)
                parts.append(title)
                spans.append((begin, begin + len(title)))
                at = end
            parts.append(ex.text[at:])
            out.append(Example(f"{ex.id}~{n}", "".join(parts), tuple(spans), ex.group))
    return out


def to_doc(nlp: Language, example: Example) -> tuple[Doc, int]:
    """The example as a Doc with its WORK entities, and how many spans did not align."""
    doc = nlp.make_doc(example.text)
    ents, missed = [], 0
    for start, end in example.spans:
        span = doc.char_span(start, end, label=LABEL, alignment_mode="strict")
        if span is None:
            missed += 1
        else:
            ents.append(span)
    doc.ents = ents  # every other token is outside a title
    return doc, missed


def to_docbin(nlp: Language, examples: Iterable[Example]) -> tuple[DocBin, int]:
    db, missed = DocBin(store_user_data=False), 0
    for example in examples:
        doc, n = to_doc(nlp, example)
        db.add(doc)
        missed += n
    return db, missed


def write(nlp: Language, examples: list[Example], out_dir: Path, dev_share: float = 0.2,
          seed: int = 17, swaps: int = 0) -> dict[str, int]:
    """Write ``train.spacy`` and ``dev.spacy`` under ``out_dir``; counts for the log.

    ``swaps`` copies of the training examples with their titles swapped are added to the
    training part (never to dev).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    train, dev = split(examples, dev_share, seed)
    train = train + swap_titles(train, swaps, seed)
    stats: dict[str, int] = {}
    for name, part in (("train", train), ("dev", dev)):
        db, missed = to_docbin(nlp, part)
        db.to_disk(out_dir / f"{name}.spacy")
        stats[f"{name}_examples"] = len(part)
        stats[f"{name}_docs"] = len({ex.group for ex in part})
        stats[f"{name}_spans"] = sum(len(ex.spans) for ex in part) - missed
        stats[f"{name}_unaligned"] = missed
    return stats
