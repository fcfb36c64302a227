"""marquee_works: the trained title recogniser (shows, people and sentences invented here).

A tiny model is trained through the same code path as ``make train`` (corpus, ``spacy
train``, export, load); the shipped model is checked on titles with no cue and on names
that are no titles.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from marquee.config import DEFAULT_MODEL
from marquee.nlp import load_pipeline
from marquee.nlp.works import COMPONENT, LABEL, WorksModelMissing, has_works
from marquee.train.corpus import CaseRule, Example, Sources, collect, mentions, split
from marquee.train.fit import Plan, digest, run
from marquee.train.score import span_score

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "training" / "works.cfg"

TINY_DOCS = [
    ("t1", "Harbour of Glass returns for a second season in May. Harbour of Glass stars "
           "Pella Orrin as a ferry pilot.", ["Harbour of Glass"]),
    ("t2", "Velvet Tallow was renewed by the streamer. Fans of Velvet Tallow cheered.",
     ["Velvet Tallow"]),
    ("t3", "Mossgate Lane drew two million viewers. Tamsin Vire wrote it.", ["Mossgate Lane"]),
    ("t4", "Quarry Bells premieres on Friday. Dov Arkwright directs Quarry Bells.",
     ["Quarry Bells"]),
    ("t5", "Ilse Brandvold joined the cast. Nothing else was announced.", []),
    ("t6", "Harbour of Glass and Velvet Tallow both film in Leeds.",
     ["Harbour of Glass", "Velvet Tallow"]),
]


def _write_tiny(tmp: Path) -> Sources:
    docs, gold = tmp / "docs.jsonl", tmp / "gold.jsonl"
    with docs.open("w") as d, gold.open("w") as g:
        for doc_id, text, titles in TINY_DOCS:
            d.write(json.dumps({"id": doc_id, "url": None, "published": "2024-01-02",
                                "title": None, "text": text}) + "\n")
            g.write(json.dumps({"doc": doc_id, "type": "status", "work": None}) + "\n")
            for title in titles:
                g.write(json.dumps({"doc": doc_id, "type": "work", "title": title,
                                    "kind": "series", "evidence": []}) + "\n")
    return Sources(gold=[gold], texts=[docs])


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> tuple[Plan, Path]:
    tmp = tmp_path_factory.mktemp("works")
    plan = Plan(
        sources=_write_tiny(tmp),
        config=CONFIG,
        build=tmp / "build",
        target=tmp / "works",
        dev_share=0.2,
        overrides={"training.max_steps": 120, "training.eval_frequency": 40,
                   "training.patience": 0},
    )
    run(plan)
    return plan, tmp


def test_tiny_model_is_exported_without_the_tok2vec(tiny) -> None:
    plan, _ = tiny
    assert has_works(plan.target)
    assert sorted(p.name for p in plan.target.iterdir()) == [
        "cfg", "component.json", "model", "moves"]
    config = json.loads((plan.target / "component.json").read_text())
    assert config["factory"] == "ner"
    assert config["model"]["tok2vec"]["shared"]["@architectures"] == "spacy.Tok2VecListener.v1"
    # The sm pipeline's tok2vec alone is several MB; the exported head is much smaller.
    assert (plan.target / "model").stat().st_size < 4_000_000


def test_tiny_model_loads_and_predicts(tiny) -> None:
    plan, _ = tiny
    nlp = load_pipeline(DEFAULT_MODEL, plan.target)
    names = nlp.pipe_names
    assert names.index("marquee_vocab") < names.index(COMPONENT) < names.index("ner")
    assert nlp.get_pipe(COMPONENT).labels == (LABEL,)
    doc = nlp("Harbour of Glass returns for a second season in May.")
    works = [e.text for e in doc.ents if e.label_ == LABEL]
    assert works == ["Harbour of Glass"]  # a training sentence, learnt by heart
    assert "Harbour of Glass" in doc._.title_kinds


def test_tiny_corpus_splits_by_document(tiny) -> None:
    plan, _ = tiny
    examples = collect(plan.sources)
    train, dev = split(examples, plan.dev_share, plan.seed)
    assert {e.group for e in train}.isdisjoint({e.group for e in dev})
    assert len({e.group for e in dev}) == 1
    assert split(examples, plan.dev_share, plan.seed) == (train, dev)


def test_missing_weights_warn_and_keep_the_cue_rules(tmp_path) -> None:
    with pytest.warns(WorksModelMissing, match="cue rules only"):
        nlp = load_pipeline(DEFAULT_MODEL, tmp_path / "absent")
    assert COMPONENT not in nlp.pipe_names
    doc = nlp("NBC has renewed the comedy Cobble Yard for a fifth season.")
    assert "Cobble Yard" in doc._.title_kinds


@pytest.mark.parametrize(
    ("text", "titles", "case", "expected"),
    [
        ("Tarn Hollow is back. Tarn Hollow fans rejoice.", ["Tarn Hollow"], CaseRule.EXACT,
         ["Tarn Hollow", "Tarn Hollow"]),
        ("TARN HOLLOW is back.", ["Tarn Hollow"], CaseRule.MULTIWORD, ["TARN HOLLOW"]),
        ("TARN HOLLOW is back.", ["Tarn Hollow"], CaseRule.EXACT, []),
        # The longer title first; one word in another case is a common word, not the title.
        ("Reno is a city; Bright Reno is a film.", ["Reno", "Bright Reno"],
         CaseRule.MULTIWORD, ["Reno", "Bright Reno"]),
        ("the reno team met.", ["Reno"], CaseRule.MULTIWORD, []),
        ("the reno team met.", ["Reno"], CaseRule.ANY, ["reno"]),
        ("Fennel: Year One and Fennel", ["Fennel: Year One", "Fennel"], CaseRule.EXACT,
         ["Fennel: Year One", "Fennel"]),
        ("The Pop-Up-style show", ["Pop-Up"], CaseRule.EXACT, ["Pop-Up"]),
    ],
)
def test_mentions(text: str, titles: list[str], case: CaseRule, expected: list[str]) -> None:
    assert [text[s:e] for s, e in mentions(text, titles, case)] == expected


# --- the shipped model ------------------------------------------------------------------

shipped = pytest.mark.skipif(not has_works(), reason="no shipped weights: run `make train`")


@pytest.fixture(scope="module")
def nlp():
    with warnings.catch_warnings():
        warnings.simplefilter("error", WorksModelMissing)
        return load_pipeline()


def titles_of(nlp, text: str) -> set[str]:
    return set(nlp(text)._.title_kinds)


@shipped
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title opening a sentence, no cue
        ("Brassline Heights stars Mara Quillfeather as a disgraced surveyor.",
         {"Brassline Heights"}),
        ("Saltwick Bay drew 2.4 million viewers for its return on Sunday.", {"Saltwick Bay"}),
        # colons, numbers and punctuation
        ("Netflix has renewed Foxglove: The Undertow for a second season.",
         {"Foxglove: The Undertow"}),
        ("Viewers of Mrs. Pemberley's Lodgers will get a second season.",
         {"Mrs. Pemberley's Lodgers"}),
        # a title after a sentence-initial 'The', a numbered title, a pair at the start
        ("The Lanternkeepers wrapped filming in Cardiff last week.", {"The Lanternkeepers"}),
        ("Precinct 47 returns to NBC next month with Odile Varga in the lead.",
         {"Precinct 47"}),
        ("Bramblewood and Tidewater Blues were both renewed on Monday.",
         {"Bramblewood", "Tidewater Blues"}),
        # two titles joined by "and"
        ("The streamer cancelled Gilded Rook and The Ferrywoman after one season each.",
         {"Gilded Rook", "The Ferrywoman"}),
    ],
)
def test_titles_without_a_cue(nlp, text: str, expected: set[str]) -> None:
    assert expected <= titles_of(nlp, text)


@shipped
@pytest.mark.xfail(strict=True, reason="the shipped head misses these shapes: a one-word "
                   "title opening a sentence, a possessive title after 'Fans of'")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marrowgate has been renewed for a third season.", {"Marrowgate"}),
        ("Fans of Mrs. Pemberley's Lodgers got good news on Tuesday.",
         {"Mrs. Pemberley's Lodgers"}),
    ],
)
def test_titles_the_model_misses(nlp, text: str, expected: set[str]) -> None:
    assert expected <= titles_of(nlp, text)


@shipped
@pytest.mark.parametrize(
    ("text", "not_titles"),
    [
        # people
        ("Orla Vantongeren stars as a night nurse in the new drama. Vantongeren said yes.",
         {"Orla Vantongeren"}),
        ("Created by Bexley Ardmore, the drama follows two sisters.", {"Bexley Ardmore"}),
        # places
        ("The drama was shot in Glasgow and Belfast over the summer.", {"Glasgow", "Belfast"}),
        # months and days
        ("The series returns in September, and the finale airs on Sunday.",
         {"September", "Sunday"}),
        # networks and outlets
        ("Netflix and Hulu both passed on the project, Variety reported.",
         {"Netflix", "Hulu", "Variety"}),
        # venues
        ("The cast appeared at Madison Square Garden on Friday night.",
         {"Madison Square Garden"}),
        # events and festivals
        ("The drama won best series at the Golden Harp Awards in Dublin.",
         {"Golden Harp Awards"}),
        ("It premiered at the Kestrel Valley Film Festival in June.",
         {"Kestrel Valley Film Festival"}),
        # books and plays
        ("The series is based on the novel The Bone Orchard by Petra Lund.",
         {"The Bone Orchard", "Petra Lund"}),
        ("Ravel Ostrander starred in the play A Winter Lantern on Broadway.",
         {"A Winter Lantern", "Ravel Ostrander"}),
    ],
)
def test_names_that_are_no_titles(nlp, text: str, not_titles: set[str]) -> None:
    assert not (titles_of(nlp, text) & not_titles)


@shipped
def test_shipped_model_scores_on_invented_snippets(nlp) -> None:
    """The head, not the cue rules: WORK entities on a few snippets with no cue."""
    examples = [
        Example("a", "Dunmore Reach stars Kit Ferrand.", ((0, 13),), "a"),
        Example("b", "Few saw Cold Larder coming.", ((8, 19),), "b"),
        Example("c", "Oona Scarrow stars as a detective.", (), "c"),
    ]
    score = span_score(nlp, examples)
    assert score.tp >= 1 and score.precision >= 0.5


def test_digest_changes_with_the_weights(tmp_path) -> None:
    (tmp_path / "model").write_bytes(b"one")
    first = digest(tmp_path)
    (tmp_path / "model").write_bytes(b"two")
    assert digest(tmp_path) != first
