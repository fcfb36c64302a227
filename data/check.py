"""Check the annotated data written for Marquee (invented shows and people).

    python data/check.py            # every file under data/synthetic and data/titles

data/synthetic/<batch>.jsonl       documents: {"id", "url", "published", "title", "text"}
data/synthetic/<batch>.gold.jsonl  their gold, in the record shape of FACTS.md
data/titles/<batch>.jsonl          snippets: {"id", "text", "titles": [...]} (every title
                                   as the text writes it; other names are not titles)

Exits 1 and names file:line for every problem found.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
TYPES = {"work", "status", "credit", "company", "quote", "post", "metric", "genre",
         "location", "character"}
NAMED = {"work": ["title"], "credit": ["person", "work"], "company": ["company", "work"],
         "character": ["character"], "location": ["place"], "genre": ["work"],
         "status": ["work"], "metric": ["work"]}


def _lines(path: Path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, exc


def check() -> list[str]:
    problems: list[str] = []
    texts: dict[str, str] = {}
    for path in sorted((HERE / "synthetic").glob("*.jsonl")) + sorted(
        (HERE / "titles").glob("*.jsonl")
    ):
        if path.name.endswith(".gold.jsonl"):
            continue
        for number, doc in _lines(path):
            where = f"{path}:{number}"
            if isinstance(doc, Exception) or not isinstance(doc, dict):
                problems.append(f"{where}: not a JSON object")
                continue
            doc_id, text = doc.get("id"), doc.get("text")
            if not isinstance(doc_id, str) or not isinstance(text, str) or not text:
                problems.append(f"{where}: needs a string id and a non-empty text")
                continue
            if doc_id in texts:
                problems.append(f"{where}: duplicate id {doc_id}")
            texts[doc_id] = text
            for title in doc.get("titles", []) if path.parent.name == "titles" else []:
                if title not in text:
                    problems.append(f"{where}: title {title!r} is not in the text")
    for path in sorted((HERE / "synthetic").glob("*.gold.jsonl")):
        for number, rec in _lines(path):
            where = f"{path}:{number}"
            if isinstance(rec, Exception) or not isinstance(rec, dict):
                problems.append(f"{where}: not a JSON object")
                continue
            text = texts.get(rec.get("doc", ""))
            if text is None:
                problems.append(f"{where}: unknown doc {rec.get('doc')!r}")
                continue
            if rec.get("type") not in TYPES:
                problems.append(f"{where}: unknown type {rec.get('type')!r}")
                continue
            spans = rec.get("evidence") or []
            if not spans or any(
                not (0 <= s.get("start", -1) < s.get("end", -1) <= len(text)) for s in spans
            ):
                problems.append(f"{where}: evidence missing or out of range")
            low = text.lower()
            for field in NAMED.get(rec["type"], []):
                value = rec.get(field)
                if isinstance(value, str) and value.lower() not in low and \
                        value.split()[-1].lower() not in low:
                    problems.append(f"{where}: {field} {value!r} is not in the text")
    return problems


if __name__ == "__main__":
    found = check()
    for line in found:
        print(line)
    print(f"{len(found)} problem(s)")
    sys.exit(1 if found else 0)
