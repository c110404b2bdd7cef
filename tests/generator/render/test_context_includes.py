"""Which include conditions typing treats as satisfied: those that hold outside the
STOW-RS metadata context (PS3.3 C.7.6.3, the Image Pixel Description Macro include)."""

from __future__ import annotations

from generator.conditions.encoding import encoding_predicate
from generator.ir.base import Origin
from generator.ir.conditions import ConditionRule, Present
from generator.ir.modules import IncludeRef
from generator.render.models.conditions import holds_outside_contexts

STOW_RS = (
    "the IOD is not being transferred in a STOW-RS Request and is not encoded as metadata and "
    "compressed bulk pixel data"
)


def _include(rule: ConditionRule | None) -> IncludeRef:
    origin = Origin(part=3, edition="2024c", table="table_C.7-11c", section="sect_C.7.6.3")
    return IncludeRef(
        table="table_C.7-11c",
        label="C.7-11c",
        name="Image Pixel Description",
        condition="Required if " + STOW_RS,
        origin=origin,
        rule=rule,
    )


def test_stow_rs_include_holds_outside_its_context() -> None:
    predicate = encoding_predicate(STOW_RS)
    assert predicate is not None
    rule = ConditionRule(status="undecidable", required=predicate, text=STOW_RS)
    assert holds_outside_contexts(_include(rule))


def test_a_condition_on_the_data_set_stays_conditional() -> None:
    rule = ConditionRule(status="parsed", required=Present(tag=(0x00280010,)), text="if Rows")
    assert not holds_outside_contexts(_include(rule))
    assert not holds_outside_contexts(_include(None))
