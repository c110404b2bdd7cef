"""TID 1404 Numeric Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.sr.content import Coordinates, Num, Reference
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4108

__all__ = [
    "TEMPLATE",
    "NumericMeasurement",
    "NumericMeasurementScoord2",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="1404",
    name="Numeric Measurement",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(key="1", nesting=0, value_type="NUM", requirement="M", units=(("cid", "D", "82"),)),
        RowDef(
            key="2",
            nesting=1,
            value_type="SCOORD",
            requirement="UC",
            relationship="INFERRED FROM",
            vm_min=1,
            vm_max=None,
            condition="XOR Rows 5, 6",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "5"), ("row_present", "6"))),
            forbidden_if=("or", ("row_present", "5"), ("row_present", "6")),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            by_reference=True,
            condition="XOR Row 4",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            forbidden_if=("row_present", "4"),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="IMAGE",
            requirement="MC",
            relationship="SELECTED FROM",
            condition="XOR Row 3",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            forbidden_if=("row_present", "3"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="IMAGE",
            requirement="UC",
            relationship="INFERRED FROM",
            by_reference=True,
            concept_ref=("cid", "B", "7003"),
            vm_min=1,
            vm_max=None,
            condition="XOR Rows 2, 6",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "2"), ("row_present", "6"))),
            forbidden_if=("or", ("row_present", "2"), ("row_present", "6")),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="IMAGE",
            requirement="UC",
            relationship="INFERRED FROM",
            concept_ref=("cid", "B", "7003"),
            vm_min=1,
            vm_max=None,
            condition="XOR Rows 2, 5",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "2"), ("row_present", "5"))),
            forbidden_if=("or", ("row_present", "2"), ("row_present", "5")),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="4108",
        ),
    ),
)


@dataclass(kw_only=True)
class NumericMeasurement(TemplatePart):
    """TID 1404 Numeric Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Num
    """The value of row 1 (NUM)."""

    scoord_2: list[NumericMeasurementScoord2] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: SCOORD -, VM 1-n, UC: XOR Rows 5, 6"""

    cid_7003: list[Named[Reference]] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: IMAGE BCID 7003, VM 1-n, UC: XOR Rows 2, 6"""

    cid_7003_row_6: list[Named[Reference]] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: IMAGE BCID 7003, VM 1-n, UC: XOR Rows 2, 5"""

    tracking_identifier: tid4108.TrackingIdentifier | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 4108, VM 1, U"""


@dataclass(kw_only=True)
class NumericMeasurementScoord2(TemplatePart):
    """Row 2 of TID 1404."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Coordinates
    """The value of row 2 (SCOORD)."""

    image_3: Reference | None = field(default=None, metadata={"row": "3"})
    """Row 3: IMAGE -, VM 1, MC: XOR Row 4"""

    image_4: Reference | None = field(default=None, metadata={"row": "4"})
    """Row 4: IMAGE -, VM 1, MC: XOR Row 3"""
