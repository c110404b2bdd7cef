"""HTTP for the fetcher: one session per thread, timeouts, bounded retries, resume.

Connection errors, timeouts, bodies cut short and 5xx/429 answers are retried with
exponential backoff; other 4xx answers are not. Each file has a deadline, and so has
the whole run (:class:`Deadlines`): a server that sends one byte every second, which
no read timeout catches, fails the download at the deadline, naming the URL.

A download goes to ``<name>.part`` beside its destination, resumes from the bytes
already there with a ``Range`` request (appending on 206, restarting on 200), is
checked against the length the server announced and against what the file claims to
be (read to its end), and only then is renamed into place with ``os.replace``. The
``.part`` file is deleted on any error, except an interruption (Ctrl-C, a killed
process), which leaves it for the next run to resume.
"""

from __future__ import annotations

import http.client
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TextIO

import requests
import urllib3

from generator.errors import FetchError
from generator.sources.cache import sha256_of

USER_AGENT = "dicomodel-gen/0.1 (+https://github.com/; requests)"
CHUNK = 1 << 16

Check = Callable[[Path], str | None]
"""Reads a downloaded file (its ``.part``); returns a problem, or ``None`` if fine."""

_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times a request is tried, and how long to wait between tries."""

    attempts: int = 4
    backoff: float = 1.0
    max_backoff: float = 16.0

    def delay(self, failures: int) -> float:
        """Seconds to wait after the ``failures``-th failure (1, 2, 4, ... capped)."""
        return float(min(self.max_backoff, self.backoff * 2 ** (failures - 1)))


@dataclass(frozen=True, slots=True)
class Timeouts:
    """Seconds to wait for a connection, and for each read from the socket."""

    connect: float = 10.0
    read: float = 60.0


@dataclass(frozen=True, slots=True)
class Deadlines:
    """Seconds one file (all its tries) and the whole run may take; ``None``: no limit."""

    file: float | None = 600.0
    run: float | None = 3600.0


class DeadlineError(FetchError):
    """A download took longer than its deadline: not worth another try."""


class HttpStatusError(FetchError):
    """The server answered with an error status that is not worth retrying (or no longer)."""

    def __init__(self, message: str, url: str, status: int) -> None:
        super().__init__(message)
        self.url = url
        self.status = status


class NotFoundError(HttpStatusError):
    """404 or 410: the file is not published there."""


@dataclass(frozen=True, slots=True)
class Downloaded:
    """A file now in place: its size, sha256, where it came from, whether it was resumed."""

    url: str
    size: int
    sha256: str
    resumed: bool


class Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal.

    Thread-safe; redraws at most ten times a second.
    """

    def __init__(self, stream: TextIO | None = None, *, enabled: bool | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        if enabled is None:
            isatty = getattr(self._stream, "isatty", None)
            enabled = bool(isatty()) if callable(isatty) else False
        self.enabled = enabled
        self._lock = threading.Lock()
        self._label = ""
        self._unit = "B"
        self._done = 0
        self._total: int | None = None
        self._drawn = 0.0
        self._active = False

    def start(self, label: str, *, total: int | None = None, unit: str = "B") -> None:
        """Begin a new bar (ends the previous one)."""
        self.finish()
        with self._lock:
            self._label, self._unit, self._done, self._total = label, unit, 0, total
            self._active = True
            self._draw(force=True)

    def set_total(self, total: int | None) -> None:
        """The amount expected (``None`` when unknown)."""
        with self._lock:
            self._total = total
            self._draw()

    def set_done(self, done: int) -> None:
        """The amount done so far."""
        with self._lock:
            self._done = done
            self._draw()

    def advance(self, amount: int = 1) -> None:
        """Add to the amount done."""
        with self._lock:
            self._done += amount
            self._draw()

    def finish(self) -> None:
        """Draw the bar one last time and end its line."""
        with self._lock:
            if self._active and self.enabled:
                self._draw(force=True)
                self._stream.write("\n")
                self._stream.flush()
            self._active = False

    def _amount(self, value: int) -> str:
        if self._unit == "B":
            return f"{value / 1e6:.1f} MB"
        return f"{value} {self._unit}"

    def _draw(self, *, force: bool = False) -> None:
        if not (self.enabled and self._active):
            return
        now = time.monotonic()
        if not force and now - self._drawn < 0.1:
            return
        self._drawn = now
        total = self._total
        if total:
            fraction = min(1.0, self._done / total)
            filled = int(fraction * 30)
            bar = "#" * filled + "-" * (30 - filled)
            text = (
                f"{self._label} [{bar}] {fraction:4.0%} "
                f"{self._amount(self._done)} / {self._amount(total)}"
            )
        else:
            text = f"{self._label} {self._amount(self._done)}"
        self._stream.write("\r" + text + "\x1b[K")
        self._stream.flush()


@dataclass(slots=True)
class _Transfer:
    """What one download carries from try to try."""

    validator: str | None = None
    use_range: bool = True
    resumed: bool = False


class _TransientError(Exception):
    """A failure worth another try; its text says what happened."""


class _BadStatusError(_TransientError):
    def __init__(self, text: str, status: int) -> None:
        super().__init__(text)
        self.status = status


class _RestartError(_TransientError):
    pass


class _TruncatedError(_TransientError):
    def __init__(self, received: int, expected: int) -> None:
        super().__init__(f"truncated body: received {received} of {expected} bytes")


def describe(error: BaseException) -> str:
    """A short reason for a network error: 'connection refused', 'timed out', ..."""
    seen: set[int] = set()
    todo: list[BaseException] = [error]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ConnectionRefusedError):
            return "connection refused"
        for attr in ("__cause__", "__context__", "reason"):
            inner = getattr(current, attr, None)
            if isinstance(inner, BaseException):
                todo.append(inner)
        todo.extend(arg for arg in current.args if isinstance(arg, BaseException))
    text = str(error)
    if "Connection refused" in text or "Errno 111" in text:
        return "connection refused"
    if isinstance(error, requests.Timeout | urllib3.exceptions.TimeoutError | TimeoutError):
        return "timed out"
    if isinstance(error, requests.exceptions.ChunkedEncodingError | http.client.IncompleteRead):
        return "connection lost in the middle of the body"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


