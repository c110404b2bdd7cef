"""A misbehaving server on loopback: nothing corrupt is cached, a healthy re-run recovers.

Each fault of issue 17 is served for one file of the real 2024c mirror, as DocBook and
as chunked HTML: the fetch fails naming the URL, the manifest does not mark the file
(nor the Part) complete, no file is left in its place, and a second run against the
healthy server downloads it and ends complete.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator import cli
from generator.errors import FetchError
from generator.sources.fetch import fetch
from generator.sources.http import Deadlines
from tests.generator.sources.mirror_server import Fault, MirrorServer, fast_client, serve

pytestmark = pytest.mark.network

PART15_XML = "2024c/source/docbook/part15/part15.xml"
PART15_HTML = "2024c/output/chtml/part15"
PAGE = "sect_6.2.html"
ERROR_PAGE = b"<html><body><h1>Service temporarily unavailable</h1></body></html>\n"

FaultFactory = Callable[[bytes], Fault]


def _corrupted(data: bytes) -> bytes:
    """The same size, with bytes no XML may hold in the middle."""
    middle = len(data) // 2
    return data[:middle] + b"\x00" * 64 + data[middle + 64 :]


FAULTS: dict[str, tuple[FaultFactory, str]] = {
    "truncated with its length": (
        lambda data: Fault("body", body=data[: len(data) // 2]),
        "not well-formed|not a whole XHTML page",
    ),
    "truncated without a length": (
        lambda data: Fault("cut", fraction=0.5),
        "not well-formed|not a whole XHTML page",
    ),
    "corrupted, same size": (
        lambda data: Fault("body", body=_corrupted(data)),
        "not well-formed|not a whole XHTML page",
    ),
    "error page with 200": (
        lambda data: Fault("body", body=ERROR_PAGE),
        "not DocBook XML|not a page of the DICOM standard",
    ),
    "dropped connection": (
        lambda data: Fault("drop", fraction=0.3),
        "truncated body: received",
    ),
    "500": (lambda data: Fault("status", status=500), "HTTP 500"),
    "drip": (lambda data: Fault("drip", delay=0.05), "not complete within the per-file deadline"),
}


@pytest.fixture
def server(mirror_root: Path) -> Iterator[MirrorServer]:
    with serve(mirror_root) as state:
        yield state


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _edition_dir(cache: Path, server: MirrorServer) -> Path:
    return cache / server.url.removeprefix("http://").rstrip("/").replace(":", "_") / "2024c"


def _manifest(root: Path, fmt: str) -> dict[str, object]:
    file = root / "manifests" / f"part15.{fmt}.json"
    if not file.exists():
        return {"complete": False, "files": {}}
    data = json.loads(file.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _fetch(server: MirrorServer, cache: Path, fmt: str, deadlines: Deadlines | None = None) -> int:
    with fast_client(attempts=2, deadlines=deadlines) as client:
        result = fetch("2024c", [15], fmt, mirror=server.url, cache_dir=cache, client=client)
    return result.downloaded


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_docbook_fault_is_refused_then_recovered(
    fault: str, server: MirrorServer, mirror_root: Path, tmp_path: Path
) -> None:
    make, reason = FAULTS[fault]
    original = mirror_root / PART15_XML
    server.faults["/" + PART15_XML] = make(original.read_bytes())
    cache = tmp_path / "cache"
    started = time.monotonic()
    with pytest.raises(FetchError, match=reason) as caught:
        _fetch(server, cache, "docbook", Deadlines(file=1.0, run=60.0))
    assert time.monotonic() - started < 20
    assert f"{server.url}{PART15_XML}" in str(caught.value)
    assert "\n" not in str(caught.value)
    root = _edition_dir(cache, server)
    manifest = _manifest(root, "docbook")
    assert manifest["complete"] is False
    assert manifest["files"] == {}
    assert not (root / "source/docbook/part15/part15.xml").exists()
    assert list(root.rglob("*.part")) == []

    server.faults.clear()
    assert _fetch(server, cache, "docbook") == 1
    assert _manifest(root, "docbook")["complete"] is True
    assert _sha(root / "source/docbook/part15/part15.xml") == _sha(original)


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_chtml_page_fault_is_refused_then_recovered(
    fault: str, server: MirrorServer, mirror_root: Path, tmp_path: Path
) -> None:
    make, reason = FAULTS[fault]
    original = mirror_root / PART15_HTML / PAGE
    url_path = f"{PART15_HTML}/{PAGE}"
    server.faults["/" + url_path] = make(original.read_bytes())
    cache = tmp_path / "cache"
    with pytest.raises(FetchError, match=reason) as caught:
        _fetch(server, cache, "chtml", Deadlines(file=1.0, run=60.0))
    assert f"{server.url}{url_path}" in str(caught.value)
    root = _edition_dir(cache, server)
    manifest = _manifest(root, "chtml")
    assert manifest["complete"] is False
    files = manifest["files"]
    assert isinstance(files, dict)
    assert f"output/chtml/part15/{PAGE}" not in files
    assert not (root / "output/chtml/part15" / PAGE).exists()

    server.faults.clear()
    before = len(files)
    downloaded = _fetch(server, cache, "chtml")
    assert downloaded == 87 - before
    assert _manifest(root, "chtml")["complete"] is True
    assert _sha(root / "output/chtml/part15" / PAGE) == _sha(original)


def test_the_run_has_a_deadline_of_its_own(
    server: MirrorServer, mirror_root: Path, tmp_path: Path
) -> None:
    server.faults["/" + PART15_XML] = Fault("drip", delay=0.05)
    started = time.monotonic()
    with pytest.raises(FetchError, match="not complete within the run's deadline of 1 s"):
        _fetch(server, tmp_path / "cache", "docbook", Deadlines(file=None, run=1.0))
    assert time.monotonic() - started < 5


def test_a_cached_file_that_no_longer_matches_its_manifest_is_fetched_again(
    server: MirrorServer, mirror_root: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    assert _fetch(server, cache, "docbook") == 1
    cached = _edition_dir(cache, server) / "source/docbook/part15/part15.xml"
    cached.chmod(0o644)
    cached.write_bytes(_corrupted(cached.read_bytes()))
    assert _fetch(server, cache, "docbook") == 1
    assert _sha(cached) == _sha(mirror_root / PART15_XML)
    assert _fetch(server, cache, "docbook") == 0
    assert server.count() == 2


def test_a_manifest_of_unverified_downloads_is_not_trusted(
    server: MirrorServer, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    assert _fetch(server, cache, "docbook") == 1
    file = _edition_dir(cache, server) / "manifests/part15.docbook.json"
    data = json.loads(file.read_text(encoding="utf-8"))
    file.write_text(json.dumps({**data, "version": 1}), encoding="utf-8")
    assert _fetch(server, cache, "docbook") == 1


def test_the_command_exits_2_naming_the_url(
    server: MirrorServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("fetch",))
    server.faults["/" + PART15_XML] = Fault("body", body=ERROR_PAGE)
    argv = ["fetch", "--edition", "2024c", "--parts", "15", "--format", "docbook"]
    argv += ["--mirror", server.url, "--cache-dir", str(tmp_path)]
    assert cli.main(argv) == 2
    _, err = capsys.readouterr()
    assert err.count("\n") == 1
    assert err.startswith(f"dicomodel-gen fetch: error: {server.url}{PART15_XML} is not DocBook")
