"""Start-up: the command line, the knowledge base and the commands that parse no text never
import spaCy (each check runs in a fresh interpreter, so this session's imports do not count)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from marquee.kb.db import SCHEMA_HEAD, migration_heads

HEAVY = ("spacy", "thinc", "datasketch", "scipy")


def imported_after(code: str) -> dict[str, bool]:
    """Run ``code`` in a new interpreter; which of HEAVY it left in ``sys.modules``."""
    report = f"print(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))"
    probe = f"{code}\nimport json, sys\n{report}"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_importing_the_command_line_loads_no_nlp_stack() -> None:
    assert imported_after("import marquee.cli") == dict.fromkeys(HEAVY, False)


def test_knowledge_base_modules_load_without_spacy() -> None:
    code = (
        "import importlib, pkgutil, marquee.kb\n"
        "for m in pkgutil.iter_modules(marquee.kb.__path__):\n"
        "    importlib.import_module('marquee.kb.' + m.name)\n"
        "import marquee.extract, marquee.extract.records, marquee.vocab, marquee.evaluate\n"
        "import importlib.util\n"
        "for name in ('marquee.api', 'marquee.web'):\n"
        "    if importlib.util.find_spec(name):\n"
        "        importlib.import_module(name)\n"
    )
    found = imported_after(code)
    assert not found["spacy"] and not found["thinc"]


def test_commands_that_parse_no_text_never_import_spacy(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'kb.db'}"
    code = (
        "from typer.testing import CliRunner\n"
        "from marquee.cli import app\n"
        "from marquee.extract.records import Work\n"
        "from marquee.kb import KnowledgeBase\n"
        "from marquee.sources.document import Document\n"
        f"db = {db!r}\n"
        "with KnowledgeBase(db) as kb:\n"
        "    kb.ingest(Document(id='d1', text='The Brass Orchard returns.'),\n"
        "              [Work(doc='d1', title='The Brass Orchard', kind='series')])\n"
        "runner = CliRunner()\n"
        "for args in (['--help'], ['show', 'The Brass Orchard'], ['stats'], ['conflicts'],\n"
        "             ['timeline', 'The Brass Orchard'], ['why', 'The Brass Orchard'],\n"
        "             ['quotes', '--work', 'The Brass Orchard'], ['inputs']):\n"
        "    extra = ['--db', db] if args != ['--help'] else []\n"
        "    result = runner.invoke(app, args + extra)\n"
        "    assert result.exit_code == 0, (args, result.output)\n"
    )
    found = imported_after(code)
    assert not found["spacy"] and not found["thinc"]


def test_the_schema_head_the_kb_checks_is_the_newest_migration() -> None:
    assert migration_heads() == {SCHEMA_HEAD}
