"""Article text made inert for a terminal: no control sequence reaches it.

Rich's ``Text`` never reads markup, but it passes an escape character (and so ANSI
colours, cursor moves, terminal titles) straight through; ``inert`` writes every control
character and every bidirectional override as a visible escape (``\\x1b``, ``\\u202e``).
"""

from __future__ import annotations

import re

from rich.text import Text

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str) -> str:
    """``text`` on one line with control characters written out; tabs and newlines are
    spaces."""
    return _UNSAFE.sub(_visible, " ".join(text.replace("\t", " ").splitlines()))


def inert_text(text: str, style: str = "") -> Text:
    """A Rich ``Text`` of ``inert(text)`` (no markup is read from it)."""
    return Text(inert(text), style=style)
