"""`marquee serve`: the web pages and the JSON API over a knowledge base (uvicorn)."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from marquee.cli import app
from marquee.cli.kb_errors import DbOption, db_url, kb_errors, require_existing, shown


@app.command("serve")
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    allow_ingest: Annotated[
        bool,
        typer.Option("--allow-ingest",
                     help="Accept POST /documents with the token of $MARQUEE_INGEST_TOKEN."),
    ] = False,
) -> None:
    """Serve the pages and the JSON API (OpenAPI at /docs); read-only unless --allow-ingest."""
    import uvicorn

    from marquee.api.app import create_app
    from marquee.api.ingest import TOKEN_ENV

    url = db_url(db)
    require_existing(url)
    token = os.environ.get(TOKEN_ENV) or None
    if allow_ingest and not token:
        typer.echo(f"error: --allow-ingest needs a token in ${TOKEN_ENV}", err=True)
        raise typer.Exit(2)
    with kb_errors(url):
        application = create_app(url, allow_ingest=allow_ingest, token=token)
    typer.echo(f"serving {shown(url)} on http://{host}:{port} "
               f"({'ingest allowed' if allow_ingest else 'read-only'})")
    uvicorn.run(application, host=host, port=port, log_level="warning")
