"""TID 3510 Vital Signs.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "VitalSigns",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3510",
    name="Vital Signs",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "8716-3", "Vital Signs"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "271649006", "SCT", "Systolic blood pressure"),)),
                ("$Units", (("cid", "D", "3500"),)),
                ("$Method", (("cid", "B", "3560"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "271650006", "SCT", "Diastolic blood pressure"),)),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "8867-4", "LN", "Heart rate"),)),
                ("$Units", (("code", "EV", "{H.B.}/min", "UCUM", "BPM"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "8310-5", "LN", "Body temperature"),)),
                ("$Units", (("code", "EV", "Cel", "UCUM", "C"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3526"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "86290005", "SCT", "Respiration rate"),)),
                ("$Units", (("code", "EV", "/min", "UCUM", "breaths/min"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122195", "DCM", "Pulse Strength"),)),
                ("$Units", (("code", "DT", "{0:4}", "UCUM", "range 0:4"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "225908003", "SCT", "Pain Score"),)),
                ("$Units", (("code", "DT", "{1:10}", "UCUM", "range 1:10"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8884-9", "Cardiac Rhythm"),
            values=(("cid", "B", "3415"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "9304-7", "Respiration Rhythm"),
            values=(("cid", "B", "3416"),),
        ),
    ),
)


@dataclass(kw_only=True)
class VitalSigns(TemplatePart):
    """TID 3510 Vital Signs."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 300, VM 1, U"""

    measurement_row_3: tid300.Measurement | None = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, U"""

    measurement_row_4: tid300.Measurement | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1, U"""

    measurement_row_5: tid300.Measurement | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, U"""

    measurement_row_6: tid300.Measurement | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 300, VM 1, U"""

    measurement_row_7: tid300.Measurement | None = field(default=None, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 300, VM 1, U"""

    measurement_row_8: tid300.Measurement | None = field(default=None, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 300, VM 1, U"""

    measurement_row_9: tid300.Measurement | None = field(default=None, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 300, VM 1, U"""

    cardiac_rhythm: groups.Cid3415Code | Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE DT (8884-9, LN, \"Cardiac Rhythm\"), VM 1, U; values BCID 3415"""

    respiration_rhythm: groups.Cid3416Code | Code | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE DT (9304-7, LN, \"Respiration Rhythm\"), VM 1, U; values BCID 3416"""
