"""The cheap checks that a file is DocBook XML or an HTML page."""

from __future__ import annotations

from pathlib import Path

from generator.sources.checks import HEAD_BYTES, check_docbook, check_html


def _head(path: Path) -> bytes:
    with path.open("rb") as stream:
        return stream.read(HEAD_BYTES)


def test_real_docbook_files_pass(mirror_root: Path) -> None:
    for path in sorted(mirror_root.glob("*/source/docbook/part*/part*.xml")):
        assert check_docbook(_head(path)) is None, path


def test_real_html_page_passes_and_is_not_docbook(mirror_root: Path) -> None:
    head = _head(mirror_root / "2024c/output/chtml/part15/PS3.15.html")
    assert check_html(head) is None
    assert check_docbook(head) == (
        "is not DocBook XML: its root element is {http://www.w3.org/1999/xhtml}html, not book"
    )


def test_docbook_is_not_html(mirror_root: Path) -> None:
    head = _head(mirror_root / "2024c/source/docbook/part15/part15.xml")
    assert check_html(head) == (
        'is not an HTML page (it starts with \'<?xml version="1.0" encoding="utf-8" sta\')'
    )


def test_other_content_fails() -> None:
    assert check_docbook(b"Service Unavailable") == (
        "is not XML (it starts with 'Service Unavailable')"
    )
    assert check_docbook(b"") == "is empty"
    assert check_docbook(b'<?xml version="1.0"?>\n<article xmlns="x">') == (
        "is not DocBook XML: its root element is {x}article, not book"
    )
    assert check_docbook(b'<book xmlns="http://docbook.org/ns/docbook">') is None
    assert check_html(b"\x89PNG\r\n") is not None
    assert check_html(b"<!DOCTYPE html><HTML><body>") is None
