"""The `marquee` command line: a thin layer over sources -> nlp -> extract -> kb.

Each command module imports what it needs inside its command, so ``marquee --help``
and the commands that parse no text never load spaCy.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from marquee.config import SettingError


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so the flush at exit finds no closed pipe either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real file descriptor (a test runner)
        pass


class MarqueeGroup(TyperGroup):
    """Every command's shared failures: a bad setting is one ``error: ...`` line and exit
    status 2; a reader that stops reading (``marquee show X | head -2``) ends the
    command quietly with status 0."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except SettingError as exc:
            from marquee.cli.inert import inert

            typer.echo(f"error: {inert(exc)}", err=True)
            raise typer.Exit(2) from None
        except BrokenPipeError:
            _quiet_stdout()
            raise typer.Exit(0) from None


app = typer.Typer(
    cls=MarqueeGroup,
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
