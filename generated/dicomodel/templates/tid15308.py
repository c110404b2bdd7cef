"""TID 15308 Imaging Source Geometry Parameters.

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
    "ImagingSourceGeometryParameters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15308",
    name="Imaging Source Geometry Parameters",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126809", "IEC61217 Gantry Continuous Roll Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126810", "IEC61217 Gantry Continuous Pitch Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126811", "IEC61217 Gantry Continuous Yaw Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130801", "IEC61217 Imaging Source to Axis Distance"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ImagingSourceGeometryParameters(TemplatePart):
    """TID 15308 Imaging Source Geometry Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    iec61217_gantry_continuous_roll_angle: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (126809, DCM, \"IEC61217 Gantry Continuous Roll Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    iec61217_gantry_continuous_pitch_angle: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (126810, DCM, \"IEC61217 Gantry Continuous Pitch Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    iec61217_gantry_continuous_yaw_angle: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (126811, DCM, \"IEC61217 Gantry Continuous Yaw Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    iec61217_imaging_source_to_axis_distance: Num | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: NUM EV (130801, DCM, \"IEC61217 Imaging Source to Axis Distance\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""
