"""TID 10005 Accumulated Mammography X-Ray Dose.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "AccumulatedMammographyXRayDose",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10005",
    name="Accumulated Mammography X-Ray Dose",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept=Code("DCM", "111637", "Accumulated Average Glandular Dose"),
            vm_min=1,
            vm_max=2,
            units=(("code", "EV", "mGy", "UCUM", "mGy"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            values=(("cid", "D", "6022"),),
        ),
    ),
)


@dataclass(kw_only=True)
class AccumulatedMammographyXRayDose(TemplatePart):
    """TID 10005 Accumulated Mammography X-Ray Dose."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Num
    """The value of row 1 (NUM)."""

    laterality: groups.Cid6022Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (272741003, SCT, \"Laterality\"), VM 1, M; values DCID 6022"""
