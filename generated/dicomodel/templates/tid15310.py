"""TID 15310 Imaging Device Position Parameters.

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
    "ImagingDevicePositionParameters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15310",
    name="Imaging Device Position Parameters",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126810", "IEC61217 Gantry Continuous Pitch Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126811", "IEC61217 Gantry Continuous Yaw Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingDevicePositionParameters(TemplatePart):
    """TID 15310 Imaging Device Position Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    iec61217_gantry_continuous_pitch_angle: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (126810, DCM, \"IEC61217 Gantry Continuous Pitch Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    iec61217_gantry_continuous_yaw_angle: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (126811, DCM, \"IEC61217 Gantry Continuous Yaw Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""
