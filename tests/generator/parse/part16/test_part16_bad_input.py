"""PS3.16 bad input: small documents built from the model classes, or cut real tables."""

from __future__ import annotations

import dataclasses

import pytest

from generator.errors import ParseError
from generator.parse.part16 import Part16, parse_part16
from generator.readers.model import (
    Cell,
    Document,
    ListEntry,
    Paragraph,
    Section,
    Table,
    TableRef,
    VariableList,
    XRef,
)

HEADER = ("Coding Scheme Designator", "Code Value", "Code Meaning")


def _cell(text: str, *xrefs: XRef) -> Cell:
    return Cell(text=text, paragraphs=(text,) if text else (), xrefs=xrefs)


def _code(scheme: str, value: str, meaning: str) -> tuple[Cell, ...]:
    return (_cell(scheme), _cell(value), _cell(meaning))


def _include(cid: int, width: int = 3) -> tuple[Cell, ...]:
    xref = XRef(target=f"sect_CID_{cid}", label=f"CID {cid}")
    return tuple(_cell(f"Include CID {cid}", xref) for _ in range(width))


def _group(
    cid: int,
    rows: list[tuple[Cell, ...]],
    header: tuple[str, ...] = HEADER,
    kind: str = "Extensible",
) -> tuple[Section, Table]:
    table = Table(
        id=f"table_CID_{cid}",
        label=f"CID {cid}",
        caption=f"Test Group {cid}",
        section_id=f"sect_CID_{cid}",
        header=(tuple(_cell(text) for text in header),),
        rows=tuple(rows),
    )
    entries = (
        ListEntry(term="Keyword:", definition=(f"TestGroup{cid}",)),
        ListEntry(term="FHIR Keyword:", definition=(f"dicom-cid-{cid}-TestGroup{cid}",)),
        ListEntry(term="Type:", definition=(kind,)),
        ListEntry(term="Version:", definition=("20240101",)),
        ListEntry(term="UID:", definition=(f"1.2.840.10008.6.1.{cid}",)),
    )
    section = Section(
        id=f"sect_CID_{cid}",
        label=f"CID {cid}",
        title=f"Test Group {cid}",
        parent_id="chapter_B",
        blocks=(VariableList(title=None, entries=entries), TableRef(table_id=table.id)),
    )
    return section, table


def _document(*groups: tuple[Section, Table], missing: tuple[str, ...] = ()) -> Document:
    return Document(
        part=16,
        edition="test",
        format="docbook",
        source="built in the test",
        sections={section.id: section for section, _ in groups},
        tables={table.id: table for _, table in groups},
        missing=missing,
    )


def _parse(document: Document) -> Part16:
    return parse_part16(document, compare_pydicom=False)


def test_small_document_parses() -> None:
    part = _parse(
        _document(
            _group(9001, [_code("DCM", "111", "Alpha"), _include(9002)]),
            _group(9002, [_code("SCT", "12402003", "Scar tissue")], kind="Non-extensible"),
        )
    )
    first = part.group(9001)
    assert [ref.code for ref in first.resolved] == [("DCM", "111"), ("SCT", "12402003")]
    assert [(ref.cid, ref.row) for ref in first.resolved] == [(9001, 1), (9002, 1)]
    assert first.includes == (9002,)
    assert part.group(9002).extensible is False
    assert part.concept("SCT", "12402003").included_in == (9001,)
    assert part.figures.missing_cids == ()
    assert "PS3.16 test (docbook): no Table 8-1 (table_8-1); no coding schemes" in part.report


def test_unexpected_columns_name_the_table() -> None:
    group = _group(9001, [_code("DCM", "111", "Alpha")], header=("Scheme", "Code", "Meaning"))
    with pytest.raises(ParseError, match=r"PS3\.16 test sect_CID_9001 table_CID_9001: no column"):
        _parse(_document(group))


def test_column_without_header_is_an_error() -> None:
    rows = [(*_code("DCM", "111", "Alpha"), _cell("x"))]
    group = _group(9001, rows, header=(*HEADER, ""))
    with pytest.raises(ParseError, match=r"table_CID_9001: column 4 has no header"):
        _parse(_document(group))


