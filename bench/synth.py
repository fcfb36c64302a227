"""A knowledge base of N facts, synthesised from a seed KB's facts under new document ids.

    python bench/synth.py SEED_URL TARGET_URL [--facts 1000000]

Every seed document is copied again and again (``<id>~<n>``, same text and date, a text
hash of its own) with its facts and their evidence, until the target holds ``--facts``
fact rows; entities and aliases are the seed's. The fact groups, their sources and each
work's documents (``marquee.kb.groups``) are computed here and bulk-inserted, so building
1,000,000 facts takes seconds, not an ingest of tens of thousands of articles.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import Table, func, insert, select

from marquee.kb import KnowledgeBase
from marquee.kb.groups import LEADS, source_order
from marquee.kb.models import (
    Alias,
    DocumentRow,
    Entity,
    EvidenceRow,
    FactGroup,
    FactRow,
    FactSource,
    WorkDocument,
)
from marquee.kb.provenance import Source

BATCH = 20_000


def _table(model: Any) -> Table:
    table: Table = model.__table__
    return table


def _rows(kb: KnowledgeBase, model: Any) -> list[dict[str, Any]]:
    table = _table(model)
    with kb.engine.connect() as connection:
        return [dict(r._mapping) for r in connection.execute(select(table))]


def _insert(connection: Any, model: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        connection.execute(insert(_table(model)), rows[start : start + BATCH])


def synthesise(seed_url: str, target_url: str, facts: int) -> dict[str, Any]:
    """Fill the empty KB at ``target_url`` with about ``facts`` facts; what it holds."""
    started = time.perf_counter()
    with KnowledgeBase(seed_url) as seed:
        documents = _rows(seed, DocumentRow)
        entities, aliases = _rows(seed, Entity), _rows(seed, Alias)
        seed_facts, evidence = _rows(seed, FactRow), _rows(seed, EvidenceRow)
    if not seed_facts:
        raise SystemExit(f"no facts in the seed {seed_url}")
    copies = max(1, -(-facts // len(seed_facts)))
    spans: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for span in evidence:
        spans[span["fact_id"]].append(span)
    published = {d["id"]: d["date"] for d in documents}
    with KnowledgeBase(target_url) as kb, kb.engine.begin() as connection:
        if connection.scalar(select(func.count()).select_from(_table(FactRow))):
            raise SystemExit(f"{target_url} is not empty")
        _insert(connection, Entity, entities)
        for alias in aliases:
            alias["doc_id"] = None
        _insert(connection, Alias, aliases)
        groups: dict[tuple[int | None, str], dict[str, Any]] = {}
        members: dict[tuple[int | None, str], list[tuple[str, int, date | None]]] = (
            defaultdict(list)
        )
        work_docs: set[tuple[int, str]] = set()
        fact_id = evidence_id = 0
        for copy in range(copies):
            docs, rows, ev = [], [], []
            for document in documents:
                doc = dict(document, id=f"{document['id']}~{copy}", duplicate_of=None)
                doc["text_hash"] = hashlib.sha256(f"{document['text_hash']}:{copy}".encode())
                doc["text_hash"] = doc["text_hash"].hexdigest()
                docs.append(doc)
            for fact in seed_facts:
                fact_id += 1
                doc_id = f"{fact['doc_id']}~{copy}"
                rows.append(dict(fact, id=fact_id, doc_id=doc_id))
                for span in spans[fact["id"]]:
                    evidence_id += 1
                    ev.append(dict(span, id=evidence_id, fact_id=fact_id,
                                   doc_id=f"{span['doc_id']}~{copy}"))
                key = (fact["work_entity_id"], fact["key"])
                group = groups.setdefault(key, {
                    "id": len(groups) + 1, "work_entity_id": key[0], "type": fact["type"],
                    "key": key[1], "fact_id": fact_id, "confidence": fact["confidence"],
                })
                group["confidence"] = max(group["confidence"], fact["confidence"])
                members[key].append((doc_id, fact_id, published[fact["doc_id"]]))
                if key[0] is not None:
                    work_docs.add((key[0], doc_id))
            _insert(connection, DocumentRow, docs)
            _insert(connection, FactRow, rows)
            _insert(connection, EvidenceRow, ev)
            if fact_id >= facts:
                break
        sources, group_rows = [], []
        for key, group in groups.items():
            seen: dict[str, tuple[int, date | None]] = {}
            for doc_id, fid, day in members[key]:
                seen.setdefault(doc_id, (fid, day))
            order = sorted((Source(d, day) for d, (_f, day) in seen.items()), key=source_order)
            leads = [[s.doc_id, s.date.isoformat() if s.date else None] for s in order[:LEADS]]
            group_rows.append(dict(group, sources=len(seen), leads=leads,
                                   first_doc_id=order[0].doc_id, first_published=order[0].date))
            sources += [{"group_id": group["id"], "doc_id": d, "fact_id": f, "published": day}
                        for d, (f, day) in seen.items()]
        _insert(connection, FactGroup, group_rows)
        _insert(connection, FactSource, sources)
        _insert(connection, WorkDocument, [
            {"work_entity_id": w, "doc_id": d, "published": published[d.rsplit("~", 1)[0]]}
            for w, d in work_docs
        ])
    return {
        "facts": fact_id,
        "documents": len(documents) * (copy + 1),
        "groups": len(groups),
        "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed")
    parser.add_argument("target")
    parser.add_argument("--facts", type=int, default=1_000_000)
    args = parser.parse_args()
    print(synthesise(args.seed, args.target, args.facts))


if __name__ == "__main__":
    main()
