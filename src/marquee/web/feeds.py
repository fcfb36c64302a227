"""Atom feeds of status events, newest first, each entry linking to its evidence."""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import quote
from xml.etree import ElementTree as ET

from sqlalchemy import select
from sqlalchemy.orm import Session

from marquee.kb.models import DocumentRow, Entity, FactGroup, FactRow
from marquee.kb.timeline import Event

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50


def _stamp(day: date | None) -> str:
    when = datetime.combine(day or date(1970, 1, 1), datetime.min.time(), tzinfo=UTC)
    return when.isoformat().replace("+00:00", "Z")


def _entry(feed: ET.Element, *, id_: str, title: str, link: str, day: date | None,
           summary: str) -> None:
    entry = ET.SubElement(feed, "entry")
    ET.SubElement(entry, "id").text = id_
    ET.SubElement(entry, "title").text = title
    ET.SubElement(entry, "link", href=link)
    ET.SubElement(entry, "updated").text = _stamp(day)
    ET.SubElement(entry, "summary").text = summary


def _feed(base: str, title: str, self_link: str, updated: date | None) -> ET.Element:
    ET.register_namespace("", ATOM)
    feed = ET.Element("feed", xmlns=ATOM)
    ET.SubElement(feed, "id").text = base + self_link
    ET.SubElement(feed, "title").text = title
    ET.SubElement(feed, "link", rel="self", href=base + self_link)
    ET.SubElement(feed, "updated").text = _stamp(updated)
    return feed


def _text(feed: ET.Element) -> bytes:
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def _what(work: str, season: int | None, status: str, when: str | None) -> str:
    about = f"{work} season {season}" if season is not None else work
    return f"{about}: {status}" + (f" ({when})" if when else "")


def status_feed(session: Session, base: str) -> bytes:
    """The newest status facts of the whole knowledge base (by first report)."""
    rows = session.execute(
        select(FactGroup.first_published, FactRow, Entity.name, DocumentRow.url)
        .join(FactRow, FactRow.id == FactGroup.fact_id)
        .join(Entity, Entity.id == FactGroup.work_entity_id)
        .join(DocumentRow, DocumentRow.id == FactRow.doc_id)
        .where(FactGroup.type == "status")
        .order_by(FactGroup.first_published.desc(), FactGroup.id.desc())
        .limit(FEED_SIZE)
    ).all()
    newest = rows[0][0] if rows else None
    feed = _feed(base, "Marquee: status events", "/feeds/status.atom", newest)
    for published, row, work, url in rows:
        f = row.fields
        title = _what(work, f.get("season"), f.get("status") or "", f.get("date"))
        _entry(feed, id_=f"{base}/facts/{row.id}", title=title,
               link=f"{base}/documents/{quote(row.doc_id)}#fact-{row.id}", day=published,
               summary=f"reported by {url or row.doc_id}")
    return _text(feed)


def work_feed(base: str, work_id: int, work: str, events: list[Event]) -> bytes:
    """One work's status events, newest first."""
    ordered = sorted(events, key=lambda e: (e.when or "", e.published or date.min),
                     reverse=True)
    newest = ordered[0].published if ordered else None
    feed = _feed(base, f"Marquee: {work}", f"/works/{work_id}/feed.atom", newest)
    for event in ordered:
        fact = event.facts[0] if event.facts else None
        title = _what(work, event.season, event.status, event.when)
        link = f"{base}/facts/{fact}" if fact is not None else f"{base}/works/{work_id}"
        sources = ", ".join(s.url or s.doc_id for s in event.sources)
        _entry(feed, id_=f"{base}/works/{work_id}/events/{fact}", title=title, link=link,
               day=event.published, summary=f"reported by {sources}")
    return _text(feed)