def test_cut_real_table_with_renamed_column(part16_document: Document) -> None:
    real = part16_document.table("table_CID_4410")
    header = tuple(
        dataclasses.replace(cell, text="Code Val") if cell.text == "Code Value" else cell
        for cell in real.header[-1]
    )
    cut = dataclasses.replace(real, header=(header,))
    section = part16_document.section("sect_CID_4410")
    document = _document((section, cut))
    with pytest.raises(ParseError, match=r"sect_CID_4410 table_CID_4410: no column for 'value'"):
        _parse(document)


def test_cut_real_table_reads_alone(part16_document: Document) -> None:
    section = part16_document.section("sect_CID_4411")
    table = part16_document.table("table_CID_4411")
    part = _parse(_document((section, table)))
    group = part.group(4411)
    assert (group.keyword, len(group.members), group.uid) == (
        "LesionColor",
        10,
        "1.2.840.10008.6.1.1479",
    )


def test_include_of_unknown_cid_is_an_error() -> None:
    group = _group(9001, [_code("DCM", "111", "Alpha"), _include(9999)])
    with pytest.raises(
        ParseError,
        match=r"table_CID_9001 row 2: CID 9001 includes CID 9999, which is not a context group",
    ):
        _parse(_document(group))


def test_include_of_a_missing_page_is_a_warning() -> None:
    group = _group(9001, [_code("DCM", "111", "Alpha"), _include(9999)])
    part = _parse(_document(group, missing=("sect_CID_9999.html",)))
    assert part.figures.missing_cids == (9999,)
    assert part.group(9001).includes == (9999,)
    assert [member.code for member in part.group(9001).resolved] == [("DCM", "111")]
    assert any(
        "table_CID_9001 row 2: CID 9001 includes CID 9999, which is missing" in line
        for line in part.report
    )
    assert (
        "CID 9999 is missing from PS3.16 test (docbook): linked from table_CID_9001 row 2; "
        "page sect_CID_9999.html is absent; not invented"
    ) in part.report


def test_include_cycle_is_named() -> None:
    document = _document(
        _group(9001, [_code("DCM", "111", "Alpha"), _include(9002)]),
        _group(9002, [_include(9003)]),
        _group(9003, [_code("DCM", "333", "Gamma"), _include(9001)]),
    )
    with pytest.raises(ParseError) as raised:
        _parse(document)
    assert str(raised.value) == (
        "PS3.16 test: include cycle CID 9001 -> CID 9002 -> CID 9003 -> CID 9001 "
        "(table_CID_9001 row 2 includes CID 9002; table_CID_9002 row 1 includes CID 9003; "
        "table_CID_9003 row 2 includes CID 9001)"
    )


def test_self_include_is_a_cycle() -> None:
    with pytest.raises(ParseError, match=r"include cycle CID 9001 -> CID 9001 \(table_CID_9001"):
        _parse(_document(_group(9001, [_include(9001)])))


def test_duplicate_code_in_one_cid_is_reported() -> None:
    rows = [
        _code("SCT", "46862004", "Buttock"),
        _code("SCT", "46862004", "Buttock"),
        _code("SCT", "46862004", "Gluteal region"),
    ]
    part = _parse(_document(_group(9001, rows)))
    group = part.group(9001)
    assert [(member.row, member.meaning) for member in group.members] == [
        (1, "Buttock"),
        (3, "Gluteal region"),
    ]
    assert [member.meaning for member in part.resolved[9001]] == ["Buttock"]
    assert (
        "PS3.16 test sect_CID_9001 table_CID_9001 row 2: repeats row 1 (SCT, 46862004, "
        "'Buttock'); skipped"
    ) in part.report
    assert (
        "PS3.16 test sect_CID_9001 table_CID_9001 row 3: (SCT, 46862004) listed again with "
        "another meaning 'Gluteal region' (row 1: 'Buttock'); both kept"
    ) in part.report


