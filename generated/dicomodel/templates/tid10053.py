"""TID 10053 Patient Attenuation Characteristics.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import ContentItem, Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "PatientAttenuationCharacteristics",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10053",
    name="Patient Attenuation Characteristics",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130529", "Patient Attenuation Characteristics"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111526", "DateTime Started"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "111527", "DateTime Ended"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113832", "Identification of the X-Ray Source"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111638", "Patient Equivalent Thickness"),
            condition="XOR Row 6",
            condition_status="parsed",
            required_if=("not", ("row_present", "6")),
            forbidden_if=("row_present", "6"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TABLE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "111638", "Patient Equivalent Thickness"),
            condition="XOR Row 5",
            condition_status="parsed",
            required_if=("not", ("row_present", "5")),
            forbidden_if=("row_present", "5"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113980", "Water Equivalent Diameter"),
            condition="XOR Row 8",
            condition_status="parsed",
            required_if=("not", ("row_present", "8")),
            forbidden_if=("row_present", "8"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="TABLE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113980", "Water Equivalent Diameter"),
            condition="XOR Row 7",
            condition_status="parsed",
            required_if=("not", ("row_present", "7")),
            forbidden_if=("row_present", "7"),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113931", "Measured Lateral Dimension"),
            condition="XOR Row 10",
            condition_status="parsed",
            required_if=("not", ("row_present", "10")),
            forbidden_if=("row_present", "10"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="TABLE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113931", "Measured Lateral Dimension"),
            condition="XOR Row 9",
            condition_status="parsed",
            required_if=("not", ("row_present", "9")),
            forbidden_if=("row_present", "9"),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113932", "Measured AP Dimension"),
            condition="XOR Row 12",
            condition_status="parsed",
            required_if=("not", ("row_present", "12")),
            forbidden_if=("row_present", "12"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="TABLE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113932", "Measured AP Dimension"),
            condition="XOR Row 11",
            condition_status="parsed",
            required_if=("not", ("row_present", "11")),
            forbidden_if=("row_present", "11"),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113933", "Derived Effective Diameter"),
            condition="XOR Row 14",
            condition_status="parsed",
            required_if=("not", ("row_present", "14")),
            forbidden_if=("row_present", "14"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="TABLE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113933", "Derived Effective Diameter"),
            condition="XOR Row 13",
            condition_status="parsed",
            required_if=("not", ("row_present", "13")),
            forbidden_if=("row_present", "13"),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("SCT", "129715009", "Breast composition"),
            condition="XOR Row 16",
            condition_status="parsed",
            required_if=("not", ("row_present", "16")),
            forbidden_if=("row_present", "16"),
            values=(("cid", "D", "6000"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="TABLE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("SCT", "129715009", "Breast composition"),
            condition="XOR Row 15",
            condition_status="parsed",
            required_if=("not", ("row_present", "15")),
            forbidden_if=("row_present", "15"),
        ),
    ),
)


@dataclass(kw_only=True)
class PatientAttenuationCharacteristics(TemplatePart):
    """TID 10053 Patient Attenuation Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_started: str = field(metadata={"row": "2"})
    """Row 2: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    datetime_ended: str = field(metadata={"row": "3"})
    """Row 3: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, M"""

    identification_of_the_x_ray_source: str = field(metadata={"row": "4"})
    """Row 4: TEXT EV (113832, DCM, \"Identification of the X-Ray Source\"), VM 1, M"""

    patient_equivalent_thickness: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (111638, DCM, \"Patient Equivalent Thickness\"), VM 1, UC: XOR Row 6; units EV (mm, UCUM, \"mm\")"""

    patient_equivalent_thickness_row_6: ContentItem | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: TABLE EV (111638, DCM, \"Patient Equivalent Thickness\"), VM 1, UC: XOR Row 5"""

    water_equivalent_diameter: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (113980, DCM, \"Water Equivalent Diameter\"), VM 1, UC: XOR Row 8; units EV (mm, UCUM, \"mm\")"""

    water_equivalent_diameter_row_8: ContentItem | None = field(default=None, metadata={"row": "8"})
    """Row 8: TABLE EV (113980, DCM, \"Water Equivalent Diameter\"), VM 1, UC: XOR Row 7"""

    measured_lateral_dimension: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (113931, DCM, \"Measured Lateral Dimension\"), VM 1, UC: XOR Row 10; units EV (mm, UCUM, \"mm\")"""

    measured_lateral_dimension_row_10: ContentItem | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: TABLE EV (113931, DCM, \"Measured Lateral Dimension\"), VM 1, UC: XOR Row 9"""

    measured_ap_dimension: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (113932, DCM, \"Measured AP Dimension\"), VM 1, UC: XOR Row 12; units EV (mm, UCUM, \"mm\")"""

    measured_ap_dimension_row_12: ContentItem | None = field(default=None, metadata={"row": "12"})
    """Row 12: TABLE EV (113932, DCM, \"Measured AP Dimension\"), VM 1, UC: XOR Row 11"""

    derived_effective_diameter: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (113933, DCM, \"Derived Effective Diameter\"), VM 1, UC: XOR Row 14; units EV (mm, UCUM, \"mm\")"""

    derived_effective_diameter_row_14: ContentItem | None = field(
        default=None, metadata={"row": "14"}
    )
    """Row 14: TABLE EV (113933, DCM, \"Derived Effective Diameter\"), VM 1, UC: XOR Row 13"""

    breast_composition: groups.Cid6000Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (129715009, SCT, \"Breast composition\"), VM 1, UC: XOR Row 16; values DCID 6000"""

    breast_composition_row_16: ContentItem | None = field(default=None, metadata={"row": "16"})
    """Row 16: TABLE EV (129715009, SCT, \"Breast composition\"), VM 1, UC: XOR Row 15"""
