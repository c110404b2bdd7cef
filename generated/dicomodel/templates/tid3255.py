"""TID 3255 IVUS Volume Measurement.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid300

__all__ = [
    "TEMPLATE",
    "IVUSVolumeMeasurement",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3255",
    name="IVUS Volume Measurement",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="INCLUDE",
            requirement="M",
            include="300",
            bindings=(
                ("$Measurement", (("cid", "D", "3485"),)),
                ("$Units", (("code", "EV", "mm3", "UCUM", "mm3"),)),
                ("$TargetSite", (("cid", "B", "3487"),)),
            ),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122336", "Vascular Volume measurement length"),
            units=(("code", "DT", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122337", "Relative position"),
            units=(("code", "DT", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122340", "Fiducial feature"),
            values=(("cid", "D", "3496"),),
        ),
    ),
)


@dataclass(kw_only=True)
class IVUSVolumeMeasurement(TemplatePart):
    """TID 3255 IVUS Volume Measurement."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    measurement: tid300.Measurement = field(metadata={"row": "1"})
    """Row 1: INCLUDE DTID 300, VM 1, M"""
