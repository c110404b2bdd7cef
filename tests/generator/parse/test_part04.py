"""PS3.4 SOP classes on the real files, and their link to PS3.3 IOD tables."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.errors import ParseError
from generator.ir.registry import SOPClass
from generator.parse.iod_index import link_sop_classes
from generator.parse.part04 import parse_sop_classes
from generator.readers.model import Cell, Document, Table

PartDocument = Callable[[str, int, str], Document]


def _by_uid(document: Document) -> dict[str, SOPClass]:
    return {sop_class.uid: sop_class for sop_class in parse_sop_classes(document).sop_classes}


def test_2020b_to_2020c_changes(part_document: PartDocument) -> None:
    before = _by_uid(part_document("2020b", 4, "docbook"))
    after = _by_uid(part_document("2020c", 4, "docbook"))
    assert (len(before), len(after)) == (188, 199)
    added = {uid: after[uid].name for uid in set(after) - set(before)}
    assert set(before) <= set(after)
    assert len(added) == 11
    assert added["1.2.840.10008.5.1.4.1.1.481.16"] == "RT Radiation Record Set Storage"
    assert added["1.2.840.10008.5.1.4.1.1.9.8.1"] == "Body Position Waveform Storage"
    ct = after["1.2.840.10008.5.1.4.1.1.2"]
    assert (ct.iod_section, ct.origin.table) == ("sect_A.3", "table_B.5-1")


@pytest.fixture(scope="module")
def linked_2024c(part_document: PartDocument) -> tuple[dict[str, SOPClass], list[str]]:
    report: list[str] = []
    parsed = parse_sop_classes(part_document("2024c", 4, "chtml"))
    linked = link_sop_classes(parsed.sop_classes, part_document("2024c", 3, "chtml"), report)
    return {sop_class.uid: sop_class for sop_class in linked}, report


def test_2024c_every_standard_sop_class_has_an_iod_table(
    linked_2024c: tuple[dict[str, SOPClass], list[str]],
) -> None:
    by_uid, report = linked_2024c
    standard = [s for s in by_uid.values() if s.origin.table == "table_B.5-1"]
    assert len(standard) == 166
    assert all(s.iod_table for s in standard), [s.name for s in standard if not s.iod_table]
    confocal = by_uid["1.2.840.10008.5.1.4.1.1.77.1.8"]
    tiled = by_uid["1.2.840.10008.5.1.4.1.1.77.1.9"]
    assert (confocal.iod, confocal.iod_table) == (
        "Confocal Microscopy Image IOD",
        "table_A.90.1.3-1",
    )
    assert tiled.iod_table == "table_A.90.2.3-1"
    assert by_uid["1.2.840.10008.5.1.4.1.1.66.4"].iod_table == "table_A.51-1"
    # Storage of non-patient objects is defined by name in PS3.4 Annexes U-JJ.
    assert by_uid["1.2.840.10008.5.1.4.38.1"].iod == "Hanging Protocol IOD"
    assert by_uid["1.2.840.10008.5.1.4.38.1"].iod_table is not None
    # Only the retired bi-plane XA storage class names an IOD PS3.3 no longer has.
    unlinked = [line for line in report if "maps to no IOD" in line]
    assert unlinked == [
        "PS3.4: storage SOP class 'X-Ray Angiographic Bi-plane Image Storage' "
        "maps to no IOD of PS3.3 2024c"
    ]


def _b5_1(header: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> Document:
    table = Table(
        id="table_B.5-1",
        label="B.5-1",
        caption="Standard SOP Classes",
        section_id="sect_B.5",
        header=(tuple(Cell(text=text) for text in header),),
        rows=tuple(tuple(Cell(text=text) for text in row) for row in rows),
    )
    return Document(part=4, edition="2099a", format="chtml", source="t", tables={table.id: table})


def test_b5_1_without_expected_columns_is_an_error() -> None:
    document = _b5_1(("Name", "UID"), ())
    with pytest.raises(ParseError, match=r"PS3.4 2099a table_B.5-1: no column for 'name'"):
        parse_sop_classes(document)


def test_malformed_uid_names_table_and_row() -> None:
    document = _b5_1(("SOP Class Name", "SOP Class UID"), (("CT Image Storage", "1.2.840.x"),))
    with pytest.raises(ParseError, match=r"table_B.5-1 row 1: SOP Class UID '1.2.840.x'"):
        parse_sop_classes(document)
