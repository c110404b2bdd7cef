"""TID 3253 IVUS Measurements.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300, tid3255

__all__ = [
    "TEMPLATE",
    "IVUSMeasurements",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3253",
    name="IVUS Measurements",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3481"),)),
                ("$Units", (("code", "EV", "mm", "UCUM", "mm"),)),
                ("$Derivation", (("cid", "D", "3488"),)),
                ("$TargetSite", (("cid", "B", "3486"),)),
            ),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3482"),)),
                ("$Units", (("code", "EV", "mm2", "UCUM", "mm2"),)),
                ("$Derivation", (("cid", "D", "3488"),)),
                ("$TargetSite", (("cid", "B", "3486"),)),
            ),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3483"),)),
                ("$Units", (("code", "EV", "mm", "UCUM", "mm"),)),
            ),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("code", "EV", "122355", "DCM", "Arc of Calcium"),)),
                ("$Units", (("code", "EV", "deg", "UCUM", "degrees"),)),
                ("$TargetSite", (("cid", "B", "3486"),)),
            ),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "408714007", "SCT", "Lumen Area Stenosis"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
            ),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122354", "DCM", "Plaque Burden"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
                ("$TargetSite", (("cid", "B", "3486"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$Measurement", (("cid", "D", "3484"),)),
                ("$Units", (("code", "EV", "{ratio}", "UCUM", "ratio"),)),
                ("$TargetSite", (("cid", "B", "3486"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="3255",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="INCLUDE",
            requirement="U",
            include="300",
            bindings=(
                ("$Measurement", (("code", "EV", "122339", "DCM", "Stent Volume Obstruction"),)),
                ("$Units", (("code", "EV", "%", "UCUM", "%"),)),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class IVUSMeasurements(TemplatePart):
    """TID 3253 IVUS Measurements."""

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

    measurement_row_4: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 300, VM 1-n, U"""

    measurement_row_5: tid300.Measurement | None = field(default=None, metadata={"row": "5"})
    """Row 5: INCLUDE DTID 300, VM 1, U"""

    measurement_row_6: tid300.Measurement | None = field(default=None, metadata={"row": "6"})
    """Row 6: INCLUDE DTID 300, VM 1, U"""

    measurement_row_7: list[tid300.Measurement] = field(
        default_factory=no_items, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 300, VM 1-n, U"""

    ivus_volume_measurement: list[tid3255.IVUSVolumeMeasurement] = field(
        default_factory=no_items, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3255, VM 1-n, U"""

    measurement_row_9: tid300.Measurement | None = field(default=None, metadata={"row": "9"})
    """Row 9: INCLUDE DTID 300, VM 1, U"""
