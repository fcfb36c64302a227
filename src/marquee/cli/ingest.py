"""`marquee ingest`."""

from __future__ import annotations

from marquee.cli import app


@app.command("ingest")
def ingest() -> None:
    """Not implemented yet."""
    raise NotImplementedError
