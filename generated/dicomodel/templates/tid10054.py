"""TID 10054 Procedure Characteristics.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import ContentItem, Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ProcedureCharacteristics",
    "ProcedureCharacteristicsPatientOrientation",
    "ProcedureCharacteristicsTargetRegion",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="10054",
    name="Procedure Characteristics",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130530", "Procedure Characteristics"),
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
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "113832", "Identification of the X-Ray Source"),
            units=(("code", "EV", "1", "UCUM", "no units"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113745", "Patient Table Relationship"),
            values=(("cid", "D", "21"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113743", "Patient Orientation"),
            values=(("cid", "D", "19"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113744", "Patient Orientation Modifier"),
            values=(("cid", "D", "20"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "123014", "Target Region"),
            values=(
                ("cid", "D", "4016"),
                ("cid", "D", "4026"),
                ("cid", "D", "4028"),
                ("cid", "D", "4030"),
                ("cid", "D", "4031"),
            ),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="UC",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "272741003", "Laterality"),
            condition="IF target region is bilateral",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IF target region is bilateral"),
            values=(("cid", "D", "244"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111635", "X-Ray Grid"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "10017"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113750", "Distance Source to Detector"),
            condition="XOR Row 13",
            condition_status="parsed",
            required_if=("not", ("row_present", "13")),
            forbidden_if=("row_present", "13"),
            units=(("code", "EV", "mm", "UCUM", "mm"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="TABLE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "113750", "Distance Source to Detector"),
            condition="XOR Row 12",
            condition_status="parsed",
            required_if=("not", ("row_present", "12")),
            forbidden_if=("row_present", "12"),
            values=(("code", "EV", "113750", "DCM", "Distance Source to Detector"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ProcedureCharacteristics(TemplatePart):
    """TID 10054 Procedure Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    datetime_started: str = field(metadata={"row": "2"})
    """Row 2: DATETIME DT (111526, DCM, \"DateTime Started\"), VM 1, M"""

    datetime_ended: str = field(metadata={"row": "3"})
    """Row 3: DATETIME DT (111527, DCM, \"DateTime Ended\"), VM 1, M"""

    identification_of_the_x_ray_source: Num = field(metadata={"row": "4"})
    """Row 4: NUM EV (113832, DCM, \"Identification of the X-Ray Source\"), VM 1, M; units EV (1, UCUM, \"no units\")"""

    acquisition_protocol: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (125203, DCM, \"Acquisition Protocol\"), VM 1, U"""

    patient_table_relationship: groups.Cid21Code | None = field(default=None, metadata={"row": "6"})
    """Row 6: CODE EV (113745, DCM, \"Patient Table Relationship\"), VM 1, U; values DCID 21"""

    patient_orientation: ProcedureCharacteristicsPatientOrientation | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: CODE EV (113743, DCM, \"Patient Orientation\"), VM 1, U; values DCID 19"""

    target_region: ProcedureCharacteristicsTargetRegion | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: CODE EV (123014, DCM, \"Target Region\"), VM 1, U; values DCID 4016, DCID 4026, DCID 4028, DCID 4030, DCID 4031"""

    x_ray_grid: list[groups.Cid10017Code] = field(default_factory=no_items, metadata={"row": "11"})
    """Row 11: CODE EV (111635, DCM, \"X-Ray Grid\"), VM 1-n, U; values DCID 10017"""

    distance_source_to_detector: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (113750, DCM, \"Distance Source to Detector\"), VM 1, UC: XOR Row 13; units EV (mm, UCUM, \"mm\")"""

    distance_source_to_detector_row_13: ContentItem | None = field(
        default=None, metadata={"row": "13"}
    )
    """Row 13: TABLE EV (113750, DCM, \"Distance Source to Detector\"), VM 1, UC: XOR Row 12; values EV (113750, DCM, \"Distance Source to Detector\")"""


@dataclass(kw_only=True)
class ProcedureCharacteristicsPatientOrientation(TemplatePart):
    """Row 7 of TID 10054."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: groups.Cid19Code
    """The value of row 7 (CODE)."""

    patient_orientation_modifier: groups.Cid20Code = field(metadata={"row": "8"})
    """Row 8: CODE EV (113744, DCM, \"Patient Orientation Modifier\"), VM 1, M; values DCID 20"""


@dataclass(kw_only=True)
class ProcedureCharacteristicsTargetRegion(TemplatePart):
    """Row 9 of TID 10054."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: (
        groups.Cid4016Code
        | groups.Cid4026Code
        | groups.Cid4028Code
        | groups.Cid4030Code
        | groups.Cid4031Code
    )
    """The value of row 9 (CODE)."""

    laterality: groups.Cid244Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (272741003, SCT, \"Laterality\"), VM 1, UC: IF target region is bilateral; values DCID 244"""
