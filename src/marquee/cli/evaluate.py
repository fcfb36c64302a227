"""`marquee evaluate`."""

from __future__ import annotations

from marquee.cli import app


@app.command("evaluate")
def evaluate() -> None:
    """Not implemented yet."""
    raise NotImplementedError
