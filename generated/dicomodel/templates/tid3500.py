"""TID 3500 Hemodynamics Report.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1002, tid3501, tid3570, tid3601, tid3602, tid3603

__all__ = [
    "TEMPLATE",
    "HemodynamicsReport",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3500",
    name="Hemodynamics Report",
    extensible=True,
    order_significant=True,
    root=True,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122120", "Hemodynamics Report"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="1002",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(key="3", nesting=1, value_type="INCLUDE", requirement="M", include="3601"),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="3602",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            include="3603",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3501",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3570",
        ),
    ),
)


@dataclass(kw_only=True)
class HemodynamicsReport(TemplatePart):
    """TID 3500 Hemodynamics Report."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    observer_context: list[tid1002.ObserverContext] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 1002, VM 1-n, M"""

    procedure_context: tid3601.ProcedureContext = field(metadata={"row": "3"})
    """Row 3: INCLUDE DTID 3601, VM 1, M"""

    cardiovascular_patient_characteristics: tid3602.CardiovascularPatientCharacteristics = field(
        metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 3602, VM 1, M"""

    procedure_environmental_characteristics: (
        tid3603.ProcedureEnvironmentalCharacteristics | None
    ) = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 3603, VM 1, U"""

    hemodynamics_measurement_group: list[tid3501.HemodynamicsMeasurementGroup] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3501, VM 1-n, M"""

    summary_hemodynamics: tid3570.SummaryHemodynamics | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3570, VM 1, U"""
