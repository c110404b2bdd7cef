"""TID 3507 Ventricular Pressure Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid3530, tid3550

__all__ = [
    "TEMPLATE",
    "VentricularPressureMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3507",
    name="Ventricular Pressure Measurement",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122122", "Ventricular pressure measurements"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            include="3530",
            bindings=(
                ("$LocationName", (("code", "EV", "363698007", "SCT", "Finding Site"),)),
                ("$LocationValue", (("cid", "D", "3609"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            condition='IFF $LocationValue selected in Row 2 = (87878005, SCT, "Left Ventricle") or subsite thereof',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0 or subsite thereof",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0 or subsite thereof",
                ),
            ),
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "276780008",
                            "SCT",
                            "Left Ventricular Systolic blood pressure",
                        ),
                    ),
                ),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            condition='IFF $LocationValue selected in Row 2 = (87878005, SCT, "Left Ventricle") or subsite thereof',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0 or subsite thereof",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0 or subsite thereof",
                ),
            ),
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "276781007",
                            "SCT",
                            "Left Ventricular End Diastolic pressure",
                        ),
                    ),
                ),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            condition='IFF $LocationValue selected in Row 2 = (53085002, SCT, "Right Ventricle") or subsite thereof',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0 or subsite thereof",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0 or subsite thereof",
                ),
            ),
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "276772001",
                            "SCT",
                            "Right Ventricular Systolic blood pressure",
                        ),
                    ),
                ),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            condition='IFF $LocationValue selected in Row 2 = (53085002, SCT, "Right Ventricle") or subsite thereof',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0 or subsite thereof",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0 or subsite thereof",
                ),
            ),
            bindings=(
                (
                    "$Measurement",
                    (
                        (
                            "code",
                            "EV",
                            "276774000",
                            "SCT",
                            "Right Ventricular End Diastolic pressure",
                        ),
                    ),
                ),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            condition='IFF $LocationValue selected in Row 2 = (45503006, SCT, "Common Ventricle")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0",
                ),
            ),
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "122194", "DCM", "Ventricular Systolic blood pressure"),),
                ),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="300",
            condition='IFF $LocationValue selected in Row 2 = (45503006, SCT, "Common Ventricle")',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a parameter's value, set by the invoking template: $LocationValue selected in Row 2 = §0",
                ),
            ),
            bindings=(
                (
                    "$Measurement",
                    (("code", "EV", "122191", "DCM", "Ventricular End Diastolic pressure"),),
                ),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3550",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class VentricularPressureMeasurement(TemplatePart):
    """TID 3507 Ventricular Pressure Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    hemodynamic_acquisition_context: tid3530.HemodynamicAcquisitionContext = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 3530, VM 1, M"""

    measurement: tid300.Measurement | None = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, MC: IFF $LocationValue selected in Row 2 = (87878005, SCT, \"Left Ventricle\") or subsite thereof"""

    measurement_row_4: tid300.Measurement | None = field(default=None, metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1, MC: IFF $LocationValue selected in Row 2 = (87878005, SCT, \"Left Ventricle\") or subsite thereof"""

    measurement_row_5: tid300.Measurement | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, MC: IFF $LocationValue selected in Row 2 = (53085002, SCT, \"Right Ventricle\") or subsite thereof"""

    measurement_row_6: tid300.Measurement | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 300, VM 1, MC: IFF $LocationValue selected in Row 2 = (53085002, SCT, \"Right Ventricle\") or subsite thereof"""

    measurement_row_7: tid300.Measurement | None = field(default=None, metadata={"row": "7"})
    """Row 7: INCLUDE DTID 300, VM 1, MC: IFF $LocationValue selected in Row 2 = (45503006, SCT, \"Common Ventricle\")"""

    measurement_row_8: tid300.Measurement | None = field(default=None, metadata={"row": "8"})
    """Row 8: INCLUDE DTID 300, VM 1, MC: IFF $LocationValue selected in Row 2 = (45503006, SCT, \"Common Ventricle\")"""

    pressure_waveform_measurements: list[tid3550.PressureWaveformMeasurements] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3550, VM 1-n, U"""
