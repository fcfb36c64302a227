"""The pages in headless Chromium: search with suggestions, open a work, follow a fact to
its highlighted sentence, and a hostile article whose script, handlers, javascript:
links and terminal markup stay text and never run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from marquee.api.app import create_app
from tests import kb_fixture
from tests.browser import browser_page, live_server, require_browser


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str]]:
    sync_api = require_browser()
    url = f"sqlite:///{tmp_path_factory.mktemp('browser') / 'kb.db'}"
    kb_fixture.build(url)
    with live_server(create_app(url)) as base, browser_page(sync_api) as page:
        yield page, base


def test_search_suggests_and_opens_the_work(site: tuple[Any, str]) -> None:
    page, base = site
    page.goto(base + "/")
    page.fill("#q", "velvet merid")
    suggestion = page.locator("#suggestions a", has_text=kb_fixture.TITLE)
    suggestion.wait_for(timeout=5000)
    suggestion.click()
    page.wait_for_url("**/works/*")
    assert page.inner_text("h1").startswith(kb_fixture.TITLE)
    assert "released" in page.inner_text("#current")
    assert page.locator("svg.chart circle").count() == 2


def test_a_misspelt_search_says_did_you_mean(site: tuple[Any, str]) -> None:
    page, base = site
    page.goto(base + "/?q=Velvet+Meridain")
    assert kb_fixture.TITLE in page.inner_text(".didyoumean")


def test_a_fact_links_to_its_highlighted_sentence(site: tuple[Any, str]) -> None:
    page, base = site
    page.goto(base + "/")
    page.fill("#q", "velvet")
    page.press("#q", "Enter")
    page.click("#work-results a")
    row = page.locator("#cast tr", has_text="Captain Sera Vahl")
    row.locator("a.sentence").click()
    page.wait_for_url("**/documents/*#fact-*")
    current = page.locator("mark.ev.current")
    current.first.wait_for(timeout=5000)
    text = " ".join(current.all_inner_texts())
    assert "Odalys Brennick stars as Captain Sera Vahl" in text
    assert page.locator("li.fact.current").count() == 1


def test_low_confidence_facts_are_hidden_until_asked(site: tuple[Any, str]) -> None:
    page, base = site
    page.goto(base + "/?q=velvet")
    page.click("#work-results a")
    assert "space drama" not in page.inner_text("main")
    page.click("#confidence-switch")
    page.wait_for_url("**all=1*")
    assert "space drama" in page.inner_text("main")


def test_a_hostile_article_shows_as_text_and_runs_nothing(
    site: tuple[Any, str], tmp_path: Path
) -> None:
    page, base = site
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(base + "/documents/meridian-hostile?all=1")
    body = page.inner_text("#body")
    assert kb_fixture.SCRIPT in body and kb_fixture.IMG in body and kb_fixture.LINK in body
    assert "[bold red]Nadia Rook[/bold red]" in body
    assert page.locator("#body script, #body img, #body a").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    facts = page.inner_text("aside.facts")
    assert kb_fixture.LINK in facts
    page.goto(base + "/?q=velvet")
    page.click("#work-results a")
    page.click("#confidence-switch")
    page.wait_for_url("**all=1*")
    assert kb_fixture.LINK in page.inner_text("#places")
    assert kb_fixture.IMG in page.inner_text("#characters")
    assert page.locator("main img, main script").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == []
