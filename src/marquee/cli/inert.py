"""Text from articles, ids and URLs reaches the terminal inert.

Article text is untrusted: an ANSI escape in it could clear the screen, retitle the
window or plant a hyperlink, and a ``[/]`` in it would be read as Rich markup. Every
command prints through :func:`console` (Rich markup, emoji and highlighting off; each
control character shown as its visible symbol, ``␛`` for ESC) or through
:func:`inert` (control characters written as escapes, ``\\x1b``) for a plain line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.segment import Segment
from rich.text import Text

# C0 and C1 control characters (a line break is kept where text may span lines) and
# the bidirectional overrides that reorder what the terminal shows.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[{_CONTROLS}\t\n]")
_UNSAFE_BUT_LINES = re.compile(f"[{_CONTROLS}]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: object, *, lines: bool = False) -> str:
    """``text`` with every control character written as an escape (``\\x1b``); with
    ``lines``, line breaks and tabs are kept."""
    return (_UNSAFE_BUT_LINES if lines else _UNSAFE).sub(_escape, str(text))


def one_line(text: object) -> str:
    """``text`` on one line, inert: tabs and line breaks become spaces."""
    return inert(" ".join(str(text).replace("\t", " ").splitlines()))


def inert_text(text: object, style: str = "") -> Text:
    """A Rich ``Text`` of ``one_line(text)`` (no markup is ever read from it)."""
    return Text(one_line(text), style=style)


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ ... ␟, one cell like the character it stands for
    return "\u2421" if code == 0x7F else "\ufffd"


_SYMBOLS = re.compile(f"[{_CONTROLS}]")


def visible(text: str) -> str:
    """``text`` with each control character as a visible symbol of the same length."""
    return _SYMBOLS.sub(_symbol, text)


class InertConsole(Console):
    """A Rich console that never interprets markup and writes no control character
    that came from data: the text of every segment is passed through :func:`visible`;
    Rich's own control segments (cursor moves of a progress bar) and styles stay."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        safe = (
            segment if segment.control else Segment(visible(segment.text), segment.style)
            for segment in buffer
        )
        return super()._render_buffer(safe)

    def on_broken_pipe(self) -> None:
        """The reader went away (``| head``): stop printing and let the command line end
        quietly (``MarqueeGroup``), instead of Rich's exit status 1."""
        self.quiet = True
        raise BrokenPipeError


def console(**options: Any) -> Console:
    """The console every command prints with (``stderr=True`` for messages)."""
    options.setdefault("markup", False)
    options.setdefault("emoji", False)
    options.setdefault("highlight", False)
    return InertConsole(**options)
