"""TID 15305 Patient Setup Fixation Device Parameters.

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
    "PatientSetupFixationDeviceParameters",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="15305",
    name="Patient Setup Fixation Device Parameters",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "130657", "Couch Index Label"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130658", "Fixation Device Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130659", "Abdominal Compression Plate Position Number"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130660", "Abdominal Compression Belt Length"),
            units=(("code", "EV", "mm", "UCUM", "no mm"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130661", "Abdominal Compression Belt Pressure"),
            units=(("code", "EV", "Pa", "UCUM", "Pa"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130840", "Seat Pan Height"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130841", "Seat Pan Pitch Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130842", "Backrest Fixation Pitch Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130843", "Shin Rest Fixation Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130844", "Heel Fixation Stop Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130845", "Left Arm Rest Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130846", "Left Arm Rest Pitch Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130847", "Left Arm Rest Roll Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130848", "Right Arm Rest Position"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="15",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130849", "Right Arm Rest Pitch Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="16",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "130850", "Right Arm Rest Roll Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="17",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "130851", "Hand Grips Presence"),
            values=(("cid", "D", "240"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PatientSetupFixationDeviceParameters(TemplatePart):
    """TID 15305 Patient Setup Fixation Device Parameters."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    couch_index_label: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (130657, DCM, \"Couch Index Label\"), VM 1, U"""

    fixation_device_angle: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (130658, DCM, \"Fixation Device Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    abdominal_compression_plate_position_number: Num | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: NUM EV (130659, DCM, \"Abdominal Compression Plate Position Number\"), VM 1, U; units EV (1, UCUM, \"no units\")"""

    abdominal_compression_belt_length: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (130660, DCM, \"Abdominal Compression Belt Length\"), VM 1, U; units EV (mm, UCUM, \"no mm\")"""

    abdominal_compression_belt_pressure: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (130661, DCM, \"Abdominal Compression Belt Pressure\"), VM 1, U; units EV (Pa, UCUM, \"Pa\")"""

    seat_pan_height: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (130840, DCM, \"Seat Pan Height\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    seat_pan_pitch_angle: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (130841, DCM, \"Seat Pan Pitch Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    backrest_fixation_pitch_angle: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (130842, DCM, \"Backrest Fixation Pitch Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    shin_rest_fixation_position: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (130843, DCM, \"Shin Rest Fixation Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    heel_fixation_stop_position: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (130844, DCM, \"Heel Fixation Stop Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    left_arm_rest_position: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (130845, DCM, \"Left Arm Rest Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    left_arm_rest_pitch_angle: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (130846, DCM, \"Left Arm Rest Pitch Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    left_arm_rest_roll_angle: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (130847, DCM, \"Left Arm Rest Roll Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    right_arm_rest_position: Num | None = field(default=None, metadata={"row": "14"})
    """Row 14: NUM EV (130848, DCM, \"Right Arm Rest Position\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    right_arm_rest_pitch_angle: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM EV (130849, DCM, \"Right Arm Rest Pitch Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    right_arm_rest_roll_angle: Num | None = field(default=None, metadata={"row": "16"})
    """Row 16: NUM EV (130850, DCM, \"Right Arm Rest Roll Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    hand_grips_presence: groups.Cid240Code | None = field(default=None, metadata={"row": "17"})
    """Row 17: CODE EV (130851, DCM, \"Hand Grips Presence\"), VM 1, U; values DCID 240"""
