"""Applying overlays to documents: rows, tables and sections merged by id, and every conflict."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.errors import ReaderError
from generator.overlays import OverlayError, apply_overlays, load_overlays
from generator.readers import read_document
from generator.readers.model import Document, Paragraph, TableRef
from tests.generator.overlays.conftest import EDITION, WriteOverlay, base_document, row

EDIT = '<section xml:id="sect_B.5" label="B.5"><title>Standard SOP Classes</title>{table}</section>'


def edit(*rows: str, key: str = "2") -> str:
    table = (
        f'<table xml:id="table_B.5-1" label="B.5-1" ov:action="edit" ov:key="{key}">'
        f"<caption>Standard SOP Classes</caption><tbody>{''.join(rows)}</tbody></table>"
    )
    return EDIT.format(table=table)


def apply(*folders: Path, document: Document | None = None) -> tuple[Document, list[str]]:
    documents = {4: document or base_document()}
    overlays = load_overlays([str(folder) for folder in folders])
    result, provenance = apply_overlays(overlays, documents, EDITION)
    return result[4], [change.describe() for o in provenance for change in o.changes]


def texts(document: Document, table_id: str = "table_B.5-1") -> list[list[str]]:
    return [[cell.text for cell in r] for r in document.tables[table_id].rows]


def test_rows_are_added_replaced_and_removed_by_key(write_overlay: WriteOverlay) -> None:
    base = base_document()
    folder = write_overlay(
        "cp1",
        {
            4: edit(
                row(
                    "US Image Storage", "1.2.3.9", "US Image IOD", "", action="add", after="1.2.3.1"
                ),
                row("MR Image Storage", "1.2.3.2", "MR Image IOD", "B.5.1.1", action="replace"),
                row("PET Image Storage", "1.2.3.0", "", "", action="add", before="1.2.3.1"),
            )
        },
    )
    result, changes = apply(folder, document=base)
    assert texts(result) == [
        ["PET Image Storage", "1.2.3.0", "", ""],
        ["CT Image Storage", "1.2.3.1", "CT Image IOD", ""],
        ["US Image Storage", "1.2.3.9", "US Image IOD", ""],
        ["MR Image Storage", "1.2.3.2", "MR Image IOD", "B.5.1.1"],
    ]
    assert changes == [
        "PS3.4 table_B.5-1 row '1.2.3.9': add",
        "PS3.4 table_B.5-1 row '1.2.3.2': replace",
        "PS3.4 table_B.5-1 row '1.2.3.0': add",
    ]
    assert result.tables["table_B.5-1"].header == base.tables["table_B.5-1"].header
    assert len(base.tables["table_B.5-1"].rows) == 2, "the base document is not modified"


def test_remove_and_match(write_overlay: WriteOverlay) -> None:
    folder = write_overlay(
        "cp2",
        {
            4: edit(
                row("CT Image Storage", "1.2.3.1", "", "", action="remove"),
                row(
                    "MR Storage", "1.2.3.22", "MR Image IOD", "", action="replace", match="1.2.3.2"
                ),
            )
        },
    )
    result, changes = apply(folder)
    assert texts(result) == [["MR Storage", "1.2.3.22", "MR Image IOD", ""]]
    assert changes[0] == "PS3.4 table_B.5-1 row '1.2.3.1': remove"


def test_sections_are_replaced_and_added_in_document_order(write_overlay: WriteOverlay) -> None:
    body = """
      <section xml:id="sect_B.5" label="B.5"><title>Standard SOP Classes</title>
        <section xml:id="sect_B.5.1" label="B.5.1"><title>Specialization</title>
          <section xml:id="sect_B.5.1.1" label="B.5.1.1" ov:action="replace">
            <title>CT Image Storage</title><para>New text, see <xref linkend="sect_B.5"/>.</para>
          </section>
          <section xml:id="sect_B.5.1.2" label="B.5.1.2" ov:action="add" ov:after="sect_B.5.1.1">
            <title>MR Image Storage</title><para>Added.</para>
            <table xml:id="table_B.5.1.2-1" label="B.5.1.2-1" ov:action="add">
              <caption>Extra</caption><thead><tr><th><para>A</para></th></tr></thead>
              <tbody><tr><td><para>x</para></td></tr></tbody>
            </table>
          </section>
        </section>
      </section>"""
    result, changes = apply(write_overlay("sup1", {4: body}))
    assert list(result.sections) == [
        "chapter_B",
        "sect_B.5",
        "sect_B.5.1",
        "sect_B.5.1.1",
        "sect_B.5.1.2",
        "sect_B.6",
    ]
    replaced = result.sections["sect_B.5.1.1"]
    assert (replaced.title, replaced.parent_id) == ("CT Image Storage", "sect_B.5.1")
    assert replaced.blocks[0] == Paragraph(
        "New text, see Section B.5.",
        xrefs=replaced.blocks[0].xrefs,  # type: ignore[union-attr]
    )
    added = result.sections["sect_B.5.1.2"]
    assert added.parent_id == "sect_B.5.1"
    assert added.blocks[-1] == TableRef("table_B.5.1.2-1")
    assert list(result.tables) == ["table_B.5-1", "table_B.5.1.2-1"]
    assert changes == [
        "PS3.4 sect_B.5.1.1: replace",
        "PS3.4 sect_B.5.1.2: add",
        "PS3.4 table_B.5.1.2-1: add",
    ]


def test_a_whole_table_is_replaced(write_overlay: WriteOverlay) -> None:
    table = (
        '<table xml:id="table_B.5-1" label="B.5-1" ov:action="replace"><caption>Standard SOP '
        "Classes</caption><thead>" + row("Name", "UID", "IOD", "Specialization") + "</thead>"
        "<tbody>" + row("CR Image Storage", "1.2.3.3", "CR Image IOD", "") + "</tbody></table>"
    )
    result, changes = apply(write_overlay("cp3", {4: EDIT.format(table=table)}))
    assert texts(result) == [["CR Image Storage", "1.2.3.3", "CR Image IOD", ""]]
    assert changes == ["PS3.4 table_B.5-1: replace"]


def test_overlays_apply_in_order_and_each_sees_the_previous(write_overlay: WriteOverlay) -> None:
    first = write_overlay("first", {4: edit(row("A", "1.2.3.5", "", "", action="add"))})
    second = write_overlay(
        "second",
        {4: edit(row("B", "1.2.3.6", "", "", action="add", after="1.2.3.5"))},
        requires='["first"]',
    )
    result, _ = apply(first, second)
    assert [r[1] for r in texts(result)] == ["1.2.3.1", "1.2.3.2", "1.2.3.5", "1.2.3.6"]
    with pytest.raises(OverlayError, match=r"requires first to be applied before it"):
        apply(second, first)


# -- conflicts and malformed overlays ---------------------------------------------------


def _error(folder_or_folders: Path | tuple[Path, ...]) -> str:
    folders = folder_or_folders if isinstance(folder_or_folders, tuple) else (folder_or_folders,)
    with pytest.raises(OverlayError) as raised:
        apply(*folders)
    return str(raised.value)


def test_replacing_a_missing_table_names_file_and_table(write_overlay: WriteOverlay) -> None:
    table = (
        '<table xml:id="table_B.5-9" label="B.5-9" ov:action="replace"><caption>X</caption>'
        "<thead>" + row("A") + "</thead><tbody>" + row("a") + "</tbody></table>"
    )
    folder = write_overlay("bad1", {4: EDIT.format(table=table)})
    message = _error(folder)
    assert str(folder / "part04.xml") in message
    assert "has no table table_B.5-9 to replace" in message


def test_replacing_a_missing_row_names_file_table_and_row(write_overlay: WriteOverlay) -> None:
    folder = write_overlay("bad2", {4: edit(row("X", "9.9.9", "", "", action="replace"))})
    message = _error(folder)
    assert re.search(r"part04\.xml: table_B\.5-1 row '9\.9\.9': .* no such row to replace", message)


def test_adding_an_existing_row_is_an_error(write_overlay: WriteOverlay) -> None:
    folder = write_overlay("bad3", {4: edit(row("CT", "1.2.3.1", "", "", action="add"))})
    assert "table_B.5-1 row '1.2.3.1' already exists" in _error(folder)


def test_two_overlays_on_one_row(write_overlay: WriteOverlay) -> None:
    first = write_overlay("first", {4: edit(row("CT", "1.2.3.1", "x", "", action="replace"))})
    second = write_overlay("second", {4: edit(row("CT", "1.2.3.1", "y", "", action="replace"))})
    message = _error((first, second))
    assert str(second / "part04.xml") in message
    assert "PS3.4 table_B.5-1 row '1.2.3.1' is also changed by overlay first" in message
    assert str(first / "part04.xml") in message


def test_one_overlay_twice_on_one_row(write_overlay: WriteOverlay) -> None:
    folder = write_overlay(
        "twice",
        {
            4: edit(
                row("CT", "1.2.3.1", "x", "", action="replace"),
                row("CT", "1.2.3.1", "y", "", action="replace"),
            )
        },
    )
    assert "row '1.2.3.1' is changed twice by overlay twice" in _error(folder)


def test_an_overlay_replacing_a_table_another_edits(write_overlay: WriteOverlay) -> None:
    first = write_overlay("first", {4: edit(row("A", "1.2.3.5", "", "", action="add"))})
    table = (
        '<table xml:id="table_B.5-1" label="B.5-1" ov:action="replace"><caption>S</caption>'
        "<thead>" + row("A", "B", "C", "D") + "</thead><tbody>" + row("a", "b", "c", "d")
    ) + "</tbody></table>"
    second = write_overlay("second", {4: EDIT.format(table=table)})
    assert "overlay first edits its rows" in _error((first, second))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<section>", "not well-formed XML"),
        (edit(row("A", "1", "", "", action="add", frobnicate="1")), "ov:frobnicate is not allowed"),
        (edit(row("A", "1", "", "", action="insert")), "ov:action='insert' is not one of"),
        (edit(row("A", "1", "", "")), 'table_B.5-1 row 1: ov:action="add"'),
        (edit(row("A", "1", "", "", action="add"), key="0"), "columns count from 1"),
        (edit(row("A", "1", action="add")), "has 2 cells; table_B.5-1 has 4 columns"),
        (
            EDIT.format(table='<table xml:id="t1" label="1"><caption>c</caption></table>'),
            'ov:action="replace", "add" or "edit" is needed',
        ),
        (
            '<section xml:id="sect_B.5" label="B.5"><title>T</title><para>Text</para></section>',
            "only gives context; its text would be ignored",
        ),
        (
            '<section xml:id="sect_B.5" label="B.5" ov:action="replace"><title>T</title>'
            "<para>The table is gone.</para></section>",
            "holds table_B.5-1 in PS3.4 2099a; the replacement must hold it too",
        ),
        (
            '<section xml:id="sect_B.9" label="B.9" ov:action="replace"><title>T</title></section>',
            "PS3.4 2099a has no section sect_B.9 to replace",
        ),
        (
            '<section xml:id="sect_B.5.1.1" label="B.5.1.1" ov:action="add"><title>T</title>'
            "</section>",
            "already has section sect_B.5.1.1",
        ),
        (
            '<section xml:id="sect_B.7" label="B.7" ov:action="add"><title>T</title></section>',
            "added section sect_B.7 needs a parent",
        ),
        (
            '<section xml:id="sect_B.5" label="B.5"><title>T</title><table xml:id="table_B.5-1" '
            'label="B.5-1" ov:action="edit"><caption>c</caption><tbody><tr><td ov:action="add">'
            "<para>x</para></td></tr></tbody></table></section>",
            "ov: attributes are not allowed on <td>",
        ),
        (
            '<section xml:id="sect_B.5" label="B.5"><title>T</title><table xml:id="table_B.5-1" '
            'label="B.5-1" ov:action="replace"><caption>c</caption><tbody>'
            + row("a", "b", "c", "d", action="add")
            + "</tbody></table></section>",
            'must stand in a table with ov:action="edit"',
        ),
    ],
)
def test_malformed_fragments_are_clear_errors(
    write_overlay: WriteOverlay, body: str, expected: str
) -> None:
    folder = write_overlay("bad", {4: body})
    with pytest.raises((OverlayError, ReaderError)) as raised:
        apply(folder)
    message = str(raised.value)
    assert expected in message
    assert str(folder / "part04.xml") in message


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"date": '"2099/01/31"'}, "date '2099/01/31' is not YYYY-MM-DD"),
        ({"editions": '["2098z"]'}, "is written against 2098z, not 2099a"),
        ({"colour": '"red"'}, "unknown key(s) colour"),
        ({"name": '"Sup 9"'}, "must be lower case letters"),
    ],
)
def test_bad_manifests_are_clear_errors(
    write_overlay: WriteOverlay, extra: dict[str, str], expected: str
) -> None:
    folder = write_overlay(
        "badmanifest", {4: edit(row("A", "1.2.3.5", "", "", action="add"))}, **extra
    )
    with pytest.raises(OverlayError) as raised:
        apply(folder)
    assert expected in str(raised.value)
    assert "overlay.toml" in str(raised.value)


def test_unknown_overlay_names_the_shipped_ones() -> None:
    with pytest.raises(OverlayError, match=r"no such overlay \(shipped: sup243"):
        load_overlays(["sup999"])


def test_the_same_overlay_twice_is_an_error() -> None:
    with pytest.raises(OverlayError, match="listed twice"):
        load_overlays(["sup243", "sup243"])


def test_a_fragment_of_a_part_not_read_is_skipped(write_overlay: WriteOverlay) -> None:
    folder = write_overlay("cp4", {4: edit(row("A", "1.2.3.5", "", "", action="add")), 6: ""})
    _, changes = apply(folder)
    assert changes == ["PS3.4 table_B.5-1 row '1.2.3.5': add"]


# -- one overlay, both formats -----------------------------------------------------------

PS315_OVERLAY = """
  <section xml:id="sect_H.1.1.5" label="H.1.1.5" ov:action="replace">
    <title>DICOM Configuration Root</title>
    <para>This object is the root of the DICOM configuration; see <xref linkend="sect_H.1.1.1"
      xrefstyle="select: label"/> and <olink targetdoc="PS3.6" targetptr="PS3.6"
      xrefstyle="select: labelnumber"/>.</para>
    <table xml:id="table_H.1-8" label="H.1-8" ov:action="edit" ov:key="1">
      <caption>Attributes of the DICOM Configuration Root Object</caption>
      <tbody>
        <tr ov:action="add" ov:after="Common Name">
          <td><para>Vendor Data</para></td><td><para>0..n</para></td>
          <td><para>Described in <xref linkend="sect_H.1.1.1"
            xrefstyle="select: label"/>.</para></td>
        </tr>
      </tbody>
    </table>
    <table xml:id="table_H.1-9" label="H.1-9" ov:action="edit"><caption>kept</caption></table>
  </section>
  <section xml:id="sect_H.1.1.9" label="H.1.1.9" ov:action="add" ov:parent="sect_H.1.1"
           ov:after="sect_H.1.1.8">
    <title>Test Object</title>
    <variablelist><title>Defined Terms:</title>
      <varlistentry><term>ONE</term><listitem><para>The first.</para></listitem></varlistentry>
    </variablelist>
  </section>
