"""PS3.6 on the real files: 2015a/2015b DocBook and 2024c chunked HTML."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from generator.errors import ParseError
from generator.ir.vocabulary import VR
from generator.parse.part06 import Part06, parse_elements, parse_part06
from generator.parse.pydicom_dictionary import read_pydicom_dictionary
from generator.readers.model import Cell, Document, Table

PartDocument = Callable[[str, int, str], Document]

# Non-retired 2015b elements whose keyword or VR differ from pydicom's 2024c
# dictionary, each a change the standard made after 2015b.
CHANGED_SINCE_2015B = {
    "(0066,0040)": "VR UL -> OL (long primitive point index lists)",
    "(0066,0041)": "VR UL -> OL",
    "(0066,0042)": "VR UL -> OL",
    "(0066,0043)": "VR UL -> OL",
    "(0068,62F0)": "2015b printed FD / ViewOrientationModifier; corrected to a code sequence",
    "(0076,0034)": "2015b printed CS; corrected to SQ",
    "(300A,0131)": "keyword shortened (...ExternalContourDistance)",
    "(4010,1029)": "keyword capitalization corrected (...AndVersion)",
}


@pytest.fixture(scope="module")
def ps36(part_document: PartDocument) -> dict[str, Part06]:
    return {
        edition: parse_part06(part_document(edition, 6, "docbook"))
        for edition in ("2015a", "2015b")
    }


def test_2015b_counts(ps36: dict[str, Part06]) -> None:
    registry = ps36["2015b"]
    elements = registry.data_elements
    assert registry.dictionary.source == "part06"
    assert len(elements) == 3879
    assert sum(element.retired for element in elements) == 435
    assert sum(element.repeating for element in elements) == 88
    assert [element.tag for element in elements if not element.keyword] == [
        "(0018,9445)",
        "(0028,0020)",
    ]
    assert len(registry.file_meta_elements) == 12
    assert len(registry.directory_elements) == 19
    types = Counter(uid.type for uid in registry.uids)
    assert (types["SOP Class"], types["Transfer Syntax"], types["LDAP OID"]) == (225, 37, 39)
    assert len(registry.uids) == 358
    assert len(registry.frames_of_reference) == 20
    assert len(registry.context_group_uids) == 923


def test_2015b_sampled_rows(ps36: dict[str, Part06]) -> None:
    by_tag = {element.tag: element for element in ps36["2015b"].data_elements}
    name = by_tag["(0010,0010)"]
    assert (name.name, name.keyword, name.vrs, name.vm) == (
        "Patient's Name",
        "PatientName",
        (VR.PN,),
        "1",
    )
    assert by_tag["(0028,1200)"].vm == "1-n or 1"
    assert by_tag["(60xx,3000)"].vrs == (VR.OB, VR.OW)
    assert by_tag["(0028,0034)"].vm == "2"
    assert by_tag["(FFFE,E000)"].vrs == ()
    assert by_tag["(0008,0040)"].retired
    assert by_tag["(0008,0040)"].origin.table == "table_6-1"


def test_2015b_agrees_with_pydicom(ps36: dict[str, Part06]) -> None:
    pydicom_elements, _ = read_pydicom_dictionary("2024c")
    pydicom_by_tag = {element.tag: element for element in pydicom_elements}
    disagreements = {}
    for element in ps36["2015b"].data_elements:
        theirs = pydicom_by_tag.get(element.tag)
        if element.retired or theirs is None:
            continue
        if (theirs.keyword, theirs.vrs) != (element.keyword, element.vrs):
            disagreements[element.tag] = (element.keyword, theirs.keyword)
    assert set(disagreements) == set(CHANGED_SINCE_2015B)


def test_2015a_to_2015b_changes(ps36: dict[str, Part06]) -> None:
    before, after = ps36["2015a"], ps36["2015b"]
    old_tags = {element.tag for element in before.data_elements}
    new_tags = {element.tag for element in after.data_elements}
    added = sorted(new_tags - old_tags)
    assert len(added) == 23
    assert added[:2] == ["(0022,1512)", "(0022,1513)"]
    assert "(300A,0453)" in added
    assert old_tags <= new_tags
    old_uids = {uid.value for uid in before.uids}
    new_uids = {uid.value for uid in after.uids}
    assert sorted(new_uids - old_uids) == [
        "1.2.840.10008.5.1.4.1.1.77.1.5.5",
        "1.2.840.10008.5.1.4.1.1.77.1.5.6",
    ]
    assert old_uids <= new_uids
    old_cids = {group.cid for group in before.context_group_uids}
    new_cids = {group.cid for group in after.context_group_uids}
    assert sorted(new_cids - old_cids) == [4025, 4026, 4245, 7035, 7036, 9401, 9402, 9403, 10050]


def test_2024c_html_annex_a_is_complete(part_document: PartDocument) -> None:
    registry = parse_part06(part_document("2024c", 6, "chtml"))
    assert registry.dictionary.source == "pydicom"
    assert any("has no Table 6-1" in line for line in registry.report)
    assert len(registry.uids) == 454
    assert len(registry.frames_of_reference) == 28
    assert len(registry.context_group_uids) == 1384
    assert len(registry.file_meta_elements) == 22
    by_value = {uid.value: uid for uid in registry.uids}
    confocal = by_value["1.2.840.10008.5.1.4.1.1.77.1.8"]
    assert (confocal.keyword, confocal.type) == ("ConfocalMicroscopyImageStorage", "SOP Class")
    assert by_value["1.2.840.10008.1.2"].keyword == "ImplicitVRLittleEndian"
    cid4410 = next(group for group in registry.context_group_uids if group.cid == 4410)
    assert (cid4410.name, cid4410.uid) == ("Topical Treatment", "1.2.840.10008.6.1.1478")
    # Four UIDs of Table A-3 name no context group; each is reported, none invented.
    assert sum("names no context group" in line for line in registry.report) == 4


def _cell(text: str) -> Cell:
    return Cell(text=text, paragraphs=(text,) if text else ())


def _document(header: list[str], rows: list[list[str]]) -> Document:
    table = Table(
        id="table_6-1",
        label="6-1",
        caption="Registry of DICOM Data Elements",
        section_id="chapter_6",
        header=(tuple(_cell(text) for text in header),),
        rows=tuple(tuple(_cell(text) for text in row) for row in rows),
    )
    return Document(
        part=6, edition="2099a", format="docbook", source="test", tables={table.id: table}
    )


HEADER = ["Tag", "Name", "Keyword", "VR", "VM", ""]


@pytest.mark.parametrize(
    ("header", "rows", "message"),
    [
        (
            ["Tag", "Name", "VR", "VM"],
            [],
            r"table_6-1: no column for 'keyword'",
        ),
        (
            HEADER,
            [["(0010,001G)", "X", "X", "CS", "1", ""]],
            r"table_6-1 row 1: tag '\(0010,001G\)' is not \(gggg,eeee\)",
        ),
        (
            HEADER,
            [["(0010,0010)", "X", "X", "CS", "one", ""]],
            r"table_6-1 row 1 \(0010,0010\): VM 'one' is not a Value Multiplicity",
        ),
        (
            HEADER,
            [
                ["(0010,0010)", "A", "Same", "CS", "1", ""],
                ["(0010,0020)", "B", "Same", "CS", "1", ""],
            ],
            r"table_6-1 row 2: keyword Same of \(0010,0020\) is already used by \(0010,0010\)",
        ),
        (
            HEADER,
            [["(0010,0010)", "A", "A", "QQ", "1", ""]],
            r"table_6-1 row 1 \(0010,0010\): unknown VR",
        ),
    ],
)
def test_bad_rows_name_table_and_row(
    header: list[str], rows: list[list[str]], message: str
) -> None:
    with pytest.raises(ParseError, match=message):
        parse_elements(_document(header, rows), "table_6-1")
