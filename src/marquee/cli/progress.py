"""A progress report for long commands, on stderr.

On a terminal it is a Rich progress bar. Anywhere else (a pipe, a CI log) it is a plain
line every ``every`` documents or ``seconds`` seconds, whichever comes first, and one at
the end, so a long ingest shows it is alive::

    ingesting: 250/1000 documents, 61.2 s
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

EVERY_DOCUMENTS = 50
EVERY_SECONDS = 15.0


class Reporter:
    """``advance()`` once per document; use as a context manager."""

    def __init__(
        self,
        label: str,
        total: int,
        console: Console,
        *,
        every: int = EVERY_DOCUMENTS,
        seconds: float = EVERY_SECONDS,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label, self.total, self.done = label, total, 0
        self.every, self.seconds, self.clock = every, seconds, clock
        self.stream = stream or sys.stderr
        self._bar: Progress | None = None
        if console.is_terminal:
            self._bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=True)
            self._task = self._bar.add_task(label, total=total)
        self._started = self._last = clock()
        self._reported = 0

    def __enter__(self) -> Reporter:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
        elif self.done != self._reported or self.done == 0:
            self._line()

    def advance(self) -> None:
        self.done += 1
        if self._bar is not None:
            self._bar.advance(self._task)
            return
        now = self.clock()
        if self.done - self._reported >= self.every or now - self._last >= self.seconds:
            self._line(now)

    def _line(self, now: float | None = None) -> None:
        now = self.clock() if now is None else now
        self.stream.write(f"{self.label}: {self.done}/{self.total} documents, "
                          f"{now - self._started:.1f} s\n")
        self.stream.flush()
        self._last, self._reported = now, self.done
