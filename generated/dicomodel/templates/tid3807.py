"""TID 3807 Percutaneous Coronary Intervention Procedure.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid3808

__all__ = [
    "TEMPLATE",
    "PercutaneousCoronaryInterventionProcedure",
    "PercutaneousCoronaryInterventionProcedureIndicationsForProcedure",
    "PercutaneousCoronaryInterventionProcedureIndicationsForProcedureAcuteMiPresent",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3807",
    name="Percutaneous Coronary Intervention Procedure",
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
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "121058", "Procedure reported"),
            values=(("code", "DT", "122061", "DCM", "Percutaneous Coronary Intervention"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="PNAME",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121114", "Performing Physician"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="PNAME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121088", "Fellow"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="PNAME",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "7452"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "260870009", "Procedure Priority"),
            values=(("cid", "D", "3414"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "18785-6", "Indications for Procedure"),
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
            values=(("cid", "D", "3726"),),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122172", "Acute MI Present"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="10",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122170", "Type of Myocardial Infarction"),
            values=(("cid", "D", "3723"),),
        ),
        RowDef(
            key="11",
            nesting=3,
            value_type="DATETIME",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122173", "ST Elevation Onset DateTime"),
        ),
        RowDef(
            key="12",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122175", "Number of lesion interventions attempted"),
            units=(("code", "EV", "1", "UCUM", "units"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122176", "Number of lesion interventions successful"),
            units=(("code", "EV", "1", "UCUM", "units"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "122177", "Procedure Result"),
            values=(("cid", "D", "3749"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122177", "Procedure Result"),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="CONTAINS",
            include="3808",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class PercutaneousCoronaryInterventionProcedure(TemplatePart):
    """TID 3807 Percutaneous Coronary Intervention Procedure."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    procedure_reported: Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (121058, DCM, \"Procedure reported\"), VM 1, M; values DT (122061, DCM, \"Percutaneous Coronary Intervention\")"""

    performing_physician: str = field(metadata={"row": "3"})
    """Row 3: PNAME EV (121114, DCM, \"Performing Physician\"), VM 1, M"""

    fellow: list[str] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: PNAME EV (121088, DCM, \"Fellow\"), VM 1-n, U"""

    cid_7452: list[Named[str]] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: PNAME DCID 7452, VM 1-n, U"""

    procedure_priority: groups.Cid3414Code = field(metadata={"row": "6"})
    """Row 6: CODE EV (260870009, SCT, \"Procedure Priority\"), VM 1, M; values DCID 3414"""

    indications_for_procedure: (
        PercutaneousCoronaryInterventionProcedureIndicationsForProcedure | None
    ) = field(default=None, metadata={"row": "7"})
    """Row 7: CONTAINER EV (18785-6, LN, \"Indications for Procedure\"), VM 1, U"""

    number_of_lesion_interventions_attempted: Num = field(metadata={"row": "13"})
    """Row 13: NUM EV (122175, DCM, \"Number of lesion interventions attempted\"), VM 1, M; units EV (1, UCUM, \"units\")"""

    number_of_lesion_interventions_successful: Num = field(metadata={"row": "14"})
    """Row 14: NUM EV (122176, DCM, \"Number of lesion interventions successful\"), VM 1, M; units EV (1, UCUM, \"units\")"""

    procedure_result: groups.Cid3749Code = field(metadata={"row": "15"})
    """Row 15: CODE EV (122177, DCM, \"Procedure Result\"), VM 1, M; values DCID 3749"""

    procedure_result_row_16: str | None = field(default=None, metadata={"row": "16"})
    """Row 16: TEXT EV (122177, DCM, \"Procedure Result\"), VM 1, U"""

    lesion_intervention_information: list[tid3808.LesionInterventionInformation] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: INCLUDE DTID 3808, VM 1-n, M"""


@dataclass(kw_only=True)
class PercutaneousCoronaryInterventionProcedureIndicationsForProcedure(TemplatePart):
    """Row 7 of TID 3807."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    finding: list[groups.Cid3726Code] = field(default_factory=no_items, metadata={"row": "8"})
    """Row 8: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3726"""

    acute_mi_present: (
        PercutaneousCoronaryInterventionProcedureIndicationsForProcedureAcuteMiPresent | None
    ) = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (122172, DCM, \"Acute MI Present\"), VM 1, U; values DCID 230"""

    finding_row_12: list[str] = field(default_factory=no_items, metadata={"row": "12"})
    """Row 12: TEXT EV (121071, DCM, \"Finding\"), VM 1-n, U"""


@dataclass(kw_only=True)
class PercutaneousCoronaryInterventionProcedureIndicationsForProcedureAcuteMiPresent(TemplatePart):
    """Row 9 of TID 3807."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: groups.Cid230Code
    """The value of row 9 (CODE)."""

    type_of_myocardial_infarction: groups.Cid3723Code | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: CODE DT (122170, DCM, \"Type of Myocardial Infarction\"), VM 1, U; values DCID 3723"""

    st_elevation_onset_datetime: str | None = field(default=None, metadata={"row": "11"})
    """Row 11: DATETIME EV (122173, DCM, \"ST Elevation Onset DateTime\"), VM 1, U"""
