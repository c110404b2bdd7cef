"""TID 3550 Pressure Waveform Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "PressureWaveformMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3550",
    name="Pressure Waveform Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3611"),)),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3612"),)),
                ("$Units", (("code", "EV", "mm/s", "UCUM", "mm/s"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3613"),)),
                ("$Units", (("code", "DT", "ms", "UCUM", "ms"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "82799009", "SCT", "Cardiac Output"),)),
                ("$Units", (("code", "EV", "l/min", "UCUM", "l/min"),)),
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
                ("$Measurement", (("code", "EV", "90096001", "SCT", "Stroke Volume"),)),
                ("$Units", (("code", "DT", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "10230-1", "LN", "LV Ejection Fraction"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "8867-4", "LN", "Heart rate"),)),
                ("$Units", (("code", "DT", "{H.B.}/min", "UCUM", "BPM"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "86290005", "SCT", "Respiration rate"),)),
                ("$Units", (("code", "DT", "/min", "UCUM", "breaths/min"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "109025", "DCM", "Max dp/dt"),)),
                ("$Units", (("code", "DT", "mm[Hg]/s", "UCUM", "mmHg/s"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "109026", "DCM", "Max neg dp/dt"),)),
                ("$Units", (("code", "DT", "mm[Hg]/s", "UCUM", "mmHg/s"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122190", "DCM", "Max dp/dt/P"),)),
                ("$Units", (("code", "DT", "/s", "UCUM", "/s"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122192", "DCM", "Indicator appearance time"),)),
                ("$Units", (("code", "DT", "s", "UCUM", "s"),)),
            ),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "122193", "DCM", "Maximum pressure acceleration"),),
                ),
                ("$Units", (("code", "DT", "mm[Hg]/s2", "UCUM", "mmHg/s/s"),)),
            ),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3617"),)),
                ("$Units", (("code", "DT", "ml/min", "UCUM", "ml/min"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class PressureWaveformMeasurements(TemplatePart):
    """TID 3550 Pressure Waveform Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "1"})
    """Row 1: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_2: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_3: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 300, VM 1-n, U"""

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

    measurement_row_10: tid300.Measurement | None = field(default=None, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 300, VM 1, U"""

    measurement_row_11: tid300.Measurement | None = field(default=None, metadata={"row": "11"})
    """Row 11: INCLUDE DTID 300, VM 1, U"""

    measurement_row_12: tid300.Measurement | None = field(default=None, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 300, VM 1, U"""

    measurement_row_13: tid300.Measurement | None = field(default=None, metadata={"row": "13"})
    """Row 13: INCLUDE DTID 300, VM 1, U"""

    measurement_row_14: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 300, VM 1-n, U"""
