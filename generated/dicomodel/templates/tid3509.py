"""TID 3509 Blood Velocity Measurement.

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
    "BloodVelocityMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3509",
    name="Blood Velocity Measurement",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122124", "Blood velocity measurements"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            include="3530",
            bindings=(
                ("$LocationName", (("code", "EV", "363704007", "SCT", "Procedure site"),)),
                ("$LocationValue", (("cid", "B", "3606"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
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
            key="4",
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
class BloodVelocityMeasurement(TemplatePart):
    """TID 3509 Blood Velocity Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    hemodynamic_acquisition_context: tid3530.HemodynamicAcquisitionContext = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 3530, VM 1, M"""

    measurement: list[tid300.Measurement] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1-n, M"""

    pressure_waveform_measurements: list[tid3550.PressureWaveformMeasurements] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 3550, VM 1-n, U"""
