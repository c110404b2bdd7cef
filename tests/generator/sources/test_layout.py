"""The publisher's layout: paths of a Part, the parts list, links between pages, mirrors."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import FetchError
from generator.sources.layout import (
    PUBLISHER_URL,
    check_format,
    chtml_entry,
    chtml_folder,
    docbook_file,
    page_links,
    parse_parts,
    part_location,
    resolve_mirror,
)


def test_paths_of_a_part() -> None:
    assert docbook_file(3) == "source/docbook/part03/part03.xml"
    assert docbook_file(16) == "source/docbook/part16/part16.xml"
    assert chtml_folder(6) == "output/chtml/part06"
    assert chtml_entry(3) == "PS3.3.html"
    assert part_location(15, "docbook") == "source/docbook/part15/part15.xml"
    assert part_location(15, "chtml") == "output/chtml/part15"


def test_parse_parts_sorts_and_dedupes() -> None:
    assert parse_parts("3,4,6,16") == (3, 4, 6, 16)
    assert parse_parts(" 16, 3 ,3") == (3, 16)


@pytest.mark.parametrize("text", ["", "3,", "3;4", "x", "0", "100", "-3", "3.5", "3-6"])
def test_parse_parts_rejects_bad_lists(text: str) -> None:
    with pytest.raises(FetchError, match=r"invalid parts list .*such as 3,4,6,16"):
        parse_parts(text)


def test_check_format() -> None:
    assert check_format("chtml") == "chtml"
    with pytest.raises(FetchError, match=r"invalid format 'pdf': expected one of docbook, chtml"):
        check_format("pdf")


def test_page_links_of_the_real_entry_page(mirror_root: Path) -> None:
    entry = mirror_root / "2024c/output/chtml/part15/PS3.15.html"
    links = page_links(entry.read_text(encoding="utf-8"))
    assert {"PS3.15.html", "chapter_1.html", "sect_E.3.4.html"} <= links
    assert all(name.endswith(".html") and "/" not in name and "#" not in name for name in links)
    assert "dicom.css" not in links


def test_page_links_keep_only_pages_of_the_same_folder() -> None:
    page = (
        '<a href="sect_A.1.html#x">a</a> <a href="../part06/chapter_6.html">b</a> '
        "<a href='chapter_B.html'>c</a> <a href=\"http://x/part03/PS3.3.html\">d</a> "
        '<link href="dicom.css"/> <a href="figures/x.svg">e</a> <a href="PS3.3.html">f</a>'
    )
    assert page_links(page) == {"sect_A.1.html", "chapter_B.html", "PS3.3.html"}


def test_resolve_mirror_kinds(tmp_path: Path) -> None:
    assert resolve_mirror(None) == PUBLISHER_URL
    assert resolve_mirror("http://127.0.0.1:8000") == "http://127.0.0.1:8000/"
    assert resolve_mirror("https://example.org/dicom/") == "https://example.org/dicom/"
    assert resolve_mirror(tmp_path) == tmp_path.resolve()
    assert resolve_mirror(str(tmp_path)) == tmp_path.resolve()
    assert resolve_mirror(tmp_path.as_uri()) == tmp_path.resolve()


def test_resolve_mirror_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(FetchError, match=rf"mirror {missing} does not exist"):
        resolve_mirror(str(missing))
    with pytest.raises(FetchError, match="does not exist"):
        resolve_mirror(missing.as_uri())
    file = tmp_path / "file.txt"
    file.write_text("x")
    with pytest.raises(FetchError, match="is not a directory"):
        resolve_mirror(file)
    with pytest.raises(FetchError, match=r"unsupported mirror 'ftp://example\.org/'"):
        resolve_mirror("ftp://example.org/")
    with pytest.raises(FetchError, match="names no host"):
        resolve_mirror("http:///x")
