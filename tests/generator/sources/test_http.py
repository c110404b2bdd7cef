"""The downloader over real loopback HTTP: resume, retries, truncation, refusal, progress."""

from __future__ import annotations

import hashlib
import io
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.errors import FetchError
from generator.sources.http import HttpStatusError, NotFoundError, Progress
from generator.sources.verify import verify_docbook
from tests.generator.sources.mirror_server import Fault, MirrorServer, fast_client, serve

pytestmark = pytest.mark.network

PART15 = "2024c/source/docbook/part15/part15.xml"


@pytest.fixture
def server(mirror_root: Path) -> Iterator[MirrorServer]:
    with serve(mirror_root) as state:
        yield state


def _part15(path: Path) -> str | None:
    return verify_docbook(path, 15, "2024c")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_download_resumes_a_dropped_connection_with_range(
    server: MirrorServer, mirror_root: Path, tmp_path: Path
) -> None:
    server.faults["/" + PART15] = Fault("drop", times=1, fraction=0.4)
    dest = tmp_path / "part15.xml"
    with fast_client() as client:
        done = client.download(server.url + PART15, dest, check=_part15)
    size = (mirror_root / PART15).stat().st_size
    first, second = server.hits
    assert first.range is None
    assert second.range is not None
    offset = int(second.range.removeprefix("bytes=").removesuffix("-"))
    assert 0 < offset <= int(size * 0.4)
    assert done.resumed
    assert done.size == size
    assert done.sha256 == _sha(mirror_root / PART15) == _sha(dest)
    assert _leftovers(tmp_path) == ["part15.xml"]


def test_download_resumes_a_partial_file_left_by_an_earlier_run(
    server: MirrorServer, mirror_root: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "part15.xml"
    (tmp_path / "part15.xml.part").write_bytes((mirror_root / PART15).read_bytes()[:1_000_000])
    with fast_client() as client:
        done = client.download(server.url + PART15, dest)
    assert [hit.range for hit in server.hits] == ["bytes=1000000-"]
    assert done.resumed
    assert _sha(dest) == _sha(mirror_root / PART15)
    assert _leftovers(tmp_path) == ["part15.xml"]


def test_download_restarts_when_the_server_ignores_range(
    server: MirrorServer, mirror_root: Path, tmp_path: Path
) -> None:
    server.ranges = False
    dest = tmp_path / "part15.xml"
    (tmp_path / "part15.xml.part").write_bytes(b"stale bytes from another file")
    with fast_client() as client:
        done = client.download(server.url + PART15, dest)
    assert [hit.range for hit in server.hits] == ["bytes=29-"]
    assert not done.resumed
    assert _sha(dest) == _sha(mirror_root / PART15)


def test_download_retries_a_500_then_succeeds(server: MirrorServer, tmp_path: Path) -> None:
    server.faults["/" + PART15] = Fault("status", times=2, status=503)
    with fast_client(attempts=3) as client:
        client.download(server.url + PART15, tmp_path / "part15.xml")
    assert server.count() == 3


def test_download_gives_up_on_a_persistent_500(server: MirrorServer, tmp_path: Path) -> None:
    server.faults["/" + PART15] = Fault("status", status=500)
    with fast_client(attempts=3) as client, pytest.raises(HttpStatusError) as caught:
        client.download(server.url + PART15, tmp_path / "x" / "part15.xml")
    assert str(caught.value) == (
        f"cannot download {server.url}{PART15}: HTTP 500 Internal Server Error after 3 attempts"
    )
    assert caught.value.status == 500
    assert server.count() == 3
    assert _leftovers(tmp_path) == []


def test_download_does_not_retry_a_404(server: MirrorServer, tmp_path: Path) -> None:
    url = server.url + "2024c/source/docbook/part03/part03.xml"
    with fast_client() as client, pytest.raises(NotFoundError, match="HTTP 404"):
        client.download(url, tmp_path / "part03.xml")
    assert server.count() == 1


def test_truncated_body_is_an_error_and_leaves_nothing(
    server: MirrorServer, mirror_root: Path, tmp_path: Path
) -> None:
    server.faults["/" + PART15] = Fault("drop", fraction=0.5)
    size = (mirror_root / PART15).stat().st_size
    with fast_client(attempts=2) as client, pytest.raises(FetchError) as caught:
        client.download(server.url + PART15, tmp_path / "part15.xml")
    assert str(caught.value).startswith(
        f"cannot download {server.url}{PART15}: truncated body: received "
    )
    assert str(caught.value).endswith(f" of {size} bytes after 2 attempts")
    assert [hit.range is None for hit in server.hits] == [True, False]
    assert _leftovers(tmp_path) == []


def test_wrong_content_is_an_error_and_leaves_nothing(server: MirrorServer, tmp_path: Path) -> None:
    server.faults["/" + PART15] = Fault("body", body=b"<html><body>Access denied</body></html>")
    with fast_client() as client, pytest.raises(FetchError) as caught:
        client.download(server.url + PART15, tmp_path / "part15.xml", check=_part15)
    assert str(caught.value) == (
        f"{server.url}{PART15} is not DocBook XML: its root element is html, not book"
    )
    assert _leftovers(tmp_path) == []


def test_connection_refused(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/{PART15}"
    with fast_client(attempts=2) as client, pytest.raises(FetchError) as caught:
        client.download(url, tmp_path / "part15.xml")
    assert str(caught.value) == f"cannot download {url}: connection refused after 2 attempts"
    assert _leftovers(tmp_path) == []


def test_read_timeout(server: MirrorServer, tmp_path: Path) -> None:
    server.faults["/" + PART15] = Fault("stall", delay=0.5)
    with (
        fast_client(attempts=1, read_timeout=0.1) as client,
        pytest.raises(FetchError, match=r"part15\.xml: timed out$"),
    ):
        client.download(server.url + PART15, tmp_path / "part15.xml")


def test_get_text_and_status(server: MirrorServer) -> None:
    with fast_client() as client:
        assert '<a href="2024c/">2024c/</a>' in client.get_text(server.url)
        assert client.status(server.url + "2024c/") == 200
        assert client.status(server.url + "2099z/") == 404
        with pytest.raises(NotFoundError):
            client.get_text(server.url + "2099z/")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(
    server: MirrorServer, mirror_root: Path, tmp_path: Path
) -> None:
    terminal, pipe = _Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = Progress(stream)
        bar.start("PS3.15 DocBook")
        with fast_client() as client:
            client.download(server.url + PART15, tmp_path / f"{id(stream)}.xml", progress=bar)
        bar.finish()
    size_mb = f"{(mirror_root / PART15).stat().st_size / 1e6:.1f} MB"
    assert pipe.getvalue() == ""
    last = terminal.getvalue().rstrip("\n").split("\r")[-1]
    assert last == f"PS3.15 DocBook [{'#' * 30}] 100% {size_mb} / {size_mb}\x1b[K"
