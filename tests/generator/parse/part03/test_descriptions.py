"""Conditions, context groups and value lists read from attribute descriptions."""

from __future__ import annotations

import pytest

from generator.ir.modules import ContextGroupKind, ValueKind
from generator.parse.part03.descriptions import cid_constraints, condition_text
from generator.parse.part03.values import flattened_sets, inline_sets, parse_title
from generator.readers.model import Cell

from .builders import cell


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        (
            "The date the image pixel data creation started.\nRequired if image is part of a "
            "Series in which the images are temporally related. May be present otherwise.\n"
            "This Attribute was formerly known as Image Date.",
            "Required if image is part of a Series in which the images are temporally related. "
            "May be present otherwise.",
        ),
        (
            "Identifies the frame numbers. Required if the Referenced SOP Instance is a "
            "multi-frame image and the reference does not apply to all frames, e.g., a subset.",
            "Required if the Referenced SOP Instance is a multi-frame image and the reference "
            "does not apply to all frames, e.g., a subset.",
        ),
        (
            "The identifier. See Section 8.1. Shall be present if the code value length is 16 "
            "characters or less.",
            "Shall be present if the code value length is 16 characters or less.",
        ),
        (
            "Sequence of items.\nRequired if:\nthe image is derived\nthe image is resampled\nMore.",
            "Required if: the image is derived the image is resampled",
        ),
        (
            "Text Observation Value.\nMutually exclusive with Concept Name Code Sequence "
            "(0040,A043).",
            "Mutually exclusive with Concept Name Code Sequence (0040,A043).",
        ),
        ("Just a value.", None),
    ],
)
def test_condition_text(text: str, condition: str | None) -> None:
    description = cell(text)
    if "Required if:" in text:  # the lines after the colon are list items
        description = Cell(
            text=text,
            paragraphs=description.paragraphs,
            items=("the image is derived", "the image is resampled"),
        )
    assert condition_text(description) == condition


def test_context_groups_both_phrasings() -> None:
    found = cid_constraints(
        "BCID 7150 in PS3.16.\nDefined CID for the Anatomic Region Sequence (0008,2218) is "
        "CID 4030.\n"
        "Baseline CID 5002 in PS3.16. No Baseline CID is defined.\nDCID 244 for laterality; "
        "ECID 12 otherwise. Defined Context Group DCID 7031 Reason for Removal"
    )
    assert [(c.kind, c.cid) for c in found] == [
        (ContextGroupKind.BASELINE, 7150),
        (ContextGroupKind.DEFINED, 4030),
        (ContextGroupKind.BASELINE, 5002),
        (ContextGroupKind.DEFINED, 244),
        (ContextGroupKind.ENUMERATED, 12),
        (ContextGroupKind.DEFINED, 7031),
    ]
    assert found[0].text == "BCID 7150 in PS3.16."
    assert (
        cid_constraints("No Baseline CID is defined. CID may be defined in the Macro invocation.")
        == ()
    )


@pytest.mark.parametrize(
    ("title", "kind", "index", "condition"),
    [
        ("Enumerated Values:", ValueKind.ENUMERATED, None, None),
        ("Defined Terms", ValueKind.DEFINED, None, None),
        ("Defined Terms for Value 3:", ValueKind.DEFINED, 3, None),
        ("Value 2 Enumerated Values:", ValueKind.ENUMERATED, 2, None),
        (
            "Defined Terms for Value 4 for Multi-energy CT Images:",
            ValueKind.DEFINED,
            4,
            "for Multi-energy CT Images",
        ),
        ("Enumerated Values if Bits Stored = 8:", ValueKind.ENUMERATED, None, "if Bits Stored = 8"),
        ("Retired Defined Terms:", ValueKind.DEFINED, None, None),
    ],
)
def test_value_list_titles(
    title: str, kind: ValueKind, index: int | None, condition: str | None
) -> None:
    parsed = parse_title(title, "(0008,0008)")
    assert parsed is not None
    assert (parsed.kind, parsed.index, parsed.condition) == (kind, index, condition)
    assert parsed.retired == title.startswith("Retired")


def test_value_list_for_another_attribute_is_left_to_it() -> None:
    title = "Defined Terms for Lossy Image Compression Method (0028,2114):"
    assert parse_title(title, "(0028,2110)") is None
    assert parse_title(title, "(0028,2114)") is not None
    assert parse_title("Recommended text for Stress Echo stage names:", "(0008,2120)") is None


def test_flattened_list_in_an_item() -> None:
    (value_set,) = flattened_sets(
        "Value 1 shall identify the Pixel Data Characteristics\nEnumerated Values:\nORIGINAL\n"
        "identifies an Original Image\nDERIVED\nidentifies a Derived Image",
        "(0008,0008)",
        "sect_C.7.6.1.1.2",
    )
    assert (value_set.kind, value_set.value_index, value_set.values) == (
        ValueKind.ENUMERATED,
        1,
        ("ORIGINAL", "DERIVED"),
    )
    assert value_set.terms[1].meaning == "identifies a Derived Image"


def test_flattened_list_with_a_leading_condition() -> None:
    (value_set,) = flattened_sets(
        "If View Code Sequence (0054,0220) indicates a short axis view:\nEnumerated Values\n"
        "APEX_TO_BASE\nBASE_TO_APEX",
        "(0054,0500)",
        "sect_10.20.1.1",
    )
    assert value_set.values == ("APEX_TO_BASE", "BASE_TO_APEX")
    assert value_set.condition == "If View Code Sequence (0054,0220) indicates a short axis view"


def test_inline_values() -> None:
    first, second, fourth = inline_sets(
        "Value 1 shall have a value of ORIGINAL or DERIVED. Value 2 shall have a value of "
        "PRIMARY. Value 4 shall have a value of NONE when Value 1 is ORIGINAL.",
        "sect_X",
    )
    assert (first.value_index, first.values) == (1, ("ORIGINAL", "DERIVED"))
    assert (second.value_index, second.values) == (2, ("PRIMARY",))
    assert (fourth.value_index, fourth.values, fourth.condition) == (
        4,
        ("NONE",),
        "when Value 1 is ORIGINAL",
    )
