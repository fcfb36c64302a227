"""The HTTP API and pages through FastAPI's TestClient, on SQLite and PostgreSQL:
pagination, ETags, as_of, errors, ingest's token and limits, escaping, feeds, exports."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from marquee.api.app import create_app
from marquee.api.http import CSP
from marquee.extract.records import Fact, Work
from marquee.sources.document import Document
from tests import kb_fixture

TOKEN = "test-token-0123456789"


def fake_extract(document: Document) -> list[Fact]:
    return [Work(doc=document.id, title="Paper Kites", kind="series")]


@pytest.fixture
def client(kb_url: str) -> Iterator[TestClient]:
    kb_fixture.build(kb_url)
    app = create_app(kb_url, allow_ingest=True, token=TOKEN, extract=fake_extract,
                     max_body=10_000)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def work_id(client: TestClient) -> int:
    found = client.get("/api/works", params={"q": "velvet meridian"}).json()
    assert found["total"] == 1
    return int(found["items"][0]["id"])


def test_works_search_finds_by_title_and_filters(client: TestClient, work_id: int) -> None:
    assert client.get("/api/works", params={"q": "VELVET"}).json()["items"][0]["id"] == work_id
    by_network = client.get("/api/works", params={"network": "channel nimbus"}).json()
    assert [w["id"] for w in by_network["items"]] == [work_id]
    assert client.get("/api/works", params={"network": "no such channel"}).json()["total"] == 0
    renewed = client.get("/api/works", params={"status": "renewed", "kind": "series"}).json()
    assert [w["id"] for w in renewed["items"]] == [work_id]
    assert client.get("/api/works", params={"kind": "film"}).json()["total"] == 0
    early = client.get("/api/works", params={"to": "2024-01-01"}).json()
    assert early["total"] == 0


def test_suggestions_say_did_you_mean(client: TestClient, work_id: int) -> None:
    items = client.get("/api/works/suggest", params={"q": "Velvet Meridain"}).json()["items"]
    assert [i["id"] for i in items] == [work_id]


def test_lists_are_paginated(client: TestClient, work_id: int) -> None:
    first = client.get("/api/documents", params={"limit": 2}).json()
    rest = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == rest["total"] == 3
    assert len(first["items"]) == 2 and len(rest["items"]) == 1
    ids = [d["id"] for d in first["items"] + rest["items"]]
    assert sorted(ids) == sorted(kb_fixture.DOCS)
    facts: list[Any] = []
    total = client.get("/api/facts", params={"work": work_id, "limit": 1}).json()["total"]
    for offset in range(0, total, 3):
        page = client.get("/api/facts", params={"work": work_id, "limit": 3, "offset": offset})
        facts += page.json()["items"]
    assert len({f["id"] for f in facts}) == total == len(facts) > 3


def test_the_work_is_the_cards_content(client: TestClient, work_id: int) -> None:
    card = client.get(f"/api/works/{work_id}").json()
    assert card["title"] == kb_fixture.TITLE and card["kind"] == "series"
    cast = {(c["person"], c["character"]): c["count"] for c in card["cast"]}
    assert cast[("Odalys Brennick", "Captain Sera Vahl")] == 2  # one line, two sources
    assert [n["company"] for n in card["networks"]] == ["Channel Nimbus"]
    assert card["genres"] == [] and card["hidden"] == 1  # the low-confidence genre
    every = client.get(f"/api/works/{work_id}", params={"min_confidence": 0}).json()
    assert [g["genre"] for g in every["genres"]] == ["space drama"]
    assert {s["season"]: s["status"] for s in card["current"]} == {3: "released"}
    assert card["metrics"][0]["value"] == 4000000
    assert card["article_count"] == 3


def test_as_of_counts_only_what_was_published(client: TestClient, work_id: int) -> None:
    early = client.get(f"/api/works/{work_id}", params={"as_of": "2024-03-31"}).json()
    assert [(t["status"], t["season"]) for t in early["timeline"]] == [("renewed", 3)]
    assert early["article_count"] == 1 and early["as_of"] == "2024-03-31"
    timeline = client.get(f"/api/works/{work_id}/timeline", params={"as_of": "2024-03-31"})
    assert [e["status"] for e in timeline.json()["events"]] == ["renewed"]
    before = client.get(f"/api/works/{work_id}", params={"as_of": "2020-01-01"})
    assert before.status_code == 404 and "error" in before.json()
    early_facts = client.get("/api/facts", params={"as_of": "2024-03-31", "limit": 100}).json()
    assert {f["doc"] for f in early_facts["items"]} == {"meridian-renewed"}


@pytest.mark.parametrize(
    ("path", "params", "status", "says"),
    [
        ("/api/works/{w}", {"as_of": "2024-02-30"}, 422, "as_of"),
        ("/api/works/{w}", {"as_of": "yesterday"}, 422, "as_of"),
        ("/api/works/999999", {}, 404, "no work"),
        ("/api/works/not-a-number", {}, 422, "work_id"),
        ("/api/facts", {"limit": 1000}, 422, "limit"),
        ("/api/facts", {"offset": -1}, 422, "offset"),
        ("/api/facts/999999", {}, 404, "no fact"),
        ("/api/people/{w}", {}, 404, "no person"),  # a work's id is no person's
        ("/api/documents/nope", {}, 404, "no document"),
        ("/api/export", {"format": "xml"}, 422, "format"),
        ("/api/works", {"from": "2024-13-01"}, 422, "from"),
    ],
)
def test_bad_requests_get_a_json_error_naming_the_problem(
    client: TestClient, work_id: int, path: str, params: dict[str, Any], status: int, says: str
) -> None:
    response = client.get(path.format(w=work_id), params=params)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    assert says in response.json()["error"]


def test_responses_carry_an_etag_and_a_match_gets_304(client: TestClient, work_id: int) -> None:
    for path in (f"/api/works/{work_id}", "/api/facts", f"/works/{work_id}", "/feeds/status.atom"):
        first = client.get(path)
        etag = first.headers["etag"]
        again = client.get(path, headers={"if-none-match": etag})
        assert again.status_code == 304 and again.content == b""
        other = client.get(path, headers={"if-none-match": '"something-else"'})
        assert other.status_code == 200 and other.headers["etag"] == etag


def test_facts_come_with_evidence_spans_and_sources(client: TestClient, work_id: int) -> None:
    credits = client.get("/api/facts", params={"work": work_id, "type": "credit",
                                               "min_confidence": 0.85}).json()["items"]
    assert sorted(f["fields"]["person"] for f in credits) == ["Odalys Brennick", "Tobin Arkwright"]
    fact = next(f for f in credits if f["fields"]["role"] == "cast")
    assert fact["evidence"][0]["text"].startswith("Odalys Brennick stars as Captain Sera Vahl")
    assert fact["sources"]["total"] == 2
    assert fact["links"]["sentence"] == f"/facts/{fact['id']}"
    one = client.get(f"/api/facts/{fact['id']}", params={"limit": 1}).json()
    assert one["sources"]["total"] == 2 and len(one["sources"]["items"]) == 1
    rest = client.get(f"/api/facts/{fact['id']}/sources", params={"offset": 1}).json()
    assert [s["doc"] for s in rest["items"]] == ["meridian-premiere"]
    by_doc = client.get("/api/facts", params={"document": "meridian-hostile"}).json()
    assert by_doc["total"] == 5


def test_people_companies_and_documents(client: TestClient) -> None:
    person = client.get("/api/people", params={"q": "odalys"}).json()["items"][0]
    credits = client.get(f"/api/people/{person['id']}").json()["credits"]
    assert {c["fields"]["character"] for c in credits} == {"Captain Sera Vahl"}
    company = client.get("/api/companies", params={"q": "quillfeather"}).json()["items"][0]
    works = client.get(f"/api/companies/{company['id']}").json()["works"]
    assert [w["fields"]["role"] for w in works] == ["production_company"]
    doc = client.get("/api/documents/meridian-renewed").json()
    assert doc["text"] == kb_fixture.RENEWAL and doc["date"] == "2024-03-01"
    assert {f["type"] for f in doc["facts"]} >= {"work", "status", "credit", "company"}


def test_ingest_needs_the_token_and_a_small_valid_body(client: TestClient) -> None:
    body = {"id": "lanterns-1", "text": "Paper Kites is a new series.", "date": "2025-01-02"}
    assert client.post("/documents", json=body).status_code == 401
    wrong = client.post("/documents", json=body, headers={"authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "error" in wrong.json()
    auth = {"authorization": f"Bearer {TOKEN}"}
    made = client.post("/documents", json=body, headers=auth)
    assert made.status_code == 201 and made.json()["outcome"] == "ingested"
    assert client.post("/documents", json=body, headers=auth).json()["outcome"] == "duplicate"
    assert client.get("/api/works", params={"q": "paper kites"}).json()["total"] == 1
    big = client.post("/documents", content=b"{" + b" " * 20_000 + b"}", headers=auth)
    assert big.status_code == 413
    broken = client.post("/documents", content=b"{not json", headers=auth)
    assert broken.status_code == 400 and "malformed JSON" in broken.json()["error"]
    for bad in ({"text": ""}, {"text": 5}, [], {"text": "x", "date": "soon"}):
        answer = client.post("/documents", json=bad, headers=auth)
        assert 400 <= answer.status_code < 500, answer.text
        assert "error" in answer.json()


def test_a_read_only_server_refuses_ingest(kb_url: str) -> None:
    kb_fixture.build(kb_url)
    with TestClient(create_app(kb_url, token=TOKEN, extract=fake_extract)) as read_only:
        body = {"text": "Paper Kites is a new series."}
        answer = read_only.post("/documents", json=body,
                                headers={"authorization": f"Bearer {TOKEN}"})
        assert answer.status_code == 401 and "--allow-ingest" in answer.json()["error"]


def test_pages_escape_article_text_and_send_a_strict_csp(
    client: TestClient, work_id: int
) -> None:
    page = client.get("/documents/meridian-hostile")
    assert page.status_code == 200
    assert page.headers["content-security-policy"] == CSP
    html = page.text
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in html
    assert "<script>window" not in html and "onerror=\"window" not in html
    assert 'href="javascript:' not in html  # neither the article's link nor its URL
    assert "<script" not in html.replace('<script src="/static/app.js" defer></script>', "")
    work = client.get(f"/works/{work_id}", params={"all": "1"}).text
    assert "&lt;img src=x onerror=" in work and "<img" not in work


def test_feeds_list_status_events_newest_first(client: TestClient, work_id: int) -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    for path in ("/feeds/status.atom", f"/works/{work_id}/feed.atom"):
        response = client.get(path)
        assert response.headers["content-type"].startswith("application/atom+xml")
        feed = ET.fromstring(response.content)
        titles = [e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)]
        assert titles[0] is not None and "premiere_scheduled" in titles[0]
        assert titles[-1] is not None and "renewed" in titles[-1]
        links = [e.find("a:link", ns) for e in feed.findall("a:entry", ns)]
        assert all(link is not None and "fact" in link.get("href", "") for link in links)


def test_exports_give_records_with_evidence_and_schema_org(client: TestClient) -> None:
    lines = client.get("/api/export", params={"format": "jsonl"}).text.splitlines()
    records = [json.loads(line) for line in lines]
    credit = next(r for r in records if r.get("character") == "Captain Sera Vahl")
    assert credit["type"] == "credit" and credit["evidence"]
    assert [s["doc"] for s in credit["sources"]] == ["meridian-renewed", "meridian-premiere"]
    csv_text = client.get("/api/export", params={"format": "csv"}).text
    assert csv_text.splitlines()[0].startswith("doc,type,")
    graph = client.get("/api/export", params={"format": "jsonld",
                                              "work": kb_fixture.TITLE}).json()["@graph"]
    series = graph[0]
    assert series["@type"] == "TVSeries" and series["name"] == kb_fixture.TITLE
    roles = {(a["actor"]["name"], a.get("characterName")) for a in series["actor"]}
    assert ("Odalys Brennick", "Captain Sera Vahl") in roles
    assert series["creator"] == [{"@type": "Person", "name": "Tobin Arkwright"}]
    assert series["productionCompany"][0]["name"] == "Quillfeather Pictures"
    season = series["containsSeason"][0]
    assert season["@type"] == "TVSeason" and season["seasonNumber"] == 3
    assert {e["marquee:status"] for e in season["marquee:statusEvent"]} == {
        "renewed", "premiere_scheduled"}
    assert "https://news.example/meridian-renewed" in season["marquee:statusEvent"][0]["citation"]


def test_openapi_lists_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/works", "/api/works/{work_id}", "/api/facts", "/api/documents/{doc_id}",
            "/api/people/{person_id}", "/api/companies/{company_id}", "/documents"} <= set(paths)
    assert client.get("/docs").status_code == 200


def test_the_server_does_not_import_spacy(tmp_path: Any) -> None:
    """The application and its pages load, and answer, without the NLP stack."""
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    kb_fixture.build(url)
    code = (
        "import sys\n"
        "from fastapi.testclient import TestClient\n"
        "from marquee.api.app import create_app\n"
        f"client = TestClient(create_app({url!r}))\n"
        "assert client.get('/').status_code == 200\n"
        "assert client.get('/api/works').status_code == 200\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_a_document_id_with_a_slash_and_a_space_opens(client: TestClient) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    body = {"id": "desk/lanterns 1", "text": "Paper Kites returns in the autumn."}
    assert client.post("/documents", json=body, headers=auth).status_code == 201
    assert client.get("/api/documents/desk/lanterns%201").json()["id"] == "desk/lanterns 1"
    page = client.get("/documents/desk/lanterns%201")
    assert page.status_code == 200 and "Paper Kites returns" in page.text
