"""Bad or surprising input, built from the model classes: never a silent drop."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from generator.errors import ParseError
from generator.ir.modules import AttributeType, PlaceholderKind
from generator.ir.registry import DataElement
from generator.parse.part03 import parse_part03
from generator.parse.part03.tables import TableKind
from generator.readers.model import Cell, Document

from .builders import attribute, cell, document, include, table

MODULE = "table_C.99-1"
MACRO = "table_C.99-2"


def test_table_without_type_column_is_parsed_and_reported(
    dictionary: Mapping[str, DataElement],
) -> None:
    doc = document(
        table(
            MODULE,
            "Printer Module Attributes",
            [(cell("Printer Status"), cell("(2110,0010)"), cell("Status of the printer."))],
            header=("Attribute Name", "Tag", "Attribute Description"),
        )
    )
    part = parse_part03(doc, dictionary)
    module = part.module("Printer")
    assert not module.has_type_column
    assert module.attributes[0].type is None
    assert module.attributes[0].keyword == "PrinterStatus"
    assert any(f"{MODULE} (Printer): no Type column" in line for line in part.report), part.report


def test_module_caption_without_tag_column_is_skipped_and_reported(
    dictionary: Mapping[str, DataElement],
) -> None:
    doc = document(
        table(
            MODULE,
            "Broken Module Attributes",
            [(cell("Modality"), cell("1"), cell("Type of equipment."))],
            header=("Attribute Name", "Type", "Attribute Description"),
        )
    )
    part = parse_part03(doc, dictionary)
    assert part.tables[MODULE].kind is TableKind.MALFORMED
    assert not part.modules
    assert any(
        MODULE in line and "skipped" in line and "lacks Attribute Name, Tag" in line
        for line in part.report
    ), part.report


def test_row_without_tag_is_a_clear_error_and_the_table_is_listed(
    dictionary: Mapping[str, DataElement],
) -> None:
    doc = document(
        table(
            MODULE,
            "Odd Module Attributes",
            [
                attribute("Modality", "(0008,0060)", "1"),
                (cell("Manufacturer"), cell("see below"), cell("2"), cell("")),
            ],
        )
    )
    part = parse_part03(doc, dictionary)
    assert not part.modules
    assert any(
        f"{MODULE} row 2: 'Manufacturer' has no tag" in line and "table left out" in line
        for line in part.report
    ), part.report


def test_unknown_type_is_reported_and_kept(dictionary: Mapping[str, DataElement]) -> None:
    doc = document(
        table(MODULE, "Odd Module Attributes", [attribute("Modality", "(0008,0060)", "3C")])
    )
    part = parse_part03(doc, dictionary)
    (modality,) = part.module("Odd").attributes
    assert modality.type is None
    assert any(
        "Type '3C' is not one of" in line and "kept without a type" in line for line in part.report
    )


def test_include_that_points_nowhere_is_a_placeholder_and_reported(
    dictionary: Mapping[str, DataElement],
) -> None:
    doc = document(
        table(
            MODULE,
            "Lonely Module Attributes",
            [
                attribute("Referenced Image Sequence", "(0008,1140)", "3"),
                include(">", "C.404-1"),
                include("", "C.99-3", " if the moon is full"),
            ],
        )
    )
    part = parse_part03(doc, dictionary)
    module = part.module("Lonely")
    (sequence,) = module.attributes
    (missing,) = sequence.placeholders
    assert missing.kind is PlaceholderKind.UNRESOLVED_INCLUDE
    assert missing.include is not None
    assert missing.include.table == "table_C.404-1"
    top = module.placeholders[0]
    assert top.include is not None
    assert top.include.condition == "if the moon is full"
    assert len(part.unresolved) == 2
    assert "includes table_C.404-1, which is not in the document" in part.unresolved[0]
    assert all(line in part.report for line in part.unresolved)


def test_include_of_a_table_that_is_not_an_attribute_table(
    dictionary: Mapping[str, DataElement],
) -> None:
    values = table(
        "table_C.99-9",
        "Some Value Table",
        [(cell("A"), cell("first"))],
        header=("Defined Term", "Meaning"),
    )
    doc = document(table(MODULE, "Wrong Module Attributes", [include("", "C.99-9")]), values)
    part = parse_part03(doc, dictionary)
    assert part.module("Wrong").placeholders[0].kind is PlaceholderKind.UNRESOLVED_INCLUDE
    assert "which is not an attribute table" in part.unresolved[0]


def test_include_cycle_is_cut_and_reported(dictionary: Mapping[str, DataElement]) -> None:
    doc = document(
        table(
            MODULE,
            "Looping Module Attributes",
            [include("", "C.99-2")],
        ),
        table(
            MACRO,
            "Loop A Macro Attributes",
            [
                attribute("Content Sequence", "(0040,A730)", "1C", "Required if there is more."),
                include(">", "C.99-3"),
            ],
        ),
        table(
            "table_C.99-3",
            "Loop B Macro Attributes",
            [attribute("Value Type", "(0040,A040)", "1"), include("", "C.99-2")],
        ),
    )
    part = parse_part03(doc, dictionary)
    module = part.module("Looping")
    (content,) = module.attributes
    assert [ref.table for ref in content.via] == [MACRO]
    (value_type,) = content.children
    assert [ref.table for ref in value_type.via] == [MACRO, "table_C.99-3"]
    (recursive,) = content.placeholders
    assert recursive.kind is PlaceholderKind.RECURSIVE_INCLUDE
    assert recursive.include is not None
    assert recursive.include.table == MACRO
    cycles = [line for line in part.report if "include cycle" in line]
    assert cycles
    assert all("kept as a recursive reference" in line for line in cycles)
    assert content.condition == "Required if there is more."


def test_nesting_that_skips_a_level_is_attached_and_reported(
    dictionary: Mapping[str, DataElement],
) -> None:
    doc = document(
        table(
            MODULE,
            "Deep Module Attributes",
            [
                attribute("Referenced Image Sequence", "(0008,1140)", "3"),
                attribute(">>Referenced SOP Class UID", "(0008,1150)", "1"),
                attribute(">Referenced SOP Instance UID", "(0008,1155)", "1"),
                attribute(">Modality", "(0008,0060)", "1"),
            ],
        )
    )
    part = parse_part03(doc, dictionary)
    (sequence,) = part.module("Deep").attributes
    assert [child.tag for child in sequence.children] == [
        "(0008,1150)",
        "(0008,1155)",
        "(0008,0060)",
    ]
    assert any("row 2: nesting depth 2 skips a level" in line for line in part.report)


def test_rows_under_an_include_extend_its_sequence(dictionary: Mapping[str, DataElement]) -> None:
    doc = document(
        table(
            MODULE,
            "Extending Module Attributes",
            [
                include("", "C.99-2"),
                attribute(">Referenced Frame Number", "(0008,1160)", "1C", "Required if frames."),
            ],
        ),
        table(
            MACRO,
            "Reference Macro Attributes",
            [attribute("Referenced SOP Sequence", "(0008,1199)", "1")],
        ),
    )
    part = parse_part03(doc, dictionary)
    (sequence,) = part.module("Extending").attributes
    assert [ref.table for ref in sequence.via] == [MACRO]
    (frame,) = sequence.children
    assert frame.tag == "(0008,1160)"
    assert frame.via == ()


def test_unknown_tags_are_listed_with_their_places(dictionary: Mapping[str, DataElement]) -> None:
    doc = document(
        table(
            MODULE,
            "Private Module Attributes",
            [attribute("Modality", "(0008,0060)", "1"), attribute("Secret", "(0009,0010)", "3")],
        )
    )
    part = parse_part03(doc, dictionary)
    assert part.unknown_tags == {"(0009,0010)": (f"{MODULE} row 2 'Secret'",)}
    assert part.module("Private").attributes[1].keyword is None
    assert any("(0009,0010) is not in the data dictionary" in line for line in part.report)


def test_placeholder_rows(dictionary: Mapping[str, DataElement]) -> None:
    spanning = cell(">Include one or more Functional Group Macros.", italic=True)
    anything = cell(">Any Attribute from the top level Data Set", italic=True)
    odd = cell("Include Record Selection Keys", italic=True)
    doc = document(
        table(
            MODULE,
            "Holder Module Attributes",
            [
                attribute("Shared Functional Groups Sequence", "(5200,9229)", "1"),
                (spanning, spanning, spanning, cell("")),
                (anything, anything, anything, cell("")),
                (odd, odd, odd, cell("")),
            ],
        )
    )
    part = parse_part03(doc, dictionary)
    module = part.module("Holder")
    kinds = [p.kind for p in module.attributes[0].placeholders]
    assert kinds == [PlaceholderKind.FUNCTIONAL_GROUP_MACROS, PlaceholderKind.ANY_ATTRIBUTES]
    assert module.placeholders[0].kind is PlaceholderKind.OTHER
    assert any("'Include Record Selection Keys' names no attribute" in line for line in part.report)


def test_not_ps33_is_refused(dictionary: Mapping[str, DataElement]) -> None:
    with pytest.raises(ParseError, match=r"not PS3\.3"):
        parse_part03(Document(part=6, edition="x", format="docbook", source="x"), dictionary)


def test_row_type_parsed_exhaustively(dictionary: Mapping[str, DataElement]) -> None:
    rows = [
        attribute(f"A{t}", f"(0008,006{i})", t) for i, t in enumerate(["1", "1C", "2", "2C", "3"])
    ]
    part = parse_part03(document(table(MODULE, "Typed Module Attributes", rows)), dictionary)
    assert [a.type for a in part.module("Typed").attributes] == list(AttributeType)


def test_empty_cells_do_not_break_a_row(dictionary: Mapping[str, DataElement]) -> None:
    short = (cell("Modality"), cell("(0008,0060)"), cell("1"))
    empty = (Cell(text=""),) * 4
    part = parse_part03(
        document(table(MODULE, "Short Module Attributes", [short, empty])), dictionary
    )
    (modality,) = part.module("Short").attributes
    assert modality.description == ""
    assert any("3 cells under a 4-column header" in line for line in part.report)
