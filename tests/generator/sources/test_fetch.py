"""Fetching Parts over loopback HTTP and from a directory mirror; ``current``; errors."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.errors import FetchError
from generator.sources.fetch import fetch, locate, resolve_current
from tests.generator.sources.mirror_server import (
    IIS_LISTING,
    Fault,
    MirrorServer,
    fast_client,
    serve,
)

pytestmark = pytest.mark.network

PART15_XML = "2024c/source/docbook/part15/part15.xml"
PART15_HTML = "2024c/output/chtml/part15"


@pytest.fixture
def server(mirror_root: Path) -> Iterator[MirrorServer]:
    with serve(mirror_root) as state:
        yield state


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> list[str]:
    """Files in the cache, without the lock files (empty, kept beside the editions)."""
    if not folder.exists():
        return []
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and p.parent.name != ".locks"
    )


def _host(server: MirrorServer) -> str:
    return server.url.removeprefix("http://").rstrip("/").replace(":", "_")


def test_docbook_part_is_downloaded_then_served_from_the_cache(
    server: MirrorServer, mirror_root: Path, cache: Path
) -> None:
    with fast_client() as client:
        first = fetch("2024c", [15], "docbook", mirror=server.url, cache_dir=cache, client=client)
    root = cache / _host(server) / "2024c"
    path = root / "source/docbook/part15/part15.xml"
    assert first.path(15) == path
    assert first.root == root
    assert (first.downloaded, first.cached, first.files) == (1, 0, 1)
    assert first.size == first.downloaded_bytes == (mirror_root / PART15_XML).stat().st_size
    assert _sha(path) == _sha(mirror_root / PART15_XML)
    manifest = json.loads((root / "manifests/part15.docbook.json").read_text())
    assert manifest["complete"] is True
    assert manifest["files"] == {
        "source/docbook/part15/part15.xml": {
            "sha256": _sha(mirror_root / PART15_XML),
            "size": first.size,
            "url": server.url + PART15_XML,
        }
    }
    assert server.count() == 1

    with fast_client() as client:
        second = fetch("2024c", [15], "docbook", mirror=server.url, cache_dir=cache, client=client)
    assert server.count() == 1, "a second run with everything cached makes no request"
    assert second.path(15) == path
    assert (second.downloaded, second.cached, second.size) == (0, 1, first.size)


def test_chtml_part_follows_links_to_every_page(
    server: MirrorServer, mirror_root: Path, cache: Path
) -> None:
    with fast_client() as client:
        result = fetch("2024c", [15], "chtml", mirror=server.url, cache_dir=cache, client=client)
    expected = sorted(p.name for p in (mirror_root / PART15_HTML).iterdir())
    assert len(expected) == 87
    folder = result.path(15)
    assert folder == cache / _host(server) / PART15_HTML
    assert sorted(p.name for p in result.parts[0].files) == expected
    assert sorted(p.name for p in folder.iterdir()) == expected
    assert sorted(server.paths()) == sorted(f"/{PART15_HTML}/{name}" for name in expected)
    assert server.paths()[0] == f"/{PART15_HTML}/PS3.15.html"
    assert result.parts[0].missing == ()
    assert all(_sha(folder / name) == _sha(mirror_root / PART15_HTML / name) for name in expected)
    hits = server.count()

    with fast_client() as client:
        again = fetch("2024c", [15], "chtml", mirror=server.url, cache_dir=cache, client=client)
    assert server.count() == hits == 87, "a second run with everything cached makes no request"
    assert (again.downloaded, again.cached, again.files) == (0, 87, 87)


def test_linked_pages_that_are_not_published_are_recorded_as_missing(
    server: MirrorServer, mirror_root: Path, cache: Path
) -> None:
    with fast_client() as client:
        result = fetch("2024c", [6], "chtml", mirror=server.url, cache_dir=cache, client=client)
    part = result.parts[0]
    assert part.missing == ("chapter_6.html",)
    assert len(part.files) == len(list((mirror_root / "2024c/output/chtml/part06").iterdir()))
    manifest = json.loads((result.root / "manifests/part06.chtml.json").read_text())
    rel = "output/chtml/part06/chapter_6.html"
    assert manifest["missing"] == {rel: f"{server.url}2024c/{rel}"}


def test_an_interrupted_chtml_fetch_resumes_where_it_stopped(
    server: MirrorServer, cache: Path
) -> None:
    broken = f"/{PART15_HTML}/sect_E.3.4.html"
    server.faults[broken] = Fault("status", status=500)
    with (
        fast_client(attempts=2) as client,
        pytest.raises(FetchError, match=r"sect_E\.3\.4\.html: HTTP 500 .* after 2 attempts"),
    ):
        fetch("2024c", [15], "chtml", mirror=server.url, cache_dir=cache, client=client, workers=1)
    root = cache / _host(server) / "2024c"
    manifest = json.loads((root / "manifests/part15.chtml.json").read_text())
    assert manifest["complete"] is False
    kept = {rel.rsplit("/", 1)[-1] for rel in manifest["files"]}
    assert 0 < len(kept) < 87
    assert not [name for name in _files(root) if name.endswith(".part")]

    del server.faults[broken]
    before = server.count()
    with fast_client() as client:
        result = fetch("2024c", [15], "chtml", mirror=server.url, cache_dir=cache, client=client)
    again = {path.rsplit("/", 1)[-1] for path in server.paths()[before:]}
    assert again.isdisjoint(kept), "pages complete in the manifest are not downloaded again"
    assert len(again) == 87 - len(kept)
    assert (result.downloaded, result.cached, result.files) == (87 - len(kept), len(kept), 87)


def test_unknown_edition(server: MirrorServer, cache: Path) -> None:
    with fast_client() as client, pytest.raises(FetchError) as caught:
        fetch("2099z", [15], "docbook", mirror=server.url, cache_dir=cache, client=client)
    assert str(caught.value) == f"edition 2099z is not published at {server.url}"
    assert not (cache / _host(server) / "2099z").exists()
    assert _files(cache) == []


def test_part_not_published_in_that_format(server: MirrorServer, cache: Path) -> None:
    with fast_client() as client, pytest.raises(FetchError) as caught:
        fetch("2024c", [3], "docbook", mirror=server.url, cache_dir=cache, client=client)
    assert str(caught.value) == (
        f"PS3.3 is not published as DocBook in edition 2024c at {server.url} "
        f"({server.url}2024c/source/docbook/part03/part03.xml: HTTP 404)"
    )
    with fast_client() as client, pytest.raises(FetchError) as caught:
        fetch("2020b", [4], "chtml", mirror=server.url, cache_dir=cache, client=client)
    assert str(caught.value).startswith("PS3.4 is not published as chunked HTML in edition 2020b")
    assert _files(cache) == []


def test_a_file_that_is_not_what_it_claims(server: MirrorServer, cache: Path) -> None:
    server.faults["/" + PART15_XML] = Fault("body", body=b"Temporarily unavailable, try later")
    with fast_client() as client, pytest.raises(FetchError) as caught:
        fetch("2024c", [15], "docbook", mirror=server.url, cache_dir=cache, client=client)
    assert str(caught.value) == (
        f"{server.url}{PART15_XML} is not XML (it starts with 'Temporarily unavailable, try later')"
    )
    server.faults[f"/{PART15_HTML}/PS3.15.html"] = Fault("body", body=b"%PDF-1.7")
    with fast_client() as client, pytest.raises(FetchError, match=r"is not an HTML page"):
        fetch("2024c", [15], "chtml", mirror=server.url, cache_dir=cache, client=client)
    assert _files(cache) == []


def test_current_from_an_iis_listing(server: MirrorServer, cache: Path) -> None:
    server.listing = IIS_LISTING
    with fast_client() as client:
        assert resolve_current(server.url, client=client) == "2024c"
        result = fetch(
            "current", [15], "docbook", mirror=server.url, cache_dir=cache, client=client
        )
    assert result.edition == "2024c"
    assert server.paths() == ["/", "/", "/" + PART15_XML]


def test_current_from_an_http_server_listing(server: MirrorServer) -> None:
    with fast_client() as client:
        assert resolve_current(server.url, client=client) == "2024c"
    assert server.paths() == ["/"]


def test_current_without_editions_in_the_listing(server: MirrorServer) -> None:
    server.listing = "<html><a href='current/'>current</a></html>"
    with fast_client() as client, pytest.raises(FetchError) as caught:
        resolve_current(server.url, client=client)
    assert str(caught.value) == f"no edition found in the listing at {server.url}"


def test_directory_mirror_is_read_in_place(mirror_root: Path, cache: Path) -> None:
    assert resolve_current(mirror_root) == "2024c"
    docbook = fetch("current", [15], "docbook", mirror=mirror_root, cache_dir=cache)
    assert docbook.in_place
    assert docbook.edition == "2024c"
    assert docbook.path(15) == mirror_root.resolve() / PART15_XML
    chtml = fetch("2024c", [15, 6], "chtml", mirror=mirror_root.as_uri(), cache_dir=cache)
    assert [part.part for part in chtml.parts] == [6, 15]
    assert len(chtml.parts[1].files) == 87
    assert chtml.path(15) == mirror_root.resolve() / PART15_HTML
    assert not cache.exists(), "nothing is copied from a directory mirror"
    assert locate("2015b", 6, mirror=str(mirror_root)) == (
        mirror_root.resolve() / "2015b/source/docbook/part06/part06.xml"
    )


def test_directory_mirror_errors(mirror_root: Path, tmp_path: Path) -> None:
    root = mirror_root.resolve()
    with pytest.raises(FetchError) as caught:
        fetch("2099z", [15], "docbook", mirror=mirror_root)
    assert str(caught.value) == f"edition 2099z is not published at {root}"
    with pytest.raises(FetchError) as caught:
        fetch("2024c", [3], "docbook", mirror=mirror_root)
    assert str(caught.value) == (
        f"PS3.3 is not published as DocBook in edition 2024c at {root} "
        f"({root}/2024c/source/docbook/part03/part03.xml does not exist)"
    )
    with pytest.raises(FetchError, match=r"PS3\.4 is not published as chunked HTML"):
        fetch("2020b", [4], "chtml", mirror=mirror_root)
    with pytest.raises(FetchError) as caught:
        fetch("2024c", [15], mirror=tmp_path / "nowhere")
    assert str(caught.value) == f"mirror {tmp_path / 'nowhere'} does not exist"
    bad = tmp_path / "bad/2024c/source/docbook/part15"
    bad.mkdir(parents=True)
    (bad / "part15.xml").write_text("<html><body>oops</body></html>")
    with pytest.raises(
        FetchError, match=r"part15\.xml is not DocBook XML: its root element is html"
    ):
        fetch("2024c", [15], mirror=tmp_path / "bad")
    with pytest.raises(FetchError, match=r"no edition found in mirror"):
        fetch("current", [15], mirror=tmp_path / "bad/2024c")


def test_invalid_requests(cache: Path) -> None:
    with pytest.raises(FetchError, match=r"invalid edition '24c'"):
        fetch("24c", [15], cache_dir=cache)
    with pytest.raises(FetchError, match=r"invalid format 'pdf'"):
        fetch("2024c", [15], "pdf", cache_dir=cache)
    with pytest.raises(FetchError, match=r"invalid part 0"):
        fetch("2024c", [0], cache_dir=cache)
    with pytest.raises(FetchError, match=r"no part asked for"):
        fetch("2024c", [], cache_dir=cache)


def test_locate_over_http_uses_the_default_cache(
    server: MirrorServer, mirror_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DICOMODEL_CACHE", str(tmp_path / "env-cache"))
    path = locate("2024c", 15, "docbook", mirror=server.url)
    assert path == tmp_path / "env-cache" / _host(server) / PART15_XML
    assert _sha(path) == _sha(mirror_root / PART15_XML)
    assert locate("2024c", 15, "docbook", mirror=server.url) == path
    assert server.count() == 1
    assert os.access(path, os.R_OK)
