"""Marquee's spaCy components, registered by name so they compose with ``nlp.pipe``.

A document's headline can inform extraction: put it in ``doc.user_data["headline"]``
before the pipeline runs (``marquee.extract`` does). Offsets always point into the body.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from marquee.nlp import paragraphs  # noqa: F401  (registers marquee_paragraphs)
from marquee.nlp.people import find_people
from marquee.nlp.pronouns import find_pronouns, genders
from marquee.nlp.refs import find_refs, main_work
from marquee.nlp.seasons import find_seasons
from marquee.nlp.titles import find_titles, mark_mentions

if not Doc.has_extension("main_work"):
    Doc.set_extension("main_work", default=None)
if not Doc.has_extension("title_kinds"):
    Doc.set_extension("title_kinds", default=None)
if not Doc.has_extension("person_genders"):  # "f"/"m" by full name, set by marquee_pronouns
    Doc.set_extension("person_genders", default=None)


def headline(doc: Doc) -> str | None:
    value = doc.user_data.get("headline")
    return value if isinstance(value, str) else None


@Language.component("marquee_people")
def people_component(doc: Doc) -> Doc:
    doc.spans["people"] = find_people(doc)
    return doc


@Language.component("marquee_titles")
def titles_component(doc: Doc) -> Doc:
    titles = find_titles(doc, headline(doc))
    mentions = mark_mentions(doc, titles)
    doc.spans["titles"] = mentions
    doc._.title_kinds = {t: info.kind for t, info in titles.items()}
    # A person span inside a title ("... Of Mara Quell") is part of the title, and a
    # name that is a title is no person.
    in_titles = {i for t in mentions for i in range(t.start, t.end)}
    doc.spans["people"] = [
        p for p in doc.spans["people"] if p.start not in in_titles and p.label_ not in titles
    ]
    return doc


@Language.component("marquee_pronouns")
def pronouns_component(doc: Doc) -> Doc:
    """Subject "he"/"she" resolved to a person named before, added to the people spans."""
    people = list(doc.spans.get("people", []))
    doc._.person_genders = genders(doc, people)
    found = find_pronouns(doc, people, doc._.person_genders)
    doc.spans["people"] = sorted(people + found, key=lambda s: s.start)
    return doc


@Language.component("marquee_seasons")
def seasons_component(doc: Doc) -> Doc:
    doc.spans["seasons"] = find_seasons(doc)
    return doc


@Language.component("marquee_refs")
def refs_component(doc: Doc) -> Doc:
    doc._.main_work = main_work(doc, headline(doc))
    doc.spans["work_refs"] = find_refs(doc, doc._.main_work)
    return doc
