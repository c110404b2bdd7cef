"""TID 3922 Absolute Values of Ventricular Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "AbsoluteValuesOfVentricularMeasurements",
    "AbsoluteValuesOfVentricularMeasurementsPeakEjectionTime",
    "AbsoluteValuesOfVentricularMeasurementsPeakFillingTime",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3922",
    name="Absolute Values of Ventricular Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122608", "Absolute Values Of Ventricular Measurements"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3833"),)),
                (
                    "$ModType",
                    (("code", "DT", "122670", "DCM", "Papillary Muscle Included/Excluded"),),
                ),
                ("$ModValue", (("cid", "D", "3821"),)),
                ("$Method", (("cid", "D", "3807"),)),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3835"),)),
                (
                    "$ModType",
                    (("code", "DT", "122670", "DCM", "Papillary Muscle Included/Excluded"),),
                ),
                ("$ModValue", (("cid", "D", "3821"),)),
                ("$Units", (("code", "DT", "ml", "UCUM", "ml"),)),
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
                ("$Measurement", (("code", "EV", "82799009", "SCT", "Cardiac Output"),)),
                (
                    "$ModType",
                    (("code", "DT", "122670", "DCM", "Papillary Muscle Included/Excluded"),),
                ),
                ("$ModValue", (("cid", "D", "3821"),)),
                ("$Units", (("code", "DT", "l/min", "UCUM", "l/min"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "122447", "DCM", "Wall Mass"),)),
                (
                    "$ModType",
                    (("code", "DT", "122670", "DCM", "Papillary Muscle Included/Excluded"),),
                ),
                ("$ModValue", (("cid", "D", "3821"),)),
                ("$Units", (("code", "DT", "g", "UCUM", "g"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272518008", "Cardiac Cycle Point"),
            values=(("cid", "D", "12233"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122616", "DCM", "Peak Ejection Rate"),)),
                ("$Units", (("code", "DT", "ml/s", "UCUM", "ml/s"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122617", "Peak Ejection Time"),
            units=(("code", "EV", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122611", "Reference Point"),
            values=(("code", "EV", "416190007", "SCT", "End-Diastolic"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122618", "DCM", "Peak Filling Rate"),)),
                ("$Units", (("code", "DT", "ml/s", "UCUM", "ml/s"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122619", "Peak Filling Time"),
            units=(("code", "DT", "s", "UCUM", "s"),),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122611", "Reference Point"),
            values=(("code", "DT", "109070", "DCM", "End-Systolic"),),
        ),
    ),
)


@dataclass(kw_only=True)
class AbsoluteValuesOfVentricularMeasurements(TemplatePart):
    """TID 3922 Absolute Values of Ventricular Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_3: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_4: tid300.Measurement | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1, U"""

    measurement_row_5: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_7: tid300.Measurement | None = field(default=None, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 300, VM 1, U"""

    peak_ejection_time: AbsoluteValuesOfVentricularMeasurementsPeakEjectionTime | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: NUM EV (122617, DCM, \"Peak Ejection Time\"), VM 1, U; units EV (s, UCUM, \"s\")"""

    measurement_row_10: tid300.Measurement | None = field(default=None, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 300, VM 1, U"""

    peak_filling_time: AbsoluteValuesOfVentricularMeasurementsPeakFillingTime | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: NUM EV (122619, DCM, \"Peak Filling Time\"), VM 1, U; units DT (s, UCUM, \"s\")"""


@dataclass(kw_only=True)
class AbsoluteValuesOfVentricularMeasurementsPeakEjectionTime(TemplatePart):
    """Row 8 of TID 3922."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "8"

    value: Num
    """The value of row 8 (NUM)."""

    reference_point: Code = field(metadata={"row": "9"})
    """Row 9: CODE EV (122611, DCM, \"Reference Point\"), VM 1, M; values EV (416190007, SCT, \"End-Diastolic\")"""


@dataclass(kw_only=True)
class AbsoluteValuesOfVentricularMeasurementsPeakFillingTime(TemplatePart):
    """Row 11 of TID 3922."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "11"

    value: Num
    """The value of row 11 (NUM)."""

    reference_point: Code = field(metadata={"row": "12"})
    """Row 12: CODE EV (122611, DCM, \"Reference Point\"), VM 1, M; values DT (109070, DCM, \"End-Systolic\")"""
