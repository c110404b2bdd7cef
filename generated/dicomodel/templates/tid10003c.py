"""TID 10003C Irradiation Event X-Ray Mechanical Data.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "IrradiationEventXRayMechanicalData",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10003C",
    name="Irradiation Event X-Ray Mechanical Data",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "113956", "CR/DR Mechanical Configuration"),
            values=(("cid", "D", "10031"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "112011", "Positioner Primary Angle"),
            condition="XOR Row 6",
            condition_status="parsed",
            required_if=("not", ("row_present", "6")),
            forbidden_if=("row_present", "6"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "112012", "Positioner Secondary Angle"),
            condition="XOR Row 6",
            condition_status="parsed",
            required_if=("not", ("row_present", "6")),
            forbidden_if=("row_present", "6"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "113739", "Positioner Primary End Angle"),
            condition='IFF TID 10003 Row 7 value = (113613, DCM, "Rotational Acquisition")',
            condition_status="undecidable",
            required_if=("unknown", "a row of another template: TID 10003 Row 7 value = §0"),
            forbidden_if=(
                "not",
                ("unknown", "a row of another template: TID 10003 Row 7 value = §0"),
            ),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "113740", "Positioner Secondary End Angle"),
            condition='IFF TID 10003 Row 7 value = (113613, DCM, "Rotational Acquisition")',
            condition_status="undecidable",
            required_if=("unknown", "a row of another template: TID 10003 Row 7 value = §0"),
            forbidden_if=(
                "not",
                ("unknown", "a row of another template: TID 10003 Row 7 value = §0"),
            ),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="NUM",
            requirement="UC",
            concept=Code("DCM", "113770", "Column Angulation"),
            condition="XOR Rows 2, 3",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "2"), ("row_present", "3"))),
            forbidden_if=("or", ("row_present", "2"), ("row_present", "3")),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="7",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113754", "Table Head Tilt Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="8",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113755", "Table Horizontal Rotation Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="9",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "113756", "Table Cradle Tilt Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="10",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111633", "Compression Thickness"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="10a",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111647", "Compression Force"),
            units=(("code", "EV", "N", "UCUM", "Newton"),),
        ),
        RowDef(
            key="10b",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111648", "Compression Pressure"),
            units=(("code", "EV", "kPa", "UCUM", "kilopascal"),),
        ),
        RowDef(
            key="10c",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "111649", "Compression Contact Area"),
            units=(("code", "EV", "mm2", "UCUM", "mm2"),),
        ),
        RowDef(
            key="11",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept_ref=("cid", "D", "10008"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="12",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "128757", "Positioner Isocenter Primary Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="13",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "128758", "Positioner Isocenter Secondary Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="14",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "128759", "Positioner Isocenter Detector Rotation Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="15",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "128760", "Positioner Isocenter Primary End Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="16",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "128761", "Positioner Isocenter Secondary End Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="17",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "128762", "Positioner Isocenter Detector Rotation End Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="18",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "128763", "Table Head Tilt End Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="19",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "128764", "Table Horizontal Rotation End Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
        RowDef(
            key="20",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "128765", "Table Cradle Tilt End Angle"),
            units=(("code", "EV", "deg", "UCUM", "deg"),),
        ),
    ),
)


@dataclass(kw_only=True)
class IrradiationEventXRayMechanicalData(TemplatePart):
    """TID 10003C Irradiation Event X-Ray Mechanical Data."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    cr_dr_mechanical_configuration: groups.Cid10031Code | None = field(
        default=None, metadata={"row": "1"}
    )
    """Row 1: CODE EV (113956, DCM, \"CR/DR Mechanical Configuration\"), VM 1, U; values DCID 10031"""

    positioner_primary_angle: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (112011, DCM, \"Positioner Primary Angle\"), VM 1, UC: XOR Row 6; units EV (deg, UCUM, \"deg\")"""

    positioner_secondary_angle: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (112012, DCM, \"Positioner Secondary Angle\"), VM 1, UC: XOR Row 6; units EV (deg, UCUM, \"deg\")"""

    positioner_primary_end_angle: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (113739, DCM, \"Positioner Primary End Angle\"), VM 1, UC: IFF TID 10003 Row 7 value = (113613, DCM, \"Rotational Acquisition\"); units EV (deg, UCUM, \"deg\")"""

    positioner_secondary_end_angle: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (113740, DCM, \"Positioner Secondary End Angle\"), VM 1, UC: IFF TID 10003 Row 7 value = (113613, DCM, \"Rotational Acquisition\"); units EV (deg, UCUM, \"deg\")"""

    column_angulation: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (113770, DCM, \"Column Angulation\"), VM 1, UC: XOR Rows 2, 3; units EV (deg, UCUM, \"deg\")"""

    table_head_tilt_angle: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (113754, DCM, \"Table Head Tilt Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    table_horizontal_rotation_angle: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (113755, DCM, \"Table Horizontal Rotation Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    table_cradle_tilt_angle: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (113756, DCM, \"Table Cradle Tilt Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    compression_thickness: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (111633, DCM, \"Compression Thickness\"), VM 1, U; units EV (mm, UCUM, \"mm\")"""

    compression_force: Num | None = field(default=None, metadata={"row": "10a"})
    """Row 10a: NUM EV (111647, DCM, \"Compression Force\"), VM 1, U; units EV (N, UCUM, \"Newton\")"""

    compression_pressure: Num | None = field(default=None, metadata={"row": "10b"})
    """Row 10b: NUM EV (111648, DCM, \"Compression Pressure\"), VM 1, U; units EV (kPa, UCUM, \"kilopascal\")"""

    compression_contact_area: Num | None = field(default=None, metadata={"row": "10c"})
    """Row 10c: NUM EV (111649, DCM, \"Compression Contact Area\"), VM 1, U; units EV (mm2, UCUM, \"mm2\")"""

    cid_10008: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "11"})
    """Row 11: NUM DCID 10008, VM 1-n, U; units EV (mm, UCUM, \"mm\")"""

    positioner_isocenter_primary_angle: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (128757, DCM, \"Positioner Isocenter Primary Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    positioner_isocenter_secondary_angle: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (128758, DCM, \"Positioner Isocenter Secondary Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    positioner_isocenter_detector_rotation_angle: Num | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: NUM EV (128759, DCM, \"Positioner Isocenter Detector Rotation Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    positioner_isocenter_primary_end_angle: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM EV (128760, DCM, \"Positioner Isocenter Primary End Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    positioner_isocenter_secondary_end_angle: Num | None = field(
        default=None, metadata={"row": "16"}
    )
    """Row 16: NUM EV (128761, DCM, \"Positioner Isocenter Secondary End Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    positioner_isocenter_detector_rotation_end_angle: Num | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: NUM EV (128762, DCM, \"Positioner Isocenter Detector Rotation End Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    table_head_tilt_end_angle: Num | None = field(default=None, metadata={"row": "18"})
    """Row 18: NUM EV (128763, DCM, \"Table Head Tilt End Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    table_horizontal_rotation_end_angle: Num | None = field(default=None, metadata={"row": "19"})
    """Row 19: NUM EV (128764, DCM, \"Table Horizontal Rotation End Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""

    table_cradle_tilt_end_angle: Num | None = field(default=None, metadata={"row": "20"})
    """Row 20: NUM EV (128765, DCM, \"Table Cradle Tilt End Angle\"), VM 1, U; units EV (deg, UCUM, \"deg\")"""
