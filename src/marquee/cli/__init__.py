"""The `marquee` command line: a thin layer over sources -> nlp -> extract -> kb."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Marquee: facts about TV series and films from the news, with evidence.",
    no_args_is_help=True,
    add_completion=False,
)



def _register_commands() -> None:
    """Each command lives in its own module of this package and registers itself on `app`."""
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")


_register_commands()
