"""Whole-part figures of PS3.3 2024c and of the 2016c excerpt, asserted and reported."""

from __future__ import annotations

from collections import Counter

from generator.parse.part03 import summarize
from generator.parse.part03.tables import TableKind

from .conftest import Parsed

# PS3.3 2024c holds 1168 tables; every one is classified.
TABLE_KINDS_2024C = {
    TableKind.MODULE: 403,
    TableKind.MACRO: 300,  # with "Encrypted Attributes Data Set Attributes" (Table C.12-7)
    TableKind.IOD: 189,
    TableKind.FUNCTIONAL_GROUPS: 31,
    TableKind.DIRECTORY_KEYS: 33,  # Annex F record keys: not modules
    TableKind.EXAMPLE: 3,  # Section 5.4 conventions
    TableKind.OTHER: 209,  # value tables, examples, overviews
}

# Tags of PS3.3 2024c that pydicom's 2024c Table 6-1 does not hold: the directory
# elements (group 0004, PS3.6 Table 8-1) and Current Frame Functional Groups Sequence.
DIRECTORY_ELEMENTS = "1130 1141 1142 1200 1202 1212 1220 1400 1410 1420 1430 1432 1500 1510"
UNKNOWN_TAGS_2024C = {
    *(f"(0004,{element})" for element in (*DIRECTORY_ELEMENTS.split(" "), "1511", "1512", "151A")),
    "(0006,0001)",
}

# The 2016c excerpt keeps the tables of four IODs; three macros they include were cut.
UNRESOLVED_2016C = ("table_10-15", "table_10.41-1", "table_C.8-71b")


def test_2024c_tables_all_classified(ps33_2024c: Parsed) -> None:
    part = ps33_2024c.part
    assert len(part.tables) == len(ps33_2024c.document.tables) == 1168
    assert Counter(c.kind for c in part.tables.values()) == TABLE_KINDS_2024C
    skipped = [line for line in part.report if "skipped" in line]
    assert len(skipped) == 36


def test_2024c_figures(ps33_2024c: Parsed) -> None:
    part = ps33_2024c.part
    summary = summarize(part)
    print("\nPS3.3 2024c:", *summary.lines(), sep="\n  ")
    print(f"  read {ps33_2024c.read_seconds:.2f} s, parse {ps33_2024c.parse_seconds:.2f} s")
    assert (summary.iods, summary.modules, summary.macros) == (189, 403, 300)
    low, median, high = summary.attributes_per_iod
    assert low >= 5
    assert 150 <= median <= 300
    assert 350 <= high <= 500
    assert summary.rows > 8000
    assert summary.values_share > 0.97
    assert summary.condition_share > 0.99
    assert summary.rows_with_cid > 400
    assert part.unresolved == ()
    assert set(part.unknown_tags) == UNKNOWN_TAGS_2024C
    assert ps33_2024c.parse_seconds < 15  # measured ~1.5 s


def test_2016c_figures(ps33_2016c: Parsed) -> None:
    part = ps33_2016c.part
    summary = summarize(part)
    print("\nPS3.3 2016c excerpt:", *summary.lines(), sep="\n  ")
    assert (summary.iods, summary.modules, summary.macros) == (4, 53, 100)
    assert [iod.name for iod in part.iods] == [
        "CT Image",
        "RT Dose",
        "Enhanced CT Image",
        "Enhanced X-Ray Angiographic Image",
    ]
    assert summary.condition_share == 1.0
    assert summary.values_share > 0.9
    assert part.unknown_tags == {}
    assert [line.split("includes ")[1].split(",")[0] for line in part.unresolved] == list(
        UNRESOLVED_2016C
    )


def test_2016c_functional_groups_attach_by_section(ps33_2016c: Parsed) -> None:
    """ "Enhanced XA Image Functional Group Macros" has no IOD of that name: found by section."""
    xa = ps33_2016c.part.iod("Enhanced X-Ray Angiographic Image")
    assert xa.functional_groups_table == "table_A.47-2"
    assert len(xa.functional_groups) == 27


def test_report_is_deterministic(ps33_2024c: Parsed) -> None:
    part = ps33_2024c.part
    assert len(part.report) == len(set(part.report))
    known = {"skipped", "no Type column", "no Usage column", "not in the data dictionary"}
    unusual = [line for line in part.report if not any(word in line for word in known)]
    print("\n".join(unusual))
    assert len(unusual) < 15
