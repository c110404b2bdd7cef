"""Closed vocabularies of PS3.3: attribute type, usage, functional group sharing."""

from __future__ import annotations

import json

import pytest

from generator.errors import ParseError
from generator.ir.base import Origin
from generator.ir.modules import (
    AttributeType,
    AttributeUse,
    FunctionalGroupSharing,
    Usage,
    functional_group_sharing,
    parse_attribute_type,
    parse_usage,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", AttributeType.TYPE_1),
        ("1C", AttributeType.TYPE_1C),
        (" 2c ", AttributeType.TYPE_2C),
        ("2", AttributeType.TYPE_2),
        ("3", AttributeType.TYPE_3),
        ("1 C", AttributeType.TYPE_1C),
    ],
)
def test_attribute_types(text: str, expected: AttributeType) -> None:
    assert parse_attribute_type(text, "here") is expected


@pytest.mark.parametrize("text", ["", "3C", "1/2", "M", "Type 1"])
def test_attribute_type_oddities_are_refused(text: str) -> None:
    with pytest.raises(ParseError, match=r"here: Type .* is not one of 1, 1C, 2, 2C, 3"):
        parse_attribute_type(text, "here")


def test_type_strictness_and_conditionality() -> None:
    ordered = sorted(AttributeType, key=lambda t: t.strictness)
    assert [t.value for t in ordered] == ["1", "1C", "2", "2C", "3"]
    assert [t.conditional for t in ordered] == [False, True, False, True, False]


@pytest.mark.parametrize(
    ("text", "usage", "rest"),
    [
        ("M", Usage.MANDATORY, None),
        ("U", Usage.USER_OPTION, None),
        (
            "C - Required if contrast media was used",
            Usage.CONDITIONAL,
            "Required if contrast media was used",
        ),
        ("C \u2013 Required if X", Usage.CONDITIONAL, "Required if X"),
        ("C\nRequired if Graphic Layer", Usage.CONDITIONAL, "Required if Graphic Layer"),
        (
            "M- May not be used as a Shared Functional Group.",
            Usage.MANDATORY,
            "May not be used as a Shared Functional Group.",
        ),
        ("U - See note 2.", Usage.USER_OPTION, "See note 2."),
    ],
)
def test_usages(text: str, usage: Usage, rest: str | None) -> None:
    assert parse_usage(text, "here") == (usage, rest)


@pytest.mark.parametrize("text", ["", "Mandatory", "X - whatever", "MU"])
def test_usage_oddities_are_refused(text: str) -> None:
    with pytest.raises(ParseError, match="does not start with M, C or U"):
        parse_usage(text, "here")


@pytest.mark.parametrize(
    ("note", "sharing"),
    [
        (None, FunctionalGroupSharing.EITHER),
        ("Shall be used as a shared functional group", FunctionalGroupSharing.SHARED),
        ("Shall not be used as a shared functional group", FunctionalGroupSharing.PER_FRAME),
        ("May not be used as a Shared Functional Group.", FunctionalGroupSharing.PER_FRAME),
        ("May not be used as a Per-Frame Functional Group", FunctionalGroupSharing.SHARED),
        (
            "Required if not empty. Shall not be used as a Shared Functional Group.",
            FunctionalGroupSharing.PER_FRAME,
        ),
        ("Required if Image Type (0008,0008) Value 1 is ORIGINAL", FunctionalGroupSharing.EITHER),
    ],
)
def test_functional_group_sharing(note: str | None, sharing: FunctionalGroupSharing) -> None:
    assert functional_group_sharing(note) is sharing


def test_attribute_use_is_frozen_checked_and_serializes() -> None:
    origin = Origin(part=3, edition="test", table="table_X-1")
    use = AttributeUse(
        keyword="Modality",
        name="Modality",
        tag="(0008,0060)",
        type=AttributeType.TYPE_1,
        origin=origin,
    )
    with pytest.raises(ValueError, match="pattern"):
        AttributeUse(keyword=None, name="Bad", tag="0008,0060", type=None, origin=origin)
    with pytest.raises(ValueError, match="frozen"):
        use.name = "Other"
    data = json.loads(use.model_dump_json())
    assert data["type"] == "1"
    assert AttributeUse.model_validate(data) == use
