"""TID 3560 Derived Hemodynamic Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "DerivedHemodynamicMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3560",
    name="Derived Hemodynamic Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="U",
            concept=Code("DCM", "122126", "Derived Hemodynamic Measurements"),
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
                ("$Measurement", (("cid", "D", "3614"),)),
                ("$Units", (("code", "EV", "cm2", "UCUM", "cm2"),)),
                (
                    "$Equation",
                    (("code", "DT", "122262", "DCM", "Area = Flow / 44.5 * sqrt(Gradient[mmHg])"),),
                ),
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
                ("$Measurement", (("code", "EV", "251012002", "SCT", "Mitral Valve Area"),)),
                ("$Units", (("code", "EV", "cm2", "UCUM", "cm2"),)),
                (
                    "$Equation",
                    (("code", "DT", "122263", "DCM", "MVA = Flow / 38.0 * sqrt(Gradient[mmHg])"),),
                ),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3615"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "EV", "8277-6", "LN", "Body Surface Area"),)),
                ("$Units", (("code", "DT", "cm2/m2", "UCUM", "cm2/m2"),)),
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
                ("$Measurement", (("cid", "D", "3616"),)),
                ("$Units", (("code", "DT", "s/min", "UCUM", "s/min"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3617"),)),
                ("$Units", (("code", "DT", "ml/s", "UCUM", "ml/s"),)),
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
                ("$Measurement", (("code", "EV", "54993008", "SCT", "Cardiac Index"),)),
                ("$Units", (("code", "DT", "l/min/m2", "UCUM", "l/min/m2"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3529"),)),
                ("$Units", (("code", "DT", "ml/dl", "UCUM", "ml/dl"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3618"),)),
                ("$Units", (("code", "DT", "l/min", "UCUM", "l/min"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "8736-1", "LN", "FICK Cardiac Output"),)),
                ("$Units", (("code", "DT", "l/min", "UCUM", "l/min"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "8750-2", "LN", "FICK Cardiac Index"),)),
                ("$Units", (("code", "DT", "l/min/m2", "UCUM", "l/min/m2"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122229", "DCM", "Arteriovenous difference"),)),
                ("$Units", (("code", "DT", "ml/dl", "UCUM", "ml/dl"),)),
            ),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "B", "3620"),)),
                ("$Units", (("code", "DT", "{ratio}", "UCUM", "ratio"),)),
            ),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "122237", "DCM", "Corrected Sinus Node Recovery Time"),),
                ),
                ("$Units", (("code", "DT", "ms", "UCUM", "ms"),)),
            ),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "8861-7", "LN", "Left Ventricular Stroke Work"),)),
                ("$Units", (("code", "DT", "gf.m", "UCUM", "gf.m"),)),
            ),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "8862-5", "LN", "Right Ventricular Stroke Work"),),
                ),
                ("$Units", (("code", "DT", "gf.m", "UCUM", "gf.m"),)),
            ),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "8863-3", "LN", "Left Ventricular Stroke Work Index"),),
                ),
                ("$Units", (("code", "DT", "gf.m/m2", "UCUM", "gf.m/m2"),)),
            ),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "8864-1", "LN", "Right Ventricular Stroke Work Index"),),
                ),
                ("$Units", (("code", "DT", "gf.m/m2", "UCUM", "gf.m/m2"),)),
            ),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "122238",
                            "DCM",
                            "Max volume normalized to 50mmHg pulse pressure",
                        ),
                    ),
                ),
                ("$Units", (("code", "DT", "ml", "UCUM", "ml"),)),
            ),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122239", "DCM", "Oxygen Consumption"),)),
                ("$Units", (("code", "DT", "ml/min", "UCUM", "ml/min"),)),
                ("$Equation", (("cid", "B", "3664"),)),
            ),
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "19217-9",
                            "LN",
                            "Oxygen partial pressure at 50% saturation (P50)",
                        ),
                    ),
                ),
                ("$Units", (("cid", "D", "3500"),)),
                ("$Equation", (("cid", "B", "3666"),)),
            ),
        ),
        RowDef(
            key="22",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "11556-8", "LN", "Blood Oxygen partial pressure"),),
                ),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3618"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "EV", "8277-6", "LN", "Body Surface Area"),)),
                ("$Units", (("code", "DT", "l/min/m2", "UCUM", "l/min/m2"),)),
            ),
        ),
        RowDef(
            key="24",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3619"),)),
                ("$Units", (("cid", "D", "3502"),)),
            ),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3619"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "EV", "8277-6", "LN", "Body Surface Area"),)),
                ("$Units", (("cid", "D", "3503"),)),
            ),
        ),
        RowDef(
            key="26",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122227", "DCM", "Left to Right Flow"),)),
                ("$Units", (("code", "DT", "l/min", "UCUM", "l/min"),)),
            ),
        ),
        RowDef(
            key="27",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122228", "DCM", "Right to Left Flow"),)),
                ("$Units", (("code", "DT", "l/min", "UCUM", "l/min"),)),
            ),
        ),
        RowDef(
            key="28",
            nesting=1,
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
            key="29",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "90096001", "SCT", "Stroke Volume"),)),
                ("$ModType", (("code", "EV", "121425", "DCM", "Index"),)),
                ("$ModValue", (("code", "EV", "8277-6", "LN", "Body Surface Area"),)),
                ("$Units", (("code", "DT", "ml/m2", "UCUM", "ml/m2"),)),
            ),
        ),
        RowDef(
            key="30",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "268384009", "SCT", "Total blood volume"),)),
                ("$Units", (("code", "DT", "l", "UCUM", "l"),)),
            ),
        ),
        RowDef(
            key="31",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3667"),)),
                ("$Units", (("code", "DT", "%", "UCUM", "%"),)),
                ("$Equation", (("cid", "D", "3668"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class DerivedHemodynamicMeasurements(TemplatePart):
    """TID 3560 Derived Hemodynamic Measurements."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_3: tid300.Measurement | None = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, U"""

    measurement_row_4: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_5: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_6: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_7: tid300.Measurement | None = field(default=None, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 300, VM 1, U"""

    measurement_row_8: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_9: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_10: tid300.Measurement | None = field(default=None, metadata={"row": "10"})
    """Row 10: INCLUDE DTID 300, VM 1, U"""

    measurement_row_11: tid300.Measurement | None = field(default=None, metadata={"row": "11"})
    """Row 11: INCLUDE DTID 300, VM 1, U"""

    measurement_row_12: tid300.Measurement | None = field(default=None, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 300, VM 1, U"""

    measurement_row_13: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_14: tid300.Measurement | None = field(default=None, metadata={"row": "14"})
    """Row 14: INCLUDE DTID 300, VM 1, U"""

    measurement_row_15: tid300.Measurement | None = field(default=None, metadata={"row": "15"})
    """Row 15: INCLUDE DTID 300, VM 1, U"""

    measurement_row_16: tid300.Measurement | None = field(default=None, metadata={"row": "16"})
    """Row 16: INCLUDE DTID 300, VM 1, U"""

    measurement_row_17: tid300.Measurement | None = field(default=None, metadata={"row": "17"})
    """Row 17: INCLUDE DTID 300, VM 1, U"""

    measurement_row_18: tid300.Measurement | None = field(default=None, metadata={"row": "18"})
    """Row 18: INCLUDE DTID 300, VM 1, U"""

    measurement_row_19: tid300.Measurement | None = field(default=None, metadata={"row": "19"})
    """Row 19: INCLUDE DTID 300, VM 1, U"""

    measurement_row_20: tid300.Measurement | None = field(default=None, metadata={"row": "20"})
    """Row 20: INCLUDE DTID 300, VM 1, U"""

    measurement_row_21: tid300.Measurement | None = field(default=None, metadata={"row": "21"})
    """Row 21: INCLUDE DTID 300, VM 1, U"""

    measurement_row_22: tid300.Measurement | None = field(default=None, metadata={"row": "22"})
    """Row 22: INCLUDE DTID 300, VM 1, U"""

    measurement_row_23: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "23"}
    )
    """Row 23: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_24: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "24"}
    )
    """Row 24: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_25: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "25"}
    )
    """Row 25: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_26: tid300.Measurement | None = field(default=None, metadata={"row": "26"})
    """Row 26: INCLUDE DTID 300, VM 1, U"""

    measurement_row_27: tid300.Measurement | None = field(default=None, metadata={"row": "27"})
    """Row 27: INCLUDE DTID 300, VM 1, U"""

    measurement_row_28: tid300.Measurement | None = field(default=None, metadata={"row": "28"})
    """Row 28: INCLUDE DTID 300, VM 1, U"""

    measurement_row_29: tid300.Measurement | None = field(default=None, metadata={"row": "29"})
    """Row 29: INCLUDE DTID 300, VM 1, U"""

    measurement_row_30: tid300.Measurement | None = field(default=None, metadata={"row": "30"})
    """Row 30: INCLUDE DTID 300, VM 1, U"""

    measurement_row_31: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "31"}
    )
    """Row 31: INCLUDE DTID 300, VM 1-n, U"""
