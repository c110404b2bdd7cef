"""The phases of a long command on stderr: live on a terminal, one line each otherwise.

On a terminal the current phase shows at once, with what it is doing and the seconds
spent, redrawn in place; in a log (CI) each phase writes one line when it ends.
Either way the line left behind reads ``read: 4 Parts (chunked HTML 2024c) in 41.2 s``.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO


class Phases:
    """Reports phases (``read``, ``IR``, ``render``, ``format``, ``write``) on a stream."""

    def __init__(self, stream: TextIO | None = None, *, live: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if live is None:
            isatty = getattr(self.stream, "isatty", None)
            live = bool(isatty()) if callable(isatty) else False
        self.live = live
        self._lock = threading.Lock()
        self._name = ""
        self._detail = ""
        self._started = 0.0
        self._stop: threading.Event | None = None
        self._ticker: threading.Thread | None = None

    @contextmanager
    def phase(self, name: str, detail: str = "", *, tick: bool = True) -> Iterator[Phases]:
        """Run one phase; ``detail`` says what it works on (changed with :meth:`update`).

        ``tick``: redraw the seconds spent every half second on a terminal; off while
        another bar owns the line (the fetch's, when the read phase downloads).
        """
        with self._lock:
            self._name, self._detail, self._started = name, detail, time.monotonic()
        if self.live and tick:
            self._start_ticker()
        elif self.live:
            with self._lock:
                self._draw()
        outcome = "in"
        try:
            yield self
        except BaseException:
            outcome = "stopped after"
            raise
        finally:
            if self.live:
                self._stop_ticker()
            elapsed = time.monotonic() - self._started
            with self._lock:
                detail = f" {self._detail}" if self._detail else ""
                self._write(f"{self._name}:{detail} {outcome} {elapsed:.1f} s", final=True)

    def update(self, detail: str) -> None:
        """What the current phase works on now (redrawn at once on a terminal)."""
        with self._lock:
            self._detail = detail
            if self.live:
                self._draw()

    def _draw(self) -> None:
        elapsed = time.monotonic() - self._started
        self._write(f"{self._name}: {self._detail} ... {elapsed:.0f} s", final=False)

    def _write(self, text: str, *, final: bool) -> None:
        if self.live:
            self.stream.write("\r" + text + "\x1b[K" + ("\n" if final else ""))
        elif final:
            self.stream.write(text + "\n")
        self.stream.flush()

    def _start_ticker(self) -> None:
        stop = threading.Event()

        def tick() -> None:
            while not stop.wait(0.5):
                with self._lock:
                    self._draw()

        with self._lock:
            self._draw()
        self._stop = stop
        self._ticker = threading.Thread(target=tick, name="dicomodel-phases", daemon=True)
        self._ticker.start()

    def _stop_ticker(self) -> None:
        if self._stop is not None and self._ticker is not None:
            self._stop.set()
            self._ticker.join()
        self._stop = self._ticker = None
