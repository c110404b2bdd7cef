"""ChtmlReader: small page folders written here, then the 2024c chunked HTML of the mirror."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from generator.errors import ReaderError
from generator.readers import (
    ChtmlReader,
    Document,
    ListEntry,
    Paragraph,
    TableRef,
    VariableList,
    XRef,
    read_document,
)

PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>t</title>{links}</head>
<body>
<table xmlns="" width="100%"><tr><th><span class="documentreleaseinformation">
DICOM PS3.3 - Information Object Definitions</span></th></tr></table>
<div xmlns="" class="navheader"><table><tr><th><a href="x.html">Prev</a>
Section 9.9 Navigation</th></tr></table></div>
<div xmlns="" class="breadcrumbs"><span class="breadcrumb-link">
<a href="PS3.3.html">PS3.3</a></span></div>
{body}
<div xmlns="" class="navfooter"><table><tr><td><a href="x.html">Next</a></td></tr></table></div>
</body></html>
"""


def _links(up: str | None, prev: str | None, nxt: str | None) -> str:
    rels = {"home": "PS3.3.html", "up": up, "prev": prev, "next": nxt}
    return "".join(f'<link rel="{r}" href="{h}" title="x"/>' for r, h in rels.items() if h)


def _section(level: int, sid: str, heading: str, content: str, cls: str = "section") -> str:
    return (
        f'<div class="{cls}"><div class="titlepage"><div><div>'
        f'<h{level} class="title"><a id="{sid}" shape="rect"></a>{heading}</h{level}>'
        f"</div></div></div>{content}</div>"
    )


HOME = (
    '<div class="book"><div class="titlepage"><h1 class="title"><a id="PS3.3"></a>PS3.3</h1>'
    "</div></div>"
)

CHAPTER = _section(
    1,
    "chapter_C",
    "C Information Module Definitions",
    '<p><a id="para_1"></a>See <a class="xref" href="sect_C.2.html#table_C.2-1" '
    'title="Table C.2-1. Macro">Table C.2-1 “Macro”</a> and '
    '<a href="../part16/sect_CID_7.html" class="olink">CID 7 “Anatomic Region”</a>.</p>'
    + _section(
        2,
        "sect_C.1",
        "C.1 Patient  Module",
        '<div class="note" style="margin-left: 0.5in"><h3 class="title">Note</h3>'
        "<p>Informative.</p></div>"
        '<div class="table"><a id="table_C.1-1"></a><p class="title"><strong>Table C.1-1. '
        'Patient Module Attributes</strong></p><div class="table-contents"><table frame="box">'
        '<thead><tr valign="top"><th rowspan="1" colspan="1"><p>Attribute Name</p></th>'
        '<th rowspan="1" colspan="1"><p>Type</p></th></tr></thead><tbody>'
        '<tr><td rowspan="1" colspan="1"><p>Patient\'s Name</p></td>'
        '<td rowspan="2" colspan="1"><p>2</p></td></tr>'
        '<tr><td rowspan="1" colspan="1"><p>&gt;Patient ID</p>'
        '<div class="variablelist"><p class="title"><strong>Defined Terms:</strong></p>'
        '<dl class="variablelist compact"><dt><span class="term">TEXT</span></dt><dd><p>'
        '<a id="para_2"></a></p></dd><dt><span class="term">RFID</span></dt><dd><p>Radio</p>'
        "</dd></dl></div></td></tr>"
        '<tr><td colspan="2" rowspan="1"><p><span class="italic">Include <a class="xref" '
        'href="sect_C.2.html#table_C.2-1">Table C.2-1 “Macro”</a>\n   </span></p></td></tr>'
        '</tbody></table></div></div><br class="table-break"/>',
    ),
    cls="chapter",
)
SUBSECTION = _section(
    2,
    "sect_C.2",
    "C.2 Other",
    '<div class="itemizedlist"><ul class="itemizedlist"><li class="listitem"><p>a</p></li>'
    '<li class="listitem"><p>b <span xmlns="" class="foreignphrase"><span '
    'xmlns="http://www.w3.org/1999/xhtml" class="foreignphrase">c</span></span></p></li></ul></div>'
    '<div class="table"><a id="table_C.2-1"></a><p class="title"><strong>Table C.2-1. Macro'
    '</strong></p><div class="table-contents"><table><tbody><tr><td><p>y</p></td></tr></tbody>'
    "</table></div></div>" + _section(3, "sect_C.2.1", "C.2.1 Deeper", "<p>Deep.</p>"),
)


