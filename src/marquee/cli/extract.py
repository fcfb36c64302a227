"""`marquee extract`."""

from __future__ import annotations

from marquee.cli import app


@app.command("extract")
def extract() -> None:
    """Not implemented yet."""
    raise NotImplementedError
