"""TID 3301 Stress Test Procedure Description.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "StressTestProcedureDescription",
    "StressTestProcedureDescriptionIndicationsForPharmacologicalStress",
    "StressTestProcedureDescriptionPatientOrientation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3301",
    name="Stress Test Procedure Description",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "55111-9", "Current Procedure Descriptions"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "109056", "Stress Protocol"),
            values=(("cid", "B", "3261"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "109056", "Stress Protocol"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("MDC", "10:11345", "Lead System"),
            values=(("cid", "B", "3263"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "111045004", "Exerciser Device"),
            values=(("cid", "B", "3203"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("SCT", "246489000", "Pharmacological Stress Agent"),
            condition="IFF Pharmacological Stress used",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Pharmacological Stress used"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF Pharmacological Stress used"),
            ),
            values=(("cid", "B", "3204"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CONTAINER",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("DCM", "122700", "Indications for Pharmacological Stress"),
            condition="IFF Pharmacological Stress used",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Pharmacological Stress used"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF Pharmacological Stress used"),
            ),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3205"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("SCT", "363679005", "Imaging procedure"),
            condition="IFF imaging used in procedure",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF imaging used in procedure"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF imaging used in procedure"),
            ),
            values=(("cid", "D", "3206"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
            condition="IFF Nuclear imaging",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Nuclear imaging"),
            forbidden_if=("not", ("unknown", "outside the content tree: IFF Nuclear imaging")),
            values=(("cid", "D", "3110"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
            condition="IFF PET imaging",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF PET imaging"),
            forbidden_if=("not", ("unknown", "outside the content tree: IFF PET imaging")),
            values=(("cid", "D", "3106"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="TEXT",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "121141", "Image Type"),
            condition="IFF Nuclear or PET imaging",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Nuclear or PET imaging"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF Nuclear or PET imaging"),
            ),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("RADLEX", "RID11248", "Cardiac Gating"),
            values=(("cid", "D", "3104"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("DCM", "125203", "Acquisition Protocol"),
            condition="IFF Contrast echocardiography",
            condition_status="undecidable",
            required_if=("unknown", "outside the content tree: IFF Contrast echocardiography"),
            forbidden_if=(
                "not",
                ("unknown", "outside the content tree: IFF Contrast echocardiography"),
            ),
            values=(("code", "DT", "433231002", "SCT", "Contrast echocardiography"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113743", "Patient Orientation"),
            values=(("cid", "D", "19"),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "113744", "Patient Orientation Modifier"),
            values=(("cid", "D", "20"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121065", "Procedure Description"),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122701", "Procedure Time Base"),
        ),
    ),
)


@dataclass(kw_only=True)
class StressTestProcedureDescription(TemplatePart):
    """TID 3301 Stress Test Procedure Description."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    stress_protocol: groups.Cid3261Code | Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE DT (109056, DCM, \"Stress Protocol\"), VM 1, U; values BCID 3261"""

    stress_protocol_row_3: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT DT (109056, DCM, \"Stress Protocol\"), VM 1, U"""

    lead_system: groups.Cid3263Code | Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE DT (10:11345, MDC, \"Lead System\"), VM 1, U; values BCID 3263"""

    exerciser_device: groups.Cid3203Code | Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE DT (111045004, SCT, \"Exerciser Device\"), VM 1, U; values BCID 3203"""

    pharmacological_stress_agent: groups.Cid3204Code | Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE DT (246489000, SCT, \"Pharmacological Stress Agent\"), VM 1, MC: IFF Pharmacological Stress used; values BCID 3204"""

    indications_for_pharmacological_stress: (
        StressTestProcedureDescriptionIndicationsForPharmacologicalStress | None
    ) = field(default=None, metadata={"row": "7"})
    """Row 7: CONTAINER EV (122700, DCM, \"Indications for Pharmacological Stress\"), VM 1, MC: IFF Pharmacological Stress used"""

    imaging_procedure: groups.Cid3206Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE DT (363679005, SCT, \"Imaging procedure\"), VM 1, MC: IFF imaging used in procedure; values DCID 3206"""

    acquisition_protocol: groups.Cid3110Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE DT (125203, DCM, \"Acquisition Protocol\"), VM 1, UC: IFF Nuclear imaging; values DCID 3110"""

    acquisition_protocol_row_11: groups.Cid3106Code | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE DT (125203, DCM, \"Acquisition Protocol\"), VM 1, UC: IFF PET imaging; values DCID 3106"""

    image_type: str | None = field(default=None, metadata={"row": "12"})
    """Row 12: TEXT DT (121141, DCM, \"Image Type\"), VM 1, UC: IFF Nuclear or PET imaging"""

    cardiac_gating: groups.Cid3104Code | None = field(default=None, metadata={"row": "13"})
    """Row 13: CODE DT (RID11248, RADLEX, \"Cardiac Gating\"), VM 1, U; values DCID 3104"""

    acquisition_protocol_row_14: Code | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE DT (125203, DCM, \"Acquisition Protocol\"), VM 1, UC: IFF Contrast echocardiography; values DT (433231002, SCT, \"Contrast echocardiography\")"""

    patient_orientation: StressTestProcedureDescriptionPatientOrientation | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: CODE DT (113743, DCM, \"Patient Orientation\"), VM 1, U; values DCID 19"""

    procedure_description: str | None = field(default=None, metadata={"row": "17"})
    """Row 17: TEXT DT (121065, DCM, \"Procedure Description\"), VM 1, U"""

    procedure_time_base: str | None = field(default=None, metadata={"row": "18"})
    """Row 18: DATETIME DT (122701, DCM, \"Procedure Time Base\"), VM 1, U"""


@dataclass(kw_only=True)
class StressTestProcedureDescriptionIndicationsForPharmacologicalStress(TemplatePart):
    """Row 7 of TID 3301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    finding: list[groups.Cid3205Code] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3205"""


@dataclass(kw_only=True)
class StressTestProcedureDescriptionPatientOrientation(TemplatePart):
    """Row 15 of TID 3301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "15"

    value: groups.Cid19Code
    """The value of row 15 (CODE)."""

    patient_orientation_modifier: groups.Cid20Code | None = field(
        default=None, metadata={"row": "16"}
    )
    """Row 16: CODE EV (113744, DCM, \"Patient Orientation Modifier\"), VM 1, U; values DCID 20"""
