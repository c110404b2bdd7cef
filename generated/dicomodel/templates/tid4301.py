"""TID 4301 Genitourinary Patient History.

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
    from dicomodel.templates import tid1700, tid3829, tid3830

__all__ = [
    "TEMPLATE",
    "GenitourinaryPatientHistory",
    "GenitourinaryPatientHistoryProblemList",
    "GenitourinaryPatientHistorySocialHistory",
    "GenitourinaryPatientHistoryPastSurgicalHistory",
    "GenitourinaryPatientHistoryRelevantDiagnosticTestsAndOrLaboratoryData",
    "GenitourinaryPatientHistoryDiagnosticIntent",
    "GenitourinaryPatientHistoryHistoryOfMedicationUse",
    "GenitourinaryPatientHistoryHistoryOfMedicationUseMedicationType",
    "GenitourinaryPatientHistoryHistoryOfMedicationUseMedicationTypeRow20",
    "GenitourinaryPatientHistoryHistoryOfFamilyMemberDiseases",
    "GenitourinaryPatientHistoryHistoryOfFamilyMemberDiseasesFamilyHistoryOfClinicalFinding",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4301",
    name="Genitourinary Patient History",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "130548", "Genitourinary History"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11329-0", "History"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11450-4", "Problem List"),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3769"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="5",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3829",
            vm_min=1,
            vm_max=None,
            bindings=(("$Problem", (("cid", "D", "6313"),)), ("$Therapy", (("cid", "D", "6323"),))),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "29762-2", "Social History"),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "160476009", "Social History"),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "365981007", "Tobacco Smoking Behavior"),
            values=(("cid", "D", "3724"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "10167-5", "Past Surgical History"),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11329-0", "History"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3830",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ProcType", (("cid", "D", "6319"),)),
                ("$Procedure", (("cid", "D", "6320"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "30954-2", "Relevant Diagnostic Tests and/or Laboratory Data"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11329-0", "History"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "261004008", "Diagnostic intent"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="1700",
            vm_min=1,
            vm_max=None,
            bindings=(("$Measurement", (("cid", "D", "6352"),)),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3830",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ProcType", (("code", "DT", "261004008", "SCT", "Diagnostic intent"),)),
                ("$Procedure", (("cid", "D", "6321"),)),
            ),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "10160-0", "History of Medication Use"),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111516", "Medication Type"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="19",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "33999-4", "Status"),
            values=(("cid", "D", "3773"),),
        ),
        RowDef(
            key="20",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111516", "Medication Type"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="21",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "260911001", "Dosage"),
        ),
        RowDef(
            key="22",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "33999-4", "Status"),
            values=(("cid", "D", "3773"),),
        ),
        RowDef(
            key="23",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "10157-6", "History of Family Member Diseases"),
        ),
        RowDef(
            key="24",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11329-0", "History"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="25",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "416471007", "Family history of clinical finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "6322"),),
        ),
        RowDef(
            key="26",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "408732007", "Subject relationship"),
            values=(("cid", "D", "7451"),),
        ),
    ),
)


@dataclass(kw_only=True)
class GenitourinaryPatientHistory(TemplatePart):
    """TID 4301 Genitourinary Patient History."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    history: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (11329-0, LN, \"History\"), VM 1, U"""

    problem_list: GenitourinaryPatientHistoryProblemList | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CONTAINER DT (11450-4, LN, \"Problem List\"), VM 1, U"""

    social_history: GenitourinaryPatientHistorySocialHistory | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CONTAINER DT (29762-2, LN, \"Social History\"), VM 1, U"""

    past_surgical_history: GenitourinaryPatientHistoryPastSurgicalHistory | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: CONTAINER DT (10167-5, LN, \"Past Surgical History\"), VM 1, U"""

    relevant_diagnostic_tests_and_or_laboratory_data: (
        GenitourinaryPatientHistoryRelevantDiagnosticTestsAndOrLaboratoryData | None
    ) = field(default=None, metadata={"row": "12"})
    """Row 12: CONTAINER DT (30954-2, LN, \"Relevant Diagnostic Tests and/or Laboratory Data\"), VM 1, U"""

    diagnostic_intent: list[GenitourinaryPatientHistoryDiagnosticIntent] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: CONTAINER DT (261004008, SCT, \"Diagnostic intent\"), VM 1-n, U"""

    history_of_medication_use: GenitourinaryPatientHistoryHistoryOfMedicationUse | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: CONTAINER DT (10160-0, LN, \"History of Medication Use\"), VM 1, U"""

    history_of_family_member_diseases: (
        GenitourinaryPatientHistoryHistoryOfFamilyMemberDiseases | None
    ) = field(default=None, metadata={"row": "23"})
    """Row 23: CONTAINER DT (10157-6, LN, \"History of Family Member Diseases\"), VM 1, U"""


@dataclass(kw_only=True)
class GenitourinaryPatientHistoryProblemList(TemplatePart):
    """Row 3 of TID 4301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    cid_3769: list[Named[str]] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: TEXT DCID 3769, VM 1-n, U"""

    problem_properties: list[tid3829.ProblemProperties] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3829, VM 1-n, U"""


@dataclass(kw_only=True)
class GenitourinaryPatientHistorySocialHistory(TemplatePart):
    """Row 6 of TID 4301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "6"

    social_history: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (160476009, SCT, \"Social History\"), VM 1, U"""

    tobacco_smoking_behavior: groups.Cid3724Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (365981007, SCT, \"Tobacco Smoking Behavior\"), VM 1, U; values DCID 3724"""


@dataclass(kw_only=True)
class GenitourinaryPatientHistoryPastSurgicalHistory(TemplatePart):
    """Row 9 of TID 4301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    history: list[str] = field(default_factory=no_items, metadata={"row": "10"})
    """Row 10: TEXT EV (11329-0, LN, \"History\"), VM 1-n, U"""

    procedure_properties: list[tid3830.ProcedureProperties] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 3830, VM 1-n, U"""


@dataclass(kw_only=True)
class GenitourinaryPatientHistoryRelevantDiagnosticTestsAndOrLaboratoryData(TemplatePart):
    """Row 12 of TID 4301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    history: list[str] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: TEXT EV (11329-0, LN, \"History\"), VM 1-n, U"""


@dataclass(kw_only=True)
class GenitourinaryPatientHistoryDiagnosticIntent(TemplatePart):
    """Row 14 of TID 4301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    generic_blood_lab_measurements: list[tid1700.GenericBloodLabMeasurements] = field(
        default_factory=no_items, metadata={"row": "15"}
    )
    """Row 15: INCLUDE DTID 1700, VM 1-n, U"""

    procedure_properties: list[tid3830.ProcedureProperties] = field(
        default_factory=no_items, metadata={"row": "16"}
    )
    """Row 16: INCLUDE DTID 3830, VM 1-n, U"""


@dataclass(kw_only=True)
class GenitourinaryPatientHistoryHistoryOfMedicationUse(TemplatePart):
    """Row 17 of TID 4301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "17"

    medication_type: list[GenitourinaryPatientHistoryHistoryOfMedicationUseMedicationType] = field(
        default_factory=no_items, metadata={"row": "18"}
    )
    """Row 18: TEXT DT (111516, DCM, \"Medication Type\"), VM 1-n, U"""

    medication_type_row_20: list[
        GenitourinaryPatientHistoryHistoryOfMedicationUseMedicationTypeRow20
    ] = field(default_factory=no_items, metadata={"row": "20"})
    """Row 20: CODE DT (111516, DCM, \"Medication Type\"), VM 1-n, U"""


@dataclass(kw_only=True)
class GenitourinaryPatientHistoryHistoryOfMedicationUseMedicationType(TemplatePart):
    """Row 18 of TID 4301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "18"

    value: str
    """The value of row 18 (TEXT)."""

    status: groups.Cid3773Code | None = field(default=None, metadata={"row": "19"})
    """Row 19: CODE DT (33999-4, LN, \"Status\"), VM 1, U; values DCID 3773"""


@dataclass(kw_only=True)
class GenitourinaryPatientHistoryHistoryOfMedicationUseMedicationTypeRow20(TemplatePart):
    """Row 20 of TID 4301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "20"

    value: Code
    """The value of row 20 (CODE)."""

    dosage: Num | None = field(default=None, metadata={"row": "21"})
    """Row 21: NUM DT (260911001, SCT, \"Dosage\"), VM 1, U"""

    status: groups.Cid3773Code | None = field(default=None, metadata={"row": "22"})
    """Row 22: CODE DT (33999-4, LN, \"Status\"), VM 1, U; values DCID 3773"""


@dataclass(kw_only=True)
class GenitourinaryPatientHistoryHistoryOfFamilyMemberDiseases(TemplatePart):
    """Row 23 of TID 4301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "23"

    history: list[str] = field(default_factory=no_items, metadata={"row": "24"})
    """Row 24: TEXT EV (11329-0, LN, \"History\"), VM 1-n, U"""

    family_history_of_clinical_finding: list[
        GenitourinaryPatientHistoryHistoryOfFamilyMemberDiseasesFamilyHistoryOfClinicalFinding
    ] = field(default_factory=no_items, metadata={"row": "25"})
    """Row 25: CODE EV (416471007, SCT, \"Family history of clinical finding\"), VM 1-n, U; values DCID 6322"""


@dataclass(kw_only=True)
class GenitourinaryPatientHistoryHistoryOfFamilyMemberDiseasesFamilyHistoryOfClinicalFinding(
    TemplatePart
):
    """Row 25 of TID 4301."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "25"

    value: groups.Cid6322Code
    """The value of row 25 (CODE)."""

    subject_relationship: groups.Cid7451Code = field(metadata={"row": "26"})
    """Row 26: CODE EV (408732007, SCT, \"Subject relationship\"), VM 1, M; values DCID 7451"""