def _write_part(folder: Path, *, missing: bool = False) -> Path:
    folder.mkdir(parents=True)
    pages = {
        "PS3.3.html": (_links(None, None, "chapter_C.html"), HOME),
        "chapter_C.html": (_links("PS3.3.html", "PS3.3.html", "sect_C.2.html"), CHAPTER),
        "sect_C.2.html": (_links("chapter_C.html", "chapter_C.html", None), SUBSECTION),
    }
    if missing:
        # the chapter page is gone: its subsection still names it as parent
        del pages["chapter_C.html"]
    for name, (links, body) in pages.items():
        (folder / name).write_text(PAGE.format(links=links, body=body), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Document:
    root = tmp_path_factory.mktemp("mirror")
    return ChtmlReader(part=3).read(_write_part(root / "2099a/output/chtml/part03"))


def test_identity_from_banner_and_layout(small: Document) -> None:
    assert (small.part, small.edition, small.format) == (3, "2099a", "chtml")
    assert small.missing == ()


def test_section_tree_across_pages(small: Document) -> None:
    tree = [(s.id, s.label, s.title, s.parent_id) for s in small.sections.values()]
    assert tree == [
        ("chapter_C", "C", "Information Module Definitions", None),
        ("sect_C.1", "C.1", "Patient Module", "chapter_C"),
        ("sect_C.2", "C.2", "Other", "chapter_C"),  # on its own page: parent from "up"
        ("sect_C.2.1", "C.2.1", "Deeper", "sect_C.2"),
    ]


def test_blocks_and_links(small: Document) -> None:
    (para,) = small.section("chapter_C").blocks
    # a same-Part link reads as the page shows it; a link to another Part canonically
    assert para == Paragraph(
        "See Table C.2-1 “Macro” and CID 7 in PS3.16.",
        (XRef("table_C.2-1", "C.2-1"), XRef("sect_CID_7", "CID 7", "PS3.16")),
    )
    assert para.xrefs[0].shown == "Table C.2-1 “Macro”"
    assert small.section("sect_C.1").blocks == (
        Paragraph("Informative.", note=True),
        TableRef("table_C.1-1"),
    )
    blocks = small.section("sect_C.2").blocks
    assert blocks[0].items == ("a", "b c")  # type: ignore[union-attr]
    assert blocks[1] == TableRef("table_C.2-1")


def test_table(small: Document) -> None:
    table = small.table("table_C.1-1")
    assert (table.label, table.caption, table.section_id) == (
        "C.1-1",
        "Patient Module Attributes",
        "sect_C.1",
    )
    assert [[c.text for c in r] for r in table.rows] == [
        ["Patient's Name", "2"],
        [">Patient ID\nDefined Terms:\nTEXT\nRFID\nRadio", "2"],
        ["Include Table C.2-1 “Macro”", "Include Table C.2-1 “Macro”"],
    ]
    assert table.rows[1][0].variablelists == (
        VariableList("Defined Terms:", (ListEntry("TEXT", ()), ListEntry("RFID", ("Radio",)))),
    )
    include = table.rows[2][0]
    assert include.italics == ("Include Table C.2-1 “Macro”",)
    assert include.xrefs == (XRef("table_C.2-1", "C.2-1"),)


def test_missing_page_is_reported(tmp_path: Path) -> None:
    doc = ChtmlReader().read(_write_part(tmp_path / "2099a/output/chtml/part03", missing=True))
    assert doc.missing == ("chapter_C.html",)
    assert doc.section("sect_C.2").parent_id == "chapter_C"
    assert "chapter_C" not in doc.sections


def test_edition_must_be_given_outside_the_publisher_layout(tmp_path: Path) -> None:
    folder = _write_part(tmp_path / "pages")
    with pytest.raises(ReaderError, match="pass the edition"):
        ChtmlReader().read(folder)
    assert ChtmlReader(edition="2099a").read(folder).edition == "2099a"


def test_edition_mismatch(tmp_path: Path) -> None:
    folder = _write_part(tmp_path / "2099a/output/chtml/part03")
    with pytest.raises(ReaderError, match="not 2024c"):
        ChtmlReader(edition="2024c").read(folder)


# -- samples of the 2024c chunked HTML ------------------------------------------


def _sample(mirror_root: Path, tmp_path: Path, part: str, *pages: str) -> Document:
    """Read a few real pages, copied into a folder laid out as the publisher's."""
    folder = tmp_path / "2024c/output/chtml" / part
    folder.mkdir(parents=True)
    for page in pages:
        shutil.copy(mirror_root / "2024c/output/chtml" / part / page, folder / page)
    return read_document(folder)


def test_part03_patient_module(mirror_root: Path, tmp_path: Path) -> None:
    doc = _sample(mirror_root, tmp_path, "part03", "sect_C.7.html")
    table = doc.table("table_C.7-1")
    assert (table.label, table.caption, table.section_id) == (
        "C.7-1",
        "Patient Module Attributes",
        "sect_C.7.1.1",
    )
    assert [c.text for c in table.header[0]] == [
        "Attribute Name",
        "Tag",
        "Type",
        "Attribute Description",
    ]
    assert [c.text for c in table.rows[0]] == [
        "Patient's Name",
        "(0010,0010)",
        "2",
        "Patient's full name.",
    ]
    include = table.rows[2]
    assert len(set(include)) == 1
    assert include[0].text == "Include Table 10-18 “Issuer of Patient ID Macro Attributes”"
    assert include[0].italics == ("Include Table 10-18 “Issuer of Patient ID Macro Attributes”",)
    assert include[0].xrefs == (XRef("table_10-18", "10-18"),)
    type_of_id = table.rows[3][3]
    assert type_of_id.variablelists[0].title == "Defined Terms:"
    assert [e.term for e in type_of_id.variablelists[0].entries] == ["TEXT", "RFID", "BARCODE"]
    assert type_of_id.items[0] == (
        "The identifier is coded as a string regardless of the type, not as a binary value."
    )
    assert doc.section("sect_C.7.1.1").parent_id == "sect_C.7.1"
    assert doc.section("sect_C.7").parent_id == "chapter_C"  # the missing up page
    assert doc.missing == ("chapter_C.html", "sect_C.6.html", "sect_C.7.2.html")


def test_part03_modality_defined_terms(mirror_root: Path, tmp_path: Path) -> None:
    doc = _sample(mirror_root, tmp_path, "part03", "sect_C.7.3.html")
    section = doc.section("sect_C.7.3.1.1.1")
    assert (section.label, section.title, section.parent_id) == (
        "C.7.3.1.1.1",
        "Modality",
        "sect_C.7.3.1.1",
    )
    terms = section.blocks[0]
    assert isinstance(terms, VariableList)
    assert terms.title == "Defined Terms:"
    assert ListEntry("CFM", ("Confocal Microscopy",)) in terms.entries
    assert ListEntry("CT", ("Computed Tomography",)) in terms.entries


def test_part16_context_group(mirror_root: Path, tmp_path: Path) -> None:
    doc = _sample(mirror_root, tmp_path, "part16", "sect_CID_4410.html")
    section = doc.section("sect_CID_4410")
    assert (section.label, section.title, section.parent_id) == (
        "CID 4410",
        "Topical Treatment",
        "chapter_B",
    )
    header = section.blocks[0]
    assert isinstance(header, VariableList)
    entries = {e.term: e.definition for e in header.entries}
    assert entries["Keyword:"] == ("TopicalTreatment",)
    assert entries["Type:"] == ("Extensible",)
    assert entries["UID:"] == ("1.2.840.10008.6.1.1478",)
    assert section.blocks[1] == TableRef("table_CID_4410")
    table = doc.table("table_CID_4410")
    assert (table.label, table.caption) == ("CID 4410", "Topical Treatment")
    assert [c.text for c in table.header[0]][:3] == [
        "Coding Scheme Designator",
        "Code Value",
        "Code Meaning",
    ]
    assert len(table.rows) == 10
    assert [c.text for c in table.rows[0]][:3] == ["SCT", "372558009", "Immunomodulator"]


def test_part06_registries(mirror_root: Path, tmp_path: Path) -> None:
    doc = _sample(mirror_root, tmp_path, "part06", "chapter_7.html", "chapter_A.html")
    meta = {r[0].text: [c.text for c in r] for r in doc.table("table_7-1").rows}
    assert meta["(0002,0010)"] == [
        "(0002,0010)",
        "Transfer Syntax UID",
        "TransferSyntaxUID",
        "UI",
        "1",
        "",
    ]
    uids = {r[0].text: [c.text for c in r] for r in doc.table("table_A-1").rows}
    assert uids["1.2.840.10008.1.2.1"] == [
        "1.2.840.10008.1.2.1",
        "Explicit VR Little Endian",
        "ExplicitVRLittleEndian",
        "Transfer Syntax",
        "PS3.5",
    ]
    first_group = doc.table("table_A-3").rows[0]
    assert first_group[0].text == "1.2.840.10008.6.1.1"
    (name,) = first_group[2].xrefs
    assert name == XRef("sect_CID_2", "CID 2", "PS3.16")
    assert name.shown == "Anatomic Modifier"  # the rendering only the HTML holds


# -- whole Parts ----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("part", "sections", "tables", "missing", "seconds"),
    [
        ("part03", 3657, 1168, (), 30.0),
        ("part16", 1927, 2109, ("chapter_D.html", "chapter_O.html", "sect_CID_7480.html"), 30.0),
        ("part06", 45, 26, ("chapter_6.html",), 10.0),
        ("part04", 1301, 209, (), 10.0),
    ],
)
def test_whole_part(
    mirror_root: Path,
    part: str,
    sections: int,
    tables: int,
    missing: tuple[str, ...],
    seconds: float,
) -> None:
    start = time.process_time()
    doc = ChtmlReader(part=int(part[4:])).read(mirror_root / "2024c/output/chtml" / part)
    elapsed = time.process_time() - start
    assert elapsed < seconds, f"{part}: {elapsed:.1f}s"
    assert (doc.edition, len(doc.sections), len(doc.tables), doc.missing) == (
        "2024c",
        sections,
        tables,
        missing,
    )
    # every parent is a section of the Part, or a section of a missing page
    absent = {m.removesuffix(".html") for m in missing}
    for section in doc.sections.values():
        assert (
            section.parent_id is None
            or section.parent_id in doc.sections
            or (section.parent_id in absent)
        ), section.id
    # every table sits in a section and is marked there exactly once
    marks = [b.table_id for s in doc.sections.values() for b in s.blocks if isinstance(b, TableRef)]
    nested = {t for t in doc.tables if t not in marks}
    assert len(marks) == len(set(marks))
    assert all(doc.tables[t].section_id in doc.sections for t in doc.tables)
    assert len(nested) <= 2, nested


@pytest.mark.slow
def test_whole_part03_tree(mirror_root: Path) -> None:
    doc = ChtmlReader().read(mirror_root / "2024c/output/chtml/part03")
    chain = []
    sid: str | None = "sect_C.7.3.1.1.1"
    while sid is not None:
        chain.append(sid)
        sid = doc.section(sid).parent_id
    assert chain == [
        "sect_C.7.3.1.1.1",
        "sect_C.7.3.1.1",
        "sect_C.7.3.1",
        "sect_C.7.3",
        "sect_C.7",
        "chapter_C",
    ]
    assert doc.table("table_C.7-1").rows[2][0].xrefs == (XRef("table_10-18", "10-18"),)
    # a label that differs from its id is read from the heading
    assert doc.section("sect_C.8.8.10.3").label == "C.8.8.10.1"
    sections = list(doc.sections)
    assert sections.index("chapter_A") < sections.index("sect_A.1") < sections.index("chapter_C")
