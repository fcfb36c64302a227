"""Places: where a work is set and where it is filmed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from marquee.extract.common import work_for
from marquee.extract.context import Article
from marquee.extract.records import Evidence, Location

PLACE = r"(?P<place>(?:the )?[A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3})"
SETTING_RE = re.compile(rf"\b(?:(?:set (?:mostly |largely |entirely )?in|takes place in|"
                        rf"set against|life in|lives in|living in|moves? to|relocates? to) |"
                        rf"(?:portrayal|portrait|depiction) of (?:an? |the )?(?:[a-z][\w-]* )?)"
                        rf"{PLACE}")
FILMING_RE = re.compile(rf"\b(?i:(?:filmed|shot|filming|shooting|film|shoot|films) "
                        rf"(?:on location )?in|(?:filming|shooting|production)"
                        rf"(?: (?:on|of|for) [^.,]{{1,60}}?)? "
                        rf"(?:will |is set to |is due to )?"
                        rf"(?:take|takes|took|taking) place (?:in|at)) {PLACE}")
FILMING_BEFORE_RE = re.compile(rf"\bin {PLACE} to (?:film|shoot)\b")
NOT_PLACES = {"The", "It", "This", "That", "Season", "September", "October"}


def extract_locations(article: Article) -> Iterator[Location]:
    for sentence in article.sentences:
        for role, regex in (
            ("setting", SETTING_RE), ("filming", FILMING_RE), ("filming", FILMING_BEFORE_RE)
        ):
            for m in regex.finditer(sentence.text):
                place = m.group("place").rstrip(".")
                if place in NOT_PLACES or "§" in place:
                    continue
                start = sentence.start + m.start()
                masked_at = min(m.start(), len(sentence.masked))
                work = work_for(article, sentence, masked_at)
                if not work:
                    continue
                season = None
                if role == "filming":
                    spans = [s for s in article.season_spans(sentence)
                             if s.label_.isdigit()]
                    season = int(spans[0].label_) if spans else None
                yield Location(doc=article.doc_id, work=work, season=season, place=place,
                               role=role, evidence=[Evidence(start, start + len(m.group()))],
                               confidence=0.6)
