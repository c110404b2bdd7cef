"""TID 15309 Image Receptor Geometry Parameters.

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
    "ImageReceptorGeometryParameters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15309",
    name="Image Receptor Geometry Parameters",
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
            concept=Code(
                "DCM", "130802", "IEC61217 X-Ray Image Receptor Radial Displacement from Isocenter"
            ),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code(
                "DCM", "130803", "IEC61217 X-Ray Image Receptor Longitudinal Displacement"
            ),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130804", "IEC61217 X-Ray Image Receptor Lateral Displacement"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130805", "IEC61217 X-Ray Image Receptor Rotation"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ImageReceptorGeometryParameters(TemplatePart):
    """TID 15309 Image Receptor Geometry Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    iec61217_gantry_continuous_roll_angle: Num | None = field(default=None, metadata={"row": "1"})
    """Row 1: NUM EV (126809, DCM, \"IEC61217 Gantry Continuous Roll Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    iec61217_gantry_continuous_pitch_angle: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (126810, DCM, \"IEC61217 Gantry Continuous Pitch Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    iec61217_gantry_continuous_yaw_angle: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (126811, DCM, \"IEC61217 Gantry Continuous Yaw Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    iec61217_x_ray_image_receptor_radial_displacement_from_isocenter: Num | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: NUM EV (130802, DCM, \"IEC61217 X-Ray Image Receptor Radial Displacement from Isocenter\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    iec61217_x_ray_image_receptor_longitudinal_displacement: Num | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: NUM EV (130803, DCM, \"IEC61217 X-Ray Image Receptor Longitudinal Displacement\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    iec61217_x_ray_image_receptor_lateral_displacement: Num | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: NUM EV (130804, DCM, \"IEC61217 X-Ray Image Receptor Lateral Displacement\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    iec61217_x_ray_image_receptor_rotation: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (130805, DCM, \"IEC61217 X-Ray Image Receptor Rotation\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""