_NETWORK_ERRORS = (
    requests.RequestException,
    urllib3.exceptions.HTTPError,
    http.client.HTTPException,
    OSError,
)


_FATAL_ERRORS = (
    requests.exceptions.InvalidURL,
    requests.exceptions.InvalidSchema,
    requests.exceptions.MissingSchema,
    requests.exceptions.InvalidHeader,
    requests.exceptions.TooManyRedirects,
    requests.exceptions.SSLError,
)
"""Errors that another try would only repeat."""


def _status_text(response: requests.Response) -> str:
    reason = f" {response.reason}" if response.reason else ""
    return f"HTTP {response.status_code}{reason}"


def _retryable(status: int) -> bool:
    return status >= 500 or status == 429


def _write(stream: IO[bytes], chunk: bytes, path: Path) -> None:
    try:
        stream.write(chunk)
    except OSError as error:
        raise FetchError(f"cannot write {path}: {error}") from error


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        raise FetchError(f"cannot remove {path}: {error}") from error


def _chunks(response: requests.Response) -> Iterator[bytes]:
    """The body as it arrives: each read returns what the socket has (up to ``CHUNK``).

    ``read1`` gives control back after every read, so that a deadline is checked
    even when a server sends one byte at a time.
    """
    raw = response.raw
    read1 = getattr(raw, "read1", None)
    if read1 is None:  # urllib3 1.x
        yield from response.iter_content(CHUNK)
        return
    while True:
        chunk = read1(CHUNK, decode_content=True)
        if not chunk:
            return
        yield chunk


