"""TID 3219 Segment Values.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "SegmentValues",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3219",
    name="Segment Values",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122510", "DCM", "Length Luminal Segment"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Luminal Diameter"),)),
                ("$Derivation", (("code", "EV", "255605001", "SCT", "Minimum"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Luminal Diameter"),)),
                ("$Derivation", (("code", "EV", "56851009", "SCT", "Maximum"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Luminal Diameter"),)),
                ("$Derivation", (("code", "EV", "373098007", "SCT", "Mean"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "397413000", "SCT", "Vessel Luminal Diameter"),)),
                ("$Derivation", (("code", "EV", "386136009", "SCT", "Standard Deviation"),)),
                ("$Units", (("code", "DT", "mm", "UCUM", "mm"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class SegmentValues(TemplatePart):
    """TID 3219 Segment Values."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    measurement: tid300.Measurement = field(metadata={"row": "1"})
    """Row 1: INCLUDE DTID 300, VM 1, M"""

    measurement_row_2: tid300.Measurement = field(metadata={"row": "2"})
    """Row 2: INCLUDE DTID 300, VM 1, M"""

    measurement_row_3: tid300.Measurement = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, M"""

    measurement_row_4: tid300.Measurement = field(metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1, M"""

    measurement_row_5: tid300.Measurement | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, U"""
