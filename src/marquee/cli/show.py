"""`marquee show`."""

from __future__ import annotations

from marquee.cli import app


@app.command("show")
def show() -> None:
    """Not implemented yet."""
    raise NotImplementedError
