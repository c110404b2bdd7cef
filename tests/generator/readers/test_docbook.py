"""DocBookReader: small documents written here, then the real DocBook of the mirror."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.readers import (
    Cell,
    DocBookReader,
    Document,
    ItemizedList,
    ListEntry,
    Paragraph,
    TableRef,
    VariableList,
    XRef,
    read_document,
)

BOOK = """<?xml version="1.0" encoding="utf-8"?>
<book xmlns="http://docbook.org/ns/docbook" xmlns:xl="http://www.w3.org/1999/xlink"
      label="PS3.3" version="5.0" xml:id="PS3.3">
  <title>PS3.3</title>
  <subtitle>DICOM PS3.3 2099a - Information Object Definitions</subtitle>
  {body}
</book>
"""

MODULE = """
  <chapter label="C" xml:id="chapter_C">
    <title>Information Module Definitions</title>
    <section label="C.1" xml:id="sect_C.1">
      <title>Patient  Module</title>
      <para>See <xref linkend="table_C.1-1" xrefstyle="select: label"/> and
        <olink targetdoc="PS3.16" targetptr="sect_CID_7" xrefstyle="select: labelnumber"/>.</para>
      <note><para>Informative.</para></note>
      <table label="C.1-1" xml:id="table_C.1-1">
        <caption>Patient Module   Attributes</caption>
        <thead><tr><th><para>Attribute Name</para></th><th><para>Tag</para></th>
          <th><para>Type</para></th><th><para>Attribute Description</para></th></tr></thead>
        <tbody>
          <tr><td><para>Patient's Name</para></td><td><para>(0010,0010)</para></td>
            <td rowspan="2"><para>2</para></td>
            <td><para>Patient's full name.</para><para>Second   paragraph.</para></td></tr>
          <tr><td><para>&gt;Patient ID</para></td><td><para>(0010,0020)</para></td>
            <td>
              <para>Primary identifier.</para>
              <variablelist><title>Defined Terms:</title>
                <varlistentry><term>TEXT</term><listitem><para/></listitem></varlistentry>
                <varlistentry><term>RFID</term><listitem><para>Radio</para></listitem></varlistentry>
              </variablelist>
              <note><orderedlist><listitem><para>One.</para></listitem>
                <listitem><para>Two <emphasis role="bold">bold</emphasis>.</para></listitem>
              </orderedlist></note>
            </td></tr>
          <tr><td colspan="4"><para><emphasis role="italic">Include <xref
            linkend="table_C.2-1" xrefstyle="select: label quotedtitle"/></emphasis></para>
          </td></tr>
          <tr><td colspan="4"><para>Code <olink targetdoc="PS3.16"
            targetptr="DCM_110180">(110180, DCM, "Study Instance UID")</olink>;
            <link xl:href="http://example.org/x"/></para></td></tr>
        </tbody>
      </table>
      <section label="C.1.1" xml:id="sect_C.1.1">
        <title>Details</title>
        <itemizedlist><listitem><para>a</para></listitem><listitem><para>b</para></listitem></itemizedlist>
        <informaltable><tbody><tr><td><para>x</para></td></tr></tbody></informaltable>
      </section>
    </section>
    <section label="C.2" xml:id="sect_C.2">
      <title>Other</title>
      <table label="C.2-1" xml:id="table_C.2-1">
        <caption>Macro</caption>
        <tbody><tr><td><para>y</para></td></tr></tbody>
      </table>
    </section>
  </chapter>