def test_keyword_naming_two_codes_is_reported() -> None:
    rows = [_code("UCUM", "/cm", "/cm"), _code("UCUM", "cm", "cm")]
    part = _parse(_document(_group(9001, rows)))
    assert part.figures.keyword_collisions == 1
    assert "CID 9001: keyword 'cm' names (UCUM, /cm), (UCUM, cm)" in part.report


def test_malformed_include_row() -> None:
    rows = [tuple(_cell("Include CID 12 and CID 13") for _ in range(3))]
    with pytest.raises(ParseError, match=r"table_CID_9001 row 1: cannot read the include row"):
        _parse(_document(_group(9001, rows)))


def test_include_text_and_link_disagree() -> None:
    xref = XRef(target="sect_CID_13", label="CID 13")
    rows = [tuple(_cell("Include CID 12", xref) for _ in range(3))]
    with pytest.raises(ParseError, match=r"'Include CID 12' links to sect_CID_13"):
        _parse(_document(_group(9001, rows)))


def test_unknown_type_is_an_error() -> None:
    group = _group(9001, [_code("DCM", "111", "Alpha")], kind="Sometimes extensible")
    with pytest.raises(ParseError, match=r"sect_CID_9001: Type 'Sometimes extensible' is not"):
        _parse(_document(group))


def test_rows_missing_a_code_and_cells_beyond_header_are_reported() -> None:
    rows = [
        _code("LN", "", "Main pulmonary artery Vmax"),
        (*_code("SCT", "12402003", "Scar tissue"), _cell("P3-1"), _cell("C0001")),
    ]
    part = _parse(_document(_group(9001, rows)))
    assert [member.value for member in part.group(9001).members] == ["12402003"]
    assert any(
        line.startswith("PS3.16 test sect_CID_9001 table_CID_9001 row 1: no code value")
        for line in part.report
    )
    assert (
        "PS3.16 test sect_CID_9001 table_CID_9001 row 2: 2 cells beyond the 3 headed columns "
        "ignored (['P3-1', 'C0001'])"
    ) in part.report


def test_retired_group_without_table() -> None:
    section = Section(
        id="sect_CID_9001",
        label="CID 9001",
        title="Old Group (Retired)",
        parent_id="chapter_B",
        blocks=(Paragraph(text="This Context Group is retired. See PS3.16-2009."),),
    )
    document = Document(
        part=16,
        edition="test",
        format="docbook",
        source="built in the test",
        sections={section.id: section},
    )
    group = _parse(document).group(9001)
    assert (group.retired, group.type, group.members, group.uid) == (True, None, (), None)


def test_not_part_16() -> None:
    document = Document(part=6, edition="test", format="docbook", source="built in the test")
    with pytest.raises(ParseError, match=r"not PS3\.16"):
        _parse(document)


def test_annex_d_when_present() -> None:
    group = _group(
        9001,
        [_code("DCM", "111", "Alpha"), _code("DCM", "112", "Beta old"), _code("DCM", "114", "D")],
    )
    annex = Table(
        id="table_D-1",
        label="D-1",
        caption="DICOM Controlled Terminology Definitions",
        section_id="chapter_D",
        header=(tuple(_cell(text) for text in ("Code Value", "Code Meaning", "Definition")),),
        rows=(
            (_cell("111"), _cell("Alpha"), _cell("The first letter.")),
            (_cell("112"), _cell("Beta"), _cell("Retired. Replaced by (113, DCM, ...)")),
            (_cell("113"), _cell("Gamma"), _cell("")),
        ),
    )
    document = _document(group)
    document.tables[annex.id] = annex
    part = _parse(document)
    alpha = part.concept("DCM", "111")
    assert (alpha.meaning, alpha.definition, alpha.cids) == ("Alpha", "The first letter.", (9001,))
    beta = part.concept("DCM", "112")
    assert (beta.meaning, beta.other_meanings, beta.retired) == ("Beta", ("Beta old",), True)
    gamma = part.concept("DCM", "113")
    assert (gamma.cids, gamma.origin.table, gamma.keyword) == ((), "table_D-1", "Gamma")
    assert "1 DCM codes of CIDs are not in Annex D: ['114']" in part.report
    assert [member.meaning for member in part.group(9001).members][1] == "Beta old"
