"""Whole-file checks of a download, on the real 2024c files and on damaged copies."""

from __future__ import annotations

from pathlib import Path

from generator.sources.verify import verify_docbook, verify_html

PART15_XML = "2024c/source/docbook/part15/part15.xml"
PART04_HTML = "2024c/output/chtml/part04"


def test_every_real_page_and_part_passes(mirror_root: Path) -> None:
    assert verify_docbook(mirror_root / PART15_XML, 15, "2024c") is None
    for page in sorted((mirror_root / "2024c/output/chtml/part15").glob("*.html")):
        assert verify_html(page, 15, "2024c") is None, page


def test_a_docbook_part_of_another_part_or_edition(mirror_root: Path, tmp_path: Path) -> None:
    source = mirror_root / PART15_XML
    assert verify_docbook(source, 16, "2024c") == "is not PS3.16: its book is labelled 'PS3.15'"
    other = tmp_path / "part15.xml"
    other.write_bytes(source.read_bytes().replace(b"PS3.15 2024c", b"PS3.15 2023e", 1))
    assert verify_docbook(other, 15, "2024c") == "is edition 2023e, not 2024c"


def test_a_docbook_part_cut_short(mirror_root: Path, tmp_path: Path) -> None:
    data = (mirror_root / PART15_XML).read_bytes()
    cut = tmp_path / "part15.xml"
    cut.write_bytes(data[: len(data) - 100])
    problem = verify_docbook(cut, 15, "2024c")
    assert problem is not None
    assert problem.startswith("is not well-formed XML: ")
    lines = data[: len(data) - 100].count(b"\n") + 1
    assert problem.endswith(f"(line {lines})")


def test_a_page_that_lacks_its_section_or_is_of_another_part(
    mirror_root: Path, tmp_path: Path
) -> None:
    page = mirror_root / PART04_HTML / "sect_B.5.html"
    assert verify_html(page, 4, "2024c") is None
    assert verify_html(page, 3, "2024c") == "is a page of PS3.4, not PS3.3"
    renamed = tmp_path / "sect_B.6.html.part"
    renamed.write_bytes(page.read_bytes())
    assert verify_html(renamed, 4, "2024c") == (
        "does not hold the section it is named after (sect_B.6)"
    )


def test_an_error_page_served_as_the_page(tmp_path: Path) -> None:
    page = tmp_path / "sect_B.5.html"
    page.write_text("<html><body>Service temporarily unavailable</body></html>")
    assert verify_html(page, 4, "2024c") == (
        "is not a page of the DICOM standard (no 'DICOM PS3.N' banner)"
    )
    page.write_text("Service temporarily unavailable")
    assert verify_html(page, 4, "2024c") == (
        "is not an HTML page (it starts with 'Service temporarily unavailable')"
    )


def test_deep_nesting_at_the_start_is_not_called_not_xml(tmp_path: Path) -> None:
    """Deeper than libxml2's default 256 in the first 8 KB: still XML (the reader judges it)."""
    depth = 300
    text = (
        '<?xml version="1.0"?><book xmlns="http://docbook.org/ns/docbook" label="PS3.15">'
        "<subtitle>DICOM PS3.15 2024c - Security</subtitle><para>"
        + "<emphasis>" * depth
        + "x"
        + "</emphasis>" * depth
        + "</para></book>"
    )
    path = tmp_path / "part15.xml"
    path.write_text(text, encoding="utf-8")
    assert verify_docbook(path, 15, "2024c") is None
