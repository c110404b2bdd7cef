"""TID 15302 Patient Support Position Parameters.

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
    "PatientSupportPositionParameters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15302",
    name="Patient Support Position Parameters",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126802", "IEC61217 Table Top Continuous Pitch Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126803", "IEC61217 Table Top Continuous Roll Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126801", "IEC61217 Patient Support Continuous Yaw Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126804", "IEC61217 Table Top Eccentric Axis Distance"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126805", "IEC61217 Table Top Continuous Eccentric Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126806", "IEC61217 Table Top Lateral Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126807", "IEC61217 Table Top Longitudinal Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126808", "IEC61217 Table Top Vertical Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126812", "Isocentric Patient Support Continuous Pitch Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126813", "Isocentric Patient Support Continuous Roll Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126814", "Isocentric Patient Support Continuous Yaw Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126815", "Isocentric Patient Support Lateral Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126816", "Isocentric Patient Support Longitudinal Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "126817", "Isocentric Patient Support Vertical Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PatientSupportPositionParameters(TemplatePart):
    """TID 15302 Patient Support Position Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    iec61217_table_top_continuous_pitch_angle: Num | None = field(
        default=None, metadata={"row": "1"}
    )
    """Row 1: NUM EV (126802, DCM, \"IEC61217 Table Top Continuous Pitch Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    iec61217_table_top_continuous_roll_angle: Num | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: NUM EV (126803, DCM, \"IEC61217 Table Top Continuous Roll Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    iec61217_patient_support_continuous_yaw_angle: Num | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: NUM EV (126801, DCM, \"IEC61217 Patient Support Continuous Yaw Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    iec61217_table_top_eccentric_axis_distance: Num | None = field(
        default=None, metadata={"row": "4"}
    )
    """Row 4: NUM EV (126804, DCM, \"IEC61217 Table Top Eccentric Axis Distance\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    iec61217_table_top_continuous_eccentric_angle: Num | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: NUM EV (126805, DCM, \"IEC61217 Table Top Continuous Eccentric Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    iec61217_table_top_lateral_position: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (126806, DCM, \"IEC61217 Table Top Lateral Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    iec61217_table_top_longitudinal_position: Num | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: NUM EV (126807, DCM, \"IEC61217 Table Top Longitudinal Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    iec61217_table_top_vertical_position: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (126808, DCM, \"IEC61217 Table Top Vertical Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    isocentric_patient_support_continuous_pitch_angle: Num | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: NUM EV (126812, DCM, \"Isocentric Patient Support Continuous Pitch Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    isocentric_patient_support_continuous_roll_angle: Num | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: NUM EV (126813, DCM, \"Isocentric Patient Support Continuous Roll Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    isocentric_patient_support_continuous_yaw_angle: Num | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: NUM EV (126814, DCM, \"Isocentric Patient Support Continuous Yaw Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    isocentric_patient_support_lateral_position: Num | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: NUM EV (126815, DCM, \"Isocentric Patient Support Lateral Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    isocentric_patient_support_longitudinal_position: Num | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: NUM EV (126816, DCM, \"Isocentric Patient Support Longitudinal Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    isocentric_patient_support_vertical_position: Num | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: NUM EV (126817, DCM, \"Isocentric Patient Support Vertical Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""
