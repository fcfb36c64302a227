"""An invented knowledge base for the CLI, API and browser tests (no spaCy: facts canned).

One series, "The Velvet Meridian", reported by three articles; the third is hostile:
its text and its facts carry HTML, script, ``javascript:`` links, Rich markup and ANSI
escapes, which every page and terminal must show as text and never run.
"""

from __future__ import annotations

from datetime import date

from marquee.extract.records import (
    Character,
    Company,
    Credit,
    Evidence,
    Fact,
    Genre,
    Location,
    Metric,
    Quote,
    Status,
    Work,
)
from marquee.kb import KnowledgeBase
from marquee.sources.document import Document

TITLE = "The Velvet Meridian"
RENEWAL = (
    "Channel Nimbus has renewed The Velvet Meridian for a third season. "
    "Odalys Brennick stars as Captain Sera Vahl in the space drama. "
    "The series was created by Tobin Arkwright and is produced by Quillfeather Pictures."
)
PREMIERE = (
    "The third season of The Velvet Meridian premieres on Channel Nimbus on October 4, 2024. "
    "Odalys Brennick returns as Captain Sera Vahl. "
    '"We wanted the crew to feel lost at last," Tobin Arkwright said. '
    "The second season drew 4 million viewers."
)
SCRIPT = "<script>window.__xss = 1</script>"
IMG = '<img src=x onerror="window.__xss = 2">'
LINK = '<a href="javascript:window.__xss = 3">Port Hollow</a>'
RICH = "[bold red]Nadia Rook[/bold red]"
ANSI = "\x1b[31mWrenfield\x1b[0m"
HOSTILE = (
    f"{SCRIPT} The Velvet Meridian was filmed in {LINK} last spring. "
    f"{IMG} The show stars {RICH} as {ANSI}. "
    f'"{SCRIPT} is not a line we wrote," Tobin Arkwright said.'
)
DOCS = {
    "meridian-renewed": (RENEWAL, date(2024, 3, 1), "https://news.example/meridian-renewed"),
    "meridian-premiere": (PREMIERE, date(2024, 9, 10), "https://news.example/meridian-s3"),
    "meridian-hostile": (HOSTILE, date(2024, 10, 1), "javascript:window.__xss = 4"),
}


def span(text: str, part: str) -> list[Evidence]:
    """The evidence of ``part``: the sentence of ``text`` that holds it."""
    at = text.index(part)
    start = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
    end = text.find(". ", at)
    return [Evidence(start, len(text) if end < 0 else end + 1)]


def facts_of(doc: str) -> list[Fact]:
    text = DOCS[doc][0]
    w = TITLE
    common: list[Fact] = [
        Work(doc=doc, title=w, kind="series", evidence=span(text, "The Velvet Meridian"),
             confidence=0.9),
    ]
    if doc == "meridian-renewed":
        return common + [
            Status(doc=doc, work=w, season=3, status="renewed", date="2024-03-01",
                   evidence=span(text, "renewed"), confidence=0.9),
            Company(doc=doc, work=w, company="Channel Nimbus", role="network",
                    evidence=span(text, "Channel Nimbus"), confidence=0.9),
            Company(doc=doc, work=w, company="Quillfeather Pictures", role="production_company",
                    evidence=span(text, "Quillfeather"), confidence=0.8),
            Credit(doc=doc, work=w, season=None, person="Odalys Brennick", role="cast",
                   character="Captain Sera Vahl", evidence=span(text, "Odalys"), confidence=0.9),
            Credit(doc=doc, work=w, season=None, person="Tobin Arkwright", role="creator",
                   character=None, evidence=span(text, "created by"), confidence=0.9),
            Genre(doc=doc, work=w, genre="space drama", evidence=span(text, "space drama"),
                  confidence=0.3),  # low confidence: hidden by default
        ]
    if doc == "meridian-premiere":
        return common + [
            Status(doc=doc, work=w, season=3, status="premiere_scheduled", date="2024-10-04",
                   evidence=span(text, "premieres"), confidence=0.9),
            Company(doc=doc, work=w, company="Channel Nimbus", role="network",
                    evidence=span(text, "premieres"), confidence=0.9),
            Credit(doc=doc, work=w, season=None, person="Odalys Brennick", role="cast",
                   character="Captain Sera Vahl", evidence=span(text, "Odalys"), confidence=0.9),
            Quote(doc=doc, speaker="Tobin Arkwright",
                  text="We wanted the crew to feel lost at last",
                  kind="direct", via=None, work=w, evidence=span(text, "We wanted"),
                  confidence=0.8),
            Metric(doc=doc, work=w, measure="audience", value=4000000, unit="viewers",
                   period="season 2", text="4 million viewers", evidence=span(text, "4 million"),
                   confidence=0.7),
        ]
    return common + [
        Location(doc=doc, work=w, season=None, place=LINK, role="filming",
                 evidence=span(text, "filmed in"), confidence=0.8),
        Credit(doc=doc, work=w, season=None, person=RICH, role="cast", character=ANSI,
               evidence=span(text, "The show stars"), confidence=0.8),
        Character(doc=doc, work=w, character=ANSI, description=IMG,
                  evidence=span(text, "The show stars"), confidence=0.8),
        Quote(doc=doc, speaker="Tobin Arkwright", text=f"{SCRIPT} is not a line we wrote",
              kind="direct", via=None, work=w, evidence=span(text, "not a line"),
              confidence=0.8),
    ]


def build(url: str) -> None:
    """Ingest the three articles with their canned facts into the KB at ``url``."""
    with KnowledgeBase(url) as kb:
        for doc, (text, published, link) in DOCS.items():
            document = Document(id=doc, text=text, date=published, title=f"About {doc}",
                                url=link, source=f"{doc}.txt")
            kb.ingest(document, facts_of(doc))