"""


@pytest.fixture(scope="module")
def module_doc(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("db") / "part03.xml"
    path.write_text(BOOK.format(body=MODULE), encoding="utf-8")
    return DocBookReader(part=3).read(path)


def test_identity(module_doc: Document) -> None:
    assert (module_doc.part, module_doc.edition, module_doc.format) == (3, "2099a", "docbook")
    assert module_doc.name == "PS3.3"
    assert module_doc.missing == ()


def test_section_tree(module_doc: Document) -> None:
    tree = [(s.id, s.label, s.title, s.parent_id) for s in module_doc.sections.values()]
    assert tree == [
        ("chapter_C", "C", "Information Module Definitions", None),
        ("sect_C.1", "C.1", "Patient Module", "chapter_C"),
        ("sect_C.1.1", "C.1.1", "Details", "sect_C.1"),
        ("sect_C.2", "C.2", "Other", "chapter_C"),
    ]
    assert [s.id for s in module_doc.children("sect_C.1")] == ["sect_C.1.1"]


def test_section_blocks(module_doc: Document) -> None:
    blocks = module_doc.section("sect_C.1").blocks
    assert blocks == (
        Paragraph(
            "See Table C.1-1 and CID 7 in PS3.16.",
            (XRef("table_C.1-1", "C.1-1"), XRef("sect_CID_7", "CID 7", "PS3.16")),
        ),
        Paragraph("Informative.", note=True),
        TableRef("table_C.1-1"),
    )
    sub = module_doc.section("sect_C.1.1").blocks
    assert sub == (ItemizedList(("a", "b")), TableRef("informaltable:sect_C.1.1:1"))


def test_table_shape_and_spans(module_doc: Document) -> None:
    table = module_doc.table("table_C.1-1")
    assert (table.label, table.caption, table.section_id) == (
        "C.1-1",
        "Patient Module Attributes",
        "sect_C.1",
    )
    assert [c.text for c in table.header[0]] == [
        "Attribute Name",
        "Tag",
        "Type",
        "Attribute Description",
    ]
    assert all(len(row) == 4 for row in table.rows)
    # the rowspan=2 Type cell is repeated in the second row
    assert table.rows[0][2] == table.rows[1][2] == Cell("2", ("2",))
    first = table.rows[0][3]
    assert first.paragraphs == ("Patient's full name.", "Second paragraph.")
    assert first.text == "Patient's full name.\nSecond paragraph."


def test_cell_lists_and_notes(module_doc: Document) -> None:
    row = module_doc.table("table_C.1-1").rows[1]
    assert row[0].text == ">Patient ID"
    cell = row[3]
    assert cell.paragraphs == (
        "Primary identifier.",
        "Defined Terms:",
        "TEXT",
        "RFID",
        "Radio",
        "One.",
        "Two bold.",
    )
    assert cell.items == ("One.", "Two bold.")
    (terms,) = cell.variablelists
    assert terms == VariableList(
        "Defined Terms:", (ListEntry("TEXT", ()), ListEntry("RFID", ("Radio",)))
    )


def test_include_row_and_links(module_doc: Document) -> None:
    include, code = module_doc.table("table_C.1-1").rows[2:]
    assert len(set(include)) == 1  # colspan=4: the same cell four times
    cell = include[0]
    # xrefstyle="select: label quotedtitle", rendered as the publisher does
    assert cell.text == "Include Table C.2-1 “Macro”"
    assert cell.italics == ("Include Table C.2-1 “Macro”",)
    # a forward reference: its label is known once the whole file is read
    assert cell.xrefs == (XRef("table_C.2-1", "C.2-1"),)
    assert code[0].text == 'Code (110180, DCM, "Study Instance UID"); http://example.org/x'
    (olink,) = code[0].xrefs
    assert olink == XRef("DCM_110180", "DCM_110180", "PS3.16")
    assert olink.shown == '(110180, DCM, "Study Instance UID")'


def test_glossary_and_bibliography(tmp_path: Path) -> None:
    body = """
  <chapter label="2" xml:id="chapter_2"><title>References</title>
    <bibliography><bibliodiv label="2.1" xml:id="sect_2.1"><title>ISO</title>
      <biblioentry xml:id="biblio_ISO1"><abbrev>ISO 1</abbrev><title>One</title></biblioentry>
    </bibliodiv></bibliography>
  </chapter>
  <chapter label="3" xml:id="chapter_3"><title>Definitions</title>
    <glossary><glossdiv label="3.1" xml:id="sect_3.1"><title>Terms</title>
      <para>Terms from <xref linkend="biblio_ISO1"/>:</para>
      <glossentry xml:id="glossentry_A"><glossterm>Alpha</glossterm><acronym>A</acronym>
        <glossdef><para>First.</para></glossdef></glossentry>
      <glossentry xml:id="glossentry_B"><glossterm>Beta</glossterm>
        <glossdef><para>Second.</para></glossdef></glossentry>
    </glossdiv></glossary>
  </chapter>"""
    path = tmp_path / "part03.xml"
    path.write_text(BOOK.format(body=body), encoding="utf-8")
    doc = read_document(path)
    assert doc.section("sect_2.1").parent_id == "chapter_2"
    assert doc.section("sect_2.1").blocks == ()
    blocks = doc.section("sect_3.1").blocks
    assert blocks[0] == Paragraph("Terms from [ISO 1]:", (XRef("biblio_ISO1", "ISO 1"),))
    assert isinstance(blocks[1], VariableList)
    assert [(e.term, e.definition) for e in blocks[1].entries] == [
        ("Alpha (A)", ("First.",)),
        ("Beta", ("Second.",)),
    ]


def test_repeated_identical_section_is_read_once(tmp_path: Path) -> None:
    chapter = '<chapter label="1" xml:id="chapter_1"><title>One</title><para>x</para></chapter>'
    path = tmp_path / "part03.xml"
    path.write_text(BOOK.format(body=chapter * 2), encoding="utf-8")
    assert list(read_document(path).sections) == ["chapter_1"]


# -- the real DocBook of the mirror ---------------------------------------------


@pytest.fixture(scope="module")
def ps3_6_2015b(mirror_root: Path) -> Document:
    return DocBookReader(part=6).read(mirror_root / "2015b/source/docbook/part06/part06.xml")


def test_ps3_6_data_dictionary(ps3_6_2015b: Document) -> None:
    assert (ps3_6_2015b.part, ps3_6_2015b.edition) == (6, "2015b")
    table = ps3_6_2015b.table("table_6-1")
    assert table.label == "6-1"
    assert table.caption == "Registry of DICOM Data Elements"
    assert [c.text for c in table.header[0]][:5] == ["Tag", "Name", "Keyword", "VR", "VM"]
    assert len(table.rows) == 3879
    assert all(len(row) == 6 for row in table.rows)
    by_tag = {row[0].text: [c.text for c in row] for row in table.rows}
    assert by_tag["(0010,0010)"] == ["(0010,0010)", "Patient's Name", "PatientName", "PN", "1", ""]
    assert by_tag["(0008,0018)"][2:5] == ["SOPInstanceUID", "UI", "1"]
    assert by_tag["(7FE0,0010)"][1:4] == ["Pixel Data", "PixelData", "OB or OW"]
    retired = [r for r in by_tag.values() if r[5] == "RET"]
    assert len(retired) > 300


def test_ps3_6_uid_registry(ps3_6_2015b: Document) -> None:
    rows = {r[0].text: [c.text for c in r] for r in ps3_6_2015b.table("table_A-1").rows}
    assert rows["1.2.840.10008.1.2.1"] == [
        "1.2.840.10008.1.2.1",
        "Explicit VR Little Endian",
        "Transfer Syntax",
        "PS3.5",
    ]
    groups = ps3_6_2015b.table("table_A-3").rows
    first = groups[0]
    assert first[0].text == "1.2.840.10008.6.1.1"
    # the name is an empty olink (select: title): the DocBook has only its target
    assert first[1].xrefs == (XRef("sect_CID_2", "CID 2", "PS3.16"),)


@pytest.mark.parametrize(("edition", "rows", "columns"), [("2020b", 140, 3), ("2020c", 151, 4)])
def test_ps3_4_storage_sop_classes(
    mirror_root: Path, edition: str, rows: int, columns: int
) -> None:
    doc = read_document(mirror_root / f"{edition}/source/docbook/part04/part04.xml", part=4)
    assert (doc.part, doc.edition, doc.format) == (4, edition, "docbook")
    table = doc.table("table_B.5-1")
    assert table.caption == "Standard SOP Classes"
    assert table.section_id == "sect_B.5"
    assert (
        [c.text for c in table.header[0]]
        == [
            "SOP Class Name",
            "SOP Class UID",
            "IOD Specification (defined in PS3.3)",
            "Specialization",  # a column new in 2020c
        ][:columns]
    )
    assert len(table.rows) == rows
    assert all(len(row) == columns for row in table.rows)
    ct = next(r for r in table.rows if r[1].text == "1.2.840.10008.5.1.4.1.1.2")
    assert ct[0].text == "CT Image Storage"
    assert ct[2].text == "Section A.3 in PS3.3"
    assert ct[2].xrefs == (XRef("sect_A.3", "A.3", "PS3.3"),)
    section = doc.section("sect_B.5")
    assert (section.label, section.parent_id) == ("B.5", "chapter_B")
    assert TableRef("table_B.5-1") in section.blocks


def test_ps3_4_release_diff(mirror_root: Path) -> None:
    """Two consecutive editions read alike but for what changed."""
    b = read_document(mirror_root / "2020b/source/docbook/part04/part04.xml")
    c = read_document(mirror_root / "2020c/source/docbook/part04/part04.xml")
    assert set(b.tables) == set(c.tables)
    changed = sorted(t for t in c.tables if c.tables[t] != b.tables[t])
    assert "table_B.5-1" in changed
    assert len(changed) < 10
    new = {r[1].text for r in c.table("table_B.5-1").rows} - {
        r[1].text for r in b.table("table_B.5-1").rows
    }
    assert "1.2.840.10008.5.1.4.1.1.9.8.1" in new  # Body Position Waveform Storage


@pytest.fixture(scope="module")
def ps3_3_2016c(standard_root: Path) -> Document:
    return read_document(standard_root / "excerpts/2016c/part03.xml", part=3, edition="2016c")


def test_ps3_3_excerpt_module_table(ps3_3_2016c: Document) -> None:
    table = ps3_3_2016c.table("table_C.7-1")
    assert (table.label, table.caption, table.section_id) == (
        "C.7-1",
        "Patient Module Attributes",
        "sect_C.7.1.1",
    )
    assert [c.text for c in table.rows[0]][:3] == ["Patient's Name", "(0010,0010)", "2"]
    include = table.rows[2]
    assert len(include) == 4
    # the same text as the 2024c chunked HTML shows (select: label quotedtitle)
    assert include[0].text == "Include Table 10-18 “Issuer of Patient ID Macro Attributes”"
    assert include[0].italics == ("Include Table 10-18 “Issuer of Patient ID Macro Attributes”",)
    assert include[0].xrefs == (XRef("table_10-18", "10-18"),)


def test_ps3_3_excerpt_nesting_marks(ps3_3_2016c: Document) -> None:
    rows = ps3_3_2016c.table("table_8.8-1").rows
    texts = [r[0].text for r in rows]
    nested = rows[texts.index(">Include Table 8.8-1a")][0]
    assert nested.italics == (">Include Table 8.8-1a",)
    assert nested.xrefs == (XRef("table_8.8-1a", "8.8-1a"),)
    patient: dict[str, tuple[Cell, ...]] = {}
    for r in ps3_3_2016c.table("table_C.7-1").rows:
        patient.setdefault(r[0].text, r)
    assert [c.text for c in patient[">Patient ID"]][:3] == [">Patient ID", "(0010,0020)", "1"]
    include_name = ">>Include Table 8.8-1 “Code Sequence Macro Attributes”"
    assert include_name in patient
    # an Include row spanning three columns keeps its fourth, the baseline CID
    include = patient[include_name]
    assert include[0] == include[1] == include[2]
    assert include[3].text == "Defined CID 7481 in PS3.16."
    assert include[3].xrefs == (XRef("sect_CID_7481", "CID 7481", "PS3.16"),)


def test_ps3_3_excerpt_counts(ps3_3_2016c: Document) -> None:
    # 183 table elements, one of them a repeated copy of table_C.8-40
    assert len(ps3_3_2016c.tables) == 182
    includes = [
        c
        for t in ps3_3_2016c.tables.values()
        for r in t.rows
        for c in r[:1]
        if c.italics and "Include" in c.text
    ]
    assert len(includes) == 214
    # all but two ("Include one or more Functional Group Macros") name a table
    unlinked = [c.text for c in includes if not c.xrefs]
    assert unlinked == [
        ">Include one or more Functional Group Macros that are shared by all frames. The "
        "selected Functional Group Macros shall not be present in the Per-frame Functional "
        "Groups Sequence (5200,9230).",
        ">Include one or more Functional Group Macros.",
    ]
    assert all(c.xrefs[0].target.startswith("table_") for c in includes if c.xrefs)
