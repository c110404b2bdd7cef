"""An IOD's flat attribute set: the merging rules of generator.parse.part03.merge."""

from __future__ import annotations

from generator.ir.base import Origin
from generator.ir.modules import (
    AttributeType,
    AttributeUse,
    ContextGroupConstraint,
    ContextGroupKind,
    Term,
    ValueKind,
    ValueSet,
)
from generator.parse.part03 import Part03, merge_attribute, merge_levels

ORIGIN = Origin(part=3, edition="test", table="table_T-1")


def _values(kind: ValueKind, index: int | None, *values: str) -> ValueSet:
    return ValueSet(
        kind=kind, value_index=index, terms=tuple(Term(value=v) for v in values), source="t"
    )


def _use(tag: str, type_: AttributeType | None, **fields: object) -> AttributeUse:
    return AttributeUse.model_validate(
        {"keyword": None, "name": f"A {tag}", "tag": tag, "type": type_, "origin": ORIGIN, **fields}
    )


def test_strictest_type_wins_and_brings_its_condition() -> None:
    loose = _use("(0008,0008)", AttributeType.TYPE_3, description="general")
    strict = _use(
        "(0008,0008)", AttributeType.TYPE_1C, condition="Required if X.", description="special"
    )
    merged = merge_attribute(loose, strict)
    assert (merged.type, merged.condition, merged.description) == (
        AttributeType.TYPE_1C,
        "Required if X.",
        "special",
    )
    merged = merge_attribute(strict, loose)  # a later, looser module does not weaken
    assert (merged.type, merged.condition, merged.description) == (
        AttributeType.TYPE_1C,
        "Required if X.",
        "general",
    )
    untyped = _use("(0008,0008)", None)
    assert merge_attribute(untyped, loose).type is AttributeType.TYPE_3


def test_later_values_replace_earlier_per_value_index() -> None:
    earlier = _use(
        "(0008,0008)",
        AttributeType.TYPE_3,
        enumerated_values=(
            _values(ValueKind.ENUMERATED, 1, "ORIGINAL", "DERIVED"),
            _values(ValueKind.ENUMERATED, 2, "PRIMARY", "SECONDARY"),
        ),
        defined_terms=(_values(ValueKind.DEFINED, 3, "AXIAL"),),
    )
    later = _use(
        "(0008,0008)",
        AttributeType.TYPE_1,
        enumerated_values=(
            _values(ValueKind.ENUMERATED, 2, "PRIMARY"),
            _values(ValueKind.ENUMERATED, 3, "VOLUME"),
        ),
    )
    merged = merge_attribute(earlier, later)
    assert merged.values_for(ValueKind.ENUMERATED, 1) == ("ORIGINAL", "DERIVED")
    assert merged.values_for(ValueKind.ENUMERATED, 2) == ("PRIMARY",)
    assert merged.values_for(ValueKind.ENUMERATED, 3) == ("VOLUME",)
    assert merged.values_for(ValueKind.DEFINED, 3) == ()  # replaced, whatever its kind


def test_context_groups_and_items_merge() -> None:
    cid = ContextGroupConstraint(kind=ContextGroupKind.DEFINED, cid=244, text="DCID 244")
    earlier = _use(
        "(0062,000F)",
        AttributeType.TYPE_1,
        cid_constraints=(cid,),
        children=(
            _use("(0008,0100)", AttributeType.TYPE_1C),
            _use("(0008,0104)", AttributeType.TYPE_1),
        ),
    )
    later = _use(
        "(0062,000F)",
        AttributeType.TYPE_3,
        children=(
            _use("(0008,0100)", AttributeType.TYPE_1),
            _use("(0062,0011)", AttributeType.TYPE_3),
        ),
    )
    merged = merge_attribute(earlier, later)
    assert merged.cid_constraints == (cid,)
    assert [(c.tag, c.type) for c in merged.children] == [
        ("(0008,0100)", AttributeType.TYPE_1),
        ("(0008,0104)", AttributeType.TYPE_1),
        ("(0062,0011)", AttributeType.TYPE_3),
    ]


def test_levels_keep_first_order() -> None:
    first = (_use("(0010,0010)", AttributeType.TYPE_2), _use("(0008,0008)", AttributeType.TYPE_3))
    second = (_use("(0020,000D)", AttributeType.TYPE_1), _use("(0008,0008)", AttributeType.TYPE_1))
    merged = merge_levels((first, second))
    assert [a.tag for a in merged] == ["(0010,0010)", "(0008,0008)", "(0020,000D)"]
    assert merged[1].type is AttributeType.TYPE_1


def test_confocal_iod_flat_image_type(part03: Part03) -> None:
    """General Image (Type 3, Values 1-2) specialized by Confocal Microscopy Image (Type 1, 1-4)."""
    flat = {a.tag: a for a in part03.iod_attributes("Confocal Microscopy Image")}
    image_type = flat["(0008,0008)"]
    assert image_type.type is AttributeType.TYPE_1
    assert image_type.origin.table == "table_C.8.35.1-1"
    assert image_type.values_for(ValueKind.ENUMERATED, 2) == ("PRIMARY",)
    assert image_type.values_for(ValueKind.DEFINED, 3) == ("VOLUME", "THUMBNAIL", "NONTILED")
    assert "CFM" in flat["(0008,0060)"].values_for(ValueKind.DEFINED)
    # per module, the general definition is kept as published
    assert part03.module("General Image").attribute("(0008,0008)").type is AttributeType.TYPE_3
