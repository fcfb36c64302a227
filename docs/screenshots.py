"""The README's screenshots: a work page and a document page, in Debian's chromium.

    python docs/screenshots.py KB_URL OUT_DIR [--title Succession]
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from marquee.api.app import create_app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("out", type=Path)
    parser.add_argument("--title", default="Succession")
    args = parser.parse_args()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(args.url), port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto(f"{base}/?q={args.title}")
        page.click("#work-results a")
        if page.locator("#confidence-switch").count():  # every fact, the timeline drawn
            page.click("#confidence-switch")
            page.wait_for_url("**all=1*")
        page.screenshot(path=str(args.out / "work-page.png"), full_page=True)
        page.locator("#cast a.sentence").first.click()
        page.wait_for_url("**#fact-*")
        page.screenshot(path=str(args.out / "document-page.png"), full_page=True)
        browser.close()
    server.should_exit = True
    print("wrote", args.out / "work-page.png", args.out / "document-page.png")


if __name__ == "__main__":
    main()
