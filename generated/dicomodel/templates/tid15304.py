"""TID 15304 Radiotherapy Treatment Progress Parameters.

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
    "RadiotherapyTreatmentProgressParameters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15304",
    name="Radiotherapy Treatment Progress Parameters",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "121389", "Referenced Beam Number"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
    ),
)


@dataclass(kw_only=True)
class RadiotherapyTreatmentProgressParameters(TemplatePart):
    """TID 15304 Radiotherapy Treatment Progress Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    referenced_beam_number: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (121389, DCM, \"Referenced Beam Number\"), VM 1, U; units EV (1, UCUM, \"no units\")"""
