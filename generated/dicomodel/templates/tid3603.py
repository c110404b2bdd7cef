"""TID 3603 Procedure Environmental Characteristics.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ProcedureEnvironmentalCharacteristics",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3603",
    name="Procedure Environmental Characteristics",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "122222", "Procedure Environmental Characteristics"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122223", "Room oxygen concentration"),
            units=(("code", "EV", "%", "UCUM", "%"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122224", "Room temperature"),
            units=(("code", "EV", "Cel", "UCUM", "C"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122225", "Room Barometric pressure"),
            units=(("code", "DT", "mbar", "UCUM", "millibar"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ProcedureEnvironmentalCharacteristics(TemplatePart):
    """TID 3603 Procedure Environmental Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    room_oxygen_concentration: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (122223, DCM, \"Room oxygen concentration\"), VM 1, U; units EV (%, UCUM, \"%\")"""

    room_temperature: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (122224, DCM, \"Room temperature\"), VM 1, U; units EV (Cel, UCUM, \"C\")"""

    room_barometric_pressure: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (122225, DCM, \"Room Barometric pressure\"), VM 1, U; units DT (mbar, UCUM, \"millibar\")"""
