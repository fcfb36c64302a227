"""Language detection: non-English articles are rejected with their language (invented text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from readers import PARAGRAPHS, docs, read, rejects, write

from marquee.sources import Document
from marquee.sources.language import MIN_CHARS, check_language

SPANISH = (
    "La serie inventada Calle Musgo ha sido renovada para una segunda temporada por la "
    "cadena ficticia Luz del Puerto, según dijeron los ejecutivos el martes. El rodaje de "
    "los nuevos episodios comenzará en primavera en un pequeño pueblo de la costa."
)
GERMAN = (
    "Die erfundene Serie Moosgasse wurde um eine zweite Staffel verlängert, wie der "
    "fiktive Sender Hafenlicht am Dienstag mitteilte. Die Dreharbeiten für die neuen "
    "Folgen beginnen im Frühjahr in einer kleinen Stadt an der Küste."
)
ENGLISH = " ".join(PARAGRAPHS)


@pytest.mark.parametrize(("text", "language"), [(SPANISH, "es"), (GERMAN, "de")])
def test_non_english_is_rejected_with_its_language(
    tmp_path: Path, text: str, language: str
) -> None:
    assert len(text) >= MIN_CHARS
    records = [{"id": "other", "text": text}, {"id": "english", "text": ENGLISH}]
    path = write(tmp_path / "mixed.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    items = read(path)
    assert [d.id for d in docs(items)] == ["english"]
    [rejected] = rejects(items)
    assert rejected.source == f"{path}:1"
    assert f"language '{language}'" in rejected.reason


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html"])
def test_every_reader_is_checked(tmp_path: Path, name: str) -> None:
    content = {
        ".txt": f"date 2020-01-01 {SPANISH}",
        ".md": f"---\ntitle: Calle Musgo\n---\n\n{SPANISH}\n",
        ".html": f"<html><body><article><p>{SPANISH}</p></article></body></html>",
    }[Path(name).suffix]
    [rejected] = rejects(read(write(tmp_path / name, content)))
    assert "language 'es'" in rejected.reason


def test_short_text_is_kept_whatever_it_looks_like() -> None:
    short = Document(id="s", text=SPANISH[:MIN_CHARS - 1], source="s.txt")
    assert check_language(short) is short


def test_english_is_kept() -> None:
    doc = Document(id="e", text=ENGLISH, source="e.txt")
    assert check_language(doc) is doc
