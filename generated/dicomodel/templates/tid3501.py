"""TID 3501 Hemodynamics Measurement Group.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import (
        tid3504,
        tid3505,
        tid3506,
        tid3507,
        tid3508,
        tid3509,
        tid3510,
        tid3515,
        tid3516,
        tid3520,
        tid3560,
        tid3714,
    )

__all__ = [
    "TEMPLATE",
    "HemodynamicsMeasurementGroup",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3501",
    name="Hemodynamics Measurement Group",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "59776-5", "Findings"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "129085009", "Catheterization Procedure Phase"),
            values=(("cid", "D", "3651"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="3520",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121124", "Procedure Action ID"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3510",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3504",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3505",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3506",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3507",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3508",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3509",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3515",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3516",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3560",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3714",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class HemodynamicsMeasurementGroup(TemplatePart):
    """TID 3501 Hemodynamics Measurement Group."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    catheterization_procedure_phase: groups.Cid3651Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (129085009, SCT, \"Catheterization Procedure Phase\"), VM 1, M; values DCID 3651"""

    hemodynamic_clinical_context: tid3520.HemodynamicClinicalContext | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 3520, VM 1, U"""

    procedure_action_id: str | None = field(default=None, metadata={"row": "4"})
    """Row 4: TEXT EV (121124, DCM, \"Procedure Action ID\"), VM 1, U"""

    vital_signs: list[tid3510.VitalSigns] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 3510, VM 1-n, U"""

    arterial_pressure_measurement: list[tid3504.ArterialPressureMeasurement] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3504, VM 1-n, U"""

    atrial_pressure_measurement: list[tid3505.AtrialPressureMeasurement] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3505, VM 1-n, U"""

    venous_pressure_measurement: list[tid3506.VenousPressureMeasurement] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3506, VM 1-n, U"""

    ventricular_pressure_measurement: list[tid3507.VentricularPressureMeasurement] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3507, VM 1-n, U"""

    gradient_measurement: list[tid3508.GradientMeasurement] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 3508, VM 1-n, U"""

    blood_velocity_measurement: list[tid3509.BloodVelocityMeasurement] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 3509, VM 1-n, U"""

    cardiac_output_measurement_by_indicator_dilution: list[
        tid3515.CardiacOutputMeasurementByIndicatorDilution
    ] = field(default_factory=no_items, metadata={"row": "12"})
    """Row 12: INCLUDE DTID 3515, VM 1-n, U"""

    blood_lab_measurements: list[tid3516.BloodLabMeasurements] = field(
        default_factory=no_items, metadata={"row": "13"}
    )
    """Row 13: INCLUDE DTID 3516, VM 1-n, U"""

    derived_hemodynamic_measurements: list[tid3560.DerivedHemodynamicMeasurements] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: INCLUDE DTID 3560, VM 1-n, U"""

    ecg_lead_measurements: list[tid3714.ECGLeadMeasurements] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 3714, VM 1-n, U"""