class HttpClient:
    """Requests with timeouts and bounded retries; one ``requests.Session`` per thread."""

    def __init__(
        self,
        *,
        retry: RetryPolicy | None = None,
        timeouts: Timeouts | None = None,
        deadlines: Deadlines | None = None,
        session_factory: Callable[[], requests.Session] = requests.Session,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.retry = retry or RetryPolicy()
        self.timeouts = timeouts or Timeouts()
        self.deadlines = deadlines or Deadlines()
        self._run_started: float | None = None
        self._session_factory = session_factory
        self._sleep = sleep
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()

    def session(self) -> requests.Session:
        """This thread's session."""
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._session_factory()
            session.headers["User-Agent"] = USER_AGENT
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def close(self) -> None:
        """Close every session opened so far."""
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run_deadline(self) -> float | None:
        """When the run must end (``time.monotonic``); the run starts at the first request."""
        with self._lock:
            if self._run_started is None:
                self._run_started = time.monotonic()
            started = self._run_started
        return None if self.deadlines.run is None else started + self.deadlines.run

    def _file_deadline(self) -> tuple[float | None, str]:
        """The earlier of the run's deadline and one file's, from now, and which it is."""
        run = self._run_deadline()
        own = None if self.deadlines.file is None else time.monotonic() + self.deadlines.file
        if run is not None and (own is None or run <= own):
            return run, f"the run's deadline of {self.deadlines.run:g} s"
        return own, f"the per-file deadline of {self.deadlines.file:g} s"

    @staticmethod
    def _check_deadline(url: str, deadline: tuple[float | None, str]) -> float | None:
        """Seconds left before ``deadline``; :class:`DeadlineError` when none are."""
        when, which = deadline
        if when is None:
            return None
        left = when - time.monotonic()
        if left <= 0:
            raise DeadlineError(f"cannot download {url}: not complete within {which}")
        return left

    def _get(
        self, url: str, headers: dict[str, str], left: float | None = None
    ) -> requests.Response:
        """One GET, streamed; network failures become :class:`_TransientError`.

        ``left``: seconds before the deadline, which bounds the timeouts too.
        """
        connect, read = self.timeouts.connect, self.timeouts.read
        if left is not None:
            connect, read = min(connect, left), min(read, left)
        try:
            return self.session().get(
                url,
                headers={"Accept-Encoding": "identity", **headers},
                stream=True,
                timeout=(connect, read),
            )
        except _FATAL_ERRORS as error:
            raise FetchError(f"cannot download {url}: {describe(error)}") from error
        except _NETWORK_ERRORS as error:
            raise _TransientError(describe(error)) from error

    def _give_up(self, url: str, reason: str, status: int | None) -> FetchError:
        attempts = self.retry.attempts
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        message = f"cannot download {url}: {reason}{tries}"
        return FetchError(message) if status is None else HttpStatusError(message, url, status)

    def _wait(self, failures: int) -> None:
        if failures < self.retry.attempts:
            self._sleep(self.retry.delay(failures))

    def get_text(self, url: str) -> str:
        """The body of a small page (a listing), decoded; 404 is :class:`NotFoundError`."""
        reason, status = "no attempt made", None
        deadline = self._file_deadline()
        for failure in range(1, self.retry.attempts + 1):
            try:
                response = self._get(url, {}, self._check_deadline(url, deadline))
                with response:
                    if response.status_code in {404, 410}:
                        raise NotFoundError(
                            f"{url} was not found ({_status_text(response)})",
                            url,
                            response.status_code,
                        )
                    if _retryable(response.status_code):
                        reason, status = _status_text(response), response.status_code
                    elif response.status_code >= 400:
                        raise HttpStatusError(
                            f"cannot download {url}: {_status_text(response)}",
                            url,
                            response.status_code,
                        )
                    else:
                        try:
                            body = response.content
                        except _NETWORK_ERRORS as error:
                            raise _TransientError(describe(error)) from error
                        return body.decode(response.encoding or "utf-8", errors="replace")
            except _TransientError as error:
                reason, status = str(error), None
            self._wait(failure)
        raise self._give_up(url, reason, status)

    def status(self, url: str) -> int | None:
        """The status of one GET of ``url`` (body not read), or ``None`` if unreachable."""
        try:
            with self._get(url, {}) as response:
                return response.status_code
        except _TransientError:
            return None

    def download(
        self,
        url: str,
        dest: Path,
        *,
        check: Check | None = None,
        progress: Progress | None = None,
    ) -> Downloaded:
        """Download ``url`` to ``dest`` (resuming ``dest.part``), verify it, rename it in place."""
        part = dest.with_name(dest.name + ".part")
        reason, status = "no attempt made", None
        transfer = _Transfer()
        completed = False
        deadline = self._file_deadline()
        try:
            for failure in range(1, self.retry.attempts + 1):
                try:
                    self._attempt(url, part, transfer, progress, deadline)
                    completed = True
                    break
                except _RestartError as error:
                    transfer.use_range = False
                    reason, status = str(error), None
                except _BadStatusError as error:
                    reason, status = str(error), error.status
                except _TransientError as error:
                    reason, status = str(error), None
                self._wait(failure)
            if not completed:
                raise self._give_up(url, reason, status)
            if check is not None:
                problem = check(part)
                if problem is not None:
                    raise FetchError(f"{url} {problem}")
            size = part.stat().st_size
            digest = sha256_of(part)
            os.replace(part, dest)
        except FetchError:
            _unlink(part)
            raise
        except OSError as error:
            _unlink(part)
            raise FetchError(f"cannot write {dest}: {error}") from error
        return Downloaded(url=url, size=size, sha256=digest, resumed=transfer.resumed)

    def _attempt(
        self,
        url: str,
        part: Path,
        transfer: _Transfer,
        progress: Progress | None,
        deadline: tuple[float | None, str] = (None, ""),
    ) -> None:
        """One try: append to ``part`` (or restart it) until the body is complete."""
        offset = part.stat().st_size if part.exists() else 0
        headers: dict[str, str] = {}
        if offset and transfer.use_range:
            headers["Range"] = f"bytes={offset}-"
            if transfer.validator:
                headers["If-Range"] = transfer.validator
        response = self._get(url, headers, self._check_deadline(url, deadline))
        with response:
            code = response.status_code
            if code in {404, 410}:
                raise NotFoundError(f"{url} was not found ({_status_text(response)})", url, code)
            if code == 416 and "Range" in headers:
                _unlink(part)
                raise _TransientError(f"the server refused to resume ({_status_text(response)})")
            if _retryable(code):
                raise _BadStatusError(_status_text(response), code)
            if code >= 400 or code not in {200, 206}:
                raise HttpStatusError(f"cannot download {url}: {_status_text(response)}", url, code)
            transfer.validator = response.headers.get("ETag") or response.headers.get(
                "Last-Modified"
            )
            encoded = response.headers.get("Content-Encoding", "identity").lower() != "identity"
            resuming = code == 206 and "Range" in headers
            if code == 206 and not resuming:
                raise _RestartError("unexpected partial content")
            if resuming:
                match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
                if encoded or match is None or int(match.group(1)) != offset:
                    _unlink(part)
                    raise _RestartError("the server resumed at the wrong place")
                total = None if match.group(3) == "*" else int(match.group(3))
                mode, start = "ab", offset
            else:
                length = response.headers.get("Content-Length", "")
                total = int(length) if length.isdigit() and not encoded else None
                mode, start = "wb", 0
            if progress is not None:
                progress.set_total(total)
                progress.set_done(start)
            received = start
            try:
                part.parent.mkdir(parents=True, exist_ok=True)
                stream = part.open(mode)
            except OSError as error:
                raise FetchError(f"cannot write {part}: {error}") from error
            try:
                for chunk in _chunks(response):
                    self._check_deadline(url, deadline)
                    _write(stream, chunk, part)
                    received += len(chunk)
                    if progress is not None:
                        progress.advance(len(chunk))
            except _NETWORK_ERRORS as error:
                if total is not None and received < total:
                    raise _TruncatedError(received, total) from error
                raise _TransientError(describe(error)) from error
            finally:
                stream.close()
            if total is not None and received != total:
                if received > total:
                    _unlink(part)
                    raise _TransientError(f"body longer than announced: {received} > {total} bytes")
                raise _TruncatedError(received, total)
            transfer.resumed = transfer.resumed or resuming
