"""A loopback HTTP server of the mirror whose faults the tests control.

The server is a standard-library ``ThreadingHTTPServer`` whose handler the tests
control: it counts requests, honours ``Range`` (or not), and injects failures on a
path (a connection dropped in the middle of the body, a body cut short without a
``Content-Length``, a 500, other content served with 200, a stall, a drip of one byte
at a time).
"""

from __future__ import annotations

import html
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from generator.sources.http import Deadlines, HttpClient, RetryPolicy, Timeouts

IIS_LISTING = """<html><head><title>dicom.nema.org - /medical/dicom/</title></head><body>
<H1>dicom.nema.org - /medical/dicom/</H1><hr>
<pre><A HREF="/medical/">[To Parent Directory]</A><br><br>
 3/15/2024  9:11 AM        &lt;dir&gt; <A HREF="/medical/dicom/2015a/">2015a</A><br>
 9/24/2024  1:02 PM        &lt;dir&gt; <A HREF="/medical/dicom/2024c/">2024c</A><br>
 6/12/2024  8:47 AM        &lt;dir&gt; <A HREF="/medical/dicom/2024b/">2024b</A><br>
 9/24/2024  1:02 PM        &lt;dir&gt; <A HREF="/medical/dicom/current/">current</A><br>
 1/10/2020 10:00 AM        &lt;dir&gt; <A HREF="/medical/dicom/resources/">resources</A><br>
</pre><hr></body></html>
"""


def fast_client(
    attempts: int = 3, read_timeout: float = 5.0, deadlines: Deadlines | None = None
) -> HttpClient:
    """A client that retries quickly: tests must not sleep for seconds."""
    return HttpClient(
        retry=RetryPolicy(attempts=attempts, backoff=0.01, max_backoff=0.02),
        timeouts=Timeouts(connect=2.0, read=read_timeout),
        deadlines=deadlines or Deadlines(file=30.0, run=120.0),
    )


@dataclass(frozen=True, slots=True)
class Hit:
    """One request the server saw."""

    path: str
    range: str | None


@dataclass(slots=True)
class Fault:
    """What to do instead of serving a path, for the next ``times`` requests (-1: always).

    ``kind``: ``drop`` (announce the full length, send ``fraction`` of it, close),
    ``cut`` (announce no length, send ``fraction`` of the body, close), ``status``
    (answer ``status``), ``body`` (serve ``body`` instead, with its own length),
    ``stall`` (wait ``delay`` seconds before answering), ``drip`` (announce the full
    length, then send one byte every ``delay`` seconds).
    """

    kind: str
    times: int = -1
    status: int = 500
    fraction: float = 0.5
    body: bytes = b""
    delay: float = 0.0


@dataclass(slots=True)
class MirrorServer:
    """State shared with the handler; ``url`` is the base URL ending in ``/``."""

    root: Path
    url: str = ""
    ranges: bool = True
    listing: str | None = None
    faults: dict[str, Fault] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fault(self, path: str) -> Fault | None:
        """The fault to apply to this request of ``path``, if any (uses one of its times)."""
        with self.lock:
            fault = self.faults.get(path)
            if fault is None or fault.times == 0:
                return None
            if fault.times > 0:
                fault.times -= 1
            return fault

    def record(self, hit: Hit) -> None:
        with self.lock:
            self.hits.append(hit)

    def count(self) -> int:
        """How many requests so far."""
        with self.lock:
            return len(self.hits)

    def paths(self) -> list[str]:
        """The paths requested so far, in order."""
        with self.lock:
            return [hit.path for hit in self.hits]


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hung up (a timeout test) is not worth a traceback."""


def _handler(state: MirrorServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:
            pass

        def _send(self, code: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(code)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            path = unquote(urlsplit(self.path).path)
            state.record(Hit(path, self.headers.get("Range")))
            fault = state.fault(path)
            if fault is not None and fault.kind == "stall":
                time.sleep(fault.delay)
            elif fault is not None and fault.kind == "status":
                self._send(fault.status, b"server error\n", {"Content-Type": "text/plain"})
                return
            elif fault is not None and fault.kind == "body":
                self._send(200, fault.body, {"Content-Type": "application/octet-stream"})
                return
            if path == "/" and state.listing is not None:
                self._send(200, state.listing.encode(), {"Content-Type": "text/html"})
                return
            target = state.root.joinpath(*[p for p in path.split("/") if p not in {"", ".."}])
            if target.is_dir():
                names = sorted(
                    child.name + ("/" if child.is_dir() else "") for child in target.iterdir()
                )
                items = "".join(
                    f'<li><a href="{html.escape(name)}">{html.escape(name)}</a></li>\n'
                    for name in names
                )
                page = f"<html><body><h1>Directory listing</h1><ul>\n{items}</ul></body></html>"
                self._send(200, page.encode(), {"Content-Type": "text/html"})
                return
            if not target.is_file():
                self._send(404, b"not found\n", {"Content-Type": "text/plain"})
                return
            data = target.read_bytes()
            start = 0
            wanted = self.headers.get("Range")
            if state.ranges and wanted and wanted.startswith("bytes=") and wanted.endswith("-"):
                start = int(wanted[len("bytes=") : -1])
                if start >= len(data):
                    self._send(416, b"", {"Content-Range": f"bytes */{len(data)}"})
                    return
            body = data[start:]
            if fault is not None and fault.kind == "cut":
                self.send_response(200)
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(body[: int(len(body) * fault.fraction)])
                self.wfile.flush()
                self.close_connection = True
                return
            self.send_response(206 if start else 200)
            if start:
                self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
            self.send_header("Accept-Ranges", "bytes" if state.ranges else "none")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if fault is not None and fault.kind == "drop":
                self.wfile.write(body[: int(len(body) * fault.fraction)])
                self.wfile.flush()
                self.close_connection = True
                return
            if fault is not None and fault.kind == "drip":
                for index in range(len(body)):
                    self.wfile.write(body[index : index + 1])
                    self.wfile.flush()
                    time.sleep(fault.delay)
                return
            self.wfile.write(body)

    return Handler


@contextmanager
def serve(root: Path) -> Iterator[MirrorServer]:
    """Serve ``root`` on a free loopback port for the duration of the block."""
    state = MirrorServer(root=root)
    server = _QuietServer(("127.0.0.1", 0), _handler(state))
    state.url = f"http://127.0.0.1:{server.server_address[1]}/"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
