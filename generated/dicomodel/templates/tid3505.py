"""TID 3505 Atrial Pressure Measurement.

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
    "AtrialPressureMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3505",
    name="Atrial Pressure Measurement",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122121", "Atrial pressure measurements"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            include="3530",
            bindings=(
                ("$LocationName", (("code", "EV", "363698007", "SCT", "Finding Site"),)),
                ("$LocationValue", (("cid", "D", "3608"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "109016", "DCM", "A-wave peak pressure"),)),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "109034", "DCM", "V-wave peak pressure"),)),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "6797001", "SCT", "Mean blood pressure"),)),
                ("$Units", (("cid", "D", "3500"),)),
            ),
        ),
        RowDef(
            key="6",
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
class AtrialPressureMeasurement(TemplatePart):
    """TID 3505 Atrial Pressure Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    hemodynamic_acquisition_context: tid3530.HemodynamicAcquisitionContext = field(
        metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 3530, VM 1, M"""

    measurement: tid300.Measurement = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 300, VM 1, M"""

    measurement_row_4: tid300.Measurement = field(metadata={"row": "4"})
    """Row 4: INCLUDE DTID 300, VM 1, M"""

    measurement_row_5: tid300.Measurement = field(metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, M"""

    pressure_waveform_measurements: list[tid3550.PressureWaveformMeasurements] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3550, VM 1-n, U"""