"""


def test_one_overlay_gives_equal_documents_from_docbook_and_chtml(
    write_overlay: WriteOverlay, mirror_root: Path
) -> None:
    folder = write_overlay("ps315", {15: PS315_OVERLAY}, editions='["2024c"]')
    overlays = load_overlays([str(folder)])
    sources = {
        "docbook": mirror_root / "2024c/source/docbook/part15/part15.xml",
        "chtml": mirror_root / "2024c/output/chtml/part15",
    }
    results = {}
    for name, path in sources.items():
        document = read_document(path, part=15, edition="2024c")
        applied, provenance = apply_overlays(overlays, {15: document}, "2024c")
        results[name] = applied[15]
        assert len(provenance[0].changes) == 3
    docbook, chtml = results["docbook"], results["chtml"]
    for table_id in ("table_H.1-8", "table_H.1-9"):
        assert docbook.tables[table_id] == chtml.tables[table_id]
    for section_id in ("sect_H.1.1.5", "sect_H.1.1.9"):
        assert docbook.sections[section_id] == chtml.sections[section_id]
    rows = [[cell.text for cell in r] for r in chtml.tables["table_H.1-8"].rows]
    assert rows[1] == ["Vendor Data", "0..n", "Described in Section H.1.1.1."]
    assert (
        list(chtml.sections).index("sect_H.1.1.9") == list(chtml.sections).index("sect_H.1.1.8") + 1
    )
    assert chtml.sections["sect_H.1.1.5"].blocks[1:] == (
        TableRef("table_H.1-8"),
        TableRef("table_H.1-9"),
    )
