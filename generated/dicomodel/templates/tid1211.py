"""TID 1211 Equivalent Meaning(s) of Value.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1201

__all__ = [
    "TEMPLATE",
    "EquivalentMeaningSOfValue",
    "EquivalentMeaningSOfValueEquivalentMeaningOfValue",
    "EquivalentMeaningSOfValueEquivalentMeaningOfValueRow3",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1211",
    name="Equivalent Meaning(s) of Value",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121051", "Equivalent Meaning of Value"),
            vm_min=1,
            vm_max=None,
            condition="XOR Row 3",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            forbidden_if=("row_present", "3"),
        ),
        RowDef(key="2", nesting=1, value_type="INCLUDE", requirement="U", include="1201"),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121051", "Equivalent Meaning of Value"),
            vm_min=1,
            vm_max=None,
            condition="XOR Row 1",
            condition_status="parsed",
            required_if=("not", ("row_present", "1")),
            forbidden_if=("row_present", "1"),
        ),
        RowDef(key="4", nesting=1, value_type="INCLUDE", requirement="U", include="1201"),
    ),
)


@dataclass(kw_only=True)
class EquivalentMeaningSOfValue(TemplatePart):
    """TID 1211 Equivalent Meaning(s) of Value."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    equivalent_meaning_of_value: list[EquivalentMeaningSOfValueEquivalentMeaningOfValue] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: TEXT EV (121051, DCM, \"Equivalent Meaning of Value\"), VM 1-n, MC: XOR Row 3"""

    equivalent_meaning_of_value_row_3: list[
        EquivalentMeaningSOfValueEquivalentMeaningOfValueRow3
    ] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: CODE EV (121051, DCM, \"Equivalent Meaning of Value\"), VM 1-n, MC: XOR Row 1"""


@dataclass(kw_only=True)
class EquivalentMeaningSOfValueEquivalentMeaningOfValue(TemplatePart):
    """Row 1 of TID 1211."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: str
    """The value of row 1 (TEXT)."""

    language_of_value: tid1201.LanguageOfValue | None = field(default=None, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 1201, VM 1, U"""


@dataclass(kw_only=True)
class EquivalentMeaningSOfValueEquivalentMeaningOfValueRow3(TemplatePart):
    """Row 3 of TID 1211."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: Code
    """The value of row 3 (CODE)."""

    language_of_value: tid1201.LanguageOfValue | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 1201, VM 1, U"""
