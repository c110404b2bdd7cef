"""TID 3802 Cardiovascular Patient History.

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
    from dicomodel.templates import tid3829, tid3830, tid3831

__all__ = [
    "TEMPLATE",
    "CardiovascularPatientHistory",
    "CardiovascularPatientHistoryProblemList",
    "CardiovascularPatientHistorySocialHistory",
    "CardiovascularPatientHistoryPastSurgicalHistory",
    "CardiovascularPatientHistoryRelevantDiagnosticTestsAndOrLaboratoryData",
    "CardiovascularPatientHistoryHistoryOfMedicationUse",
    "CardiovascularPatientHistoryHistoryOfMedicationUseMedicationType",
    "CardiovascularPatientHistoryHistoryOfMedicationUseMedicationTypeRow28",
    "CardiovascularPatientHistoryHistoryOfFamilyMemberDiseases",
    "CardiovascularPatientHistoryHistoryOfFamilyMemberDiseasesFamilyHistoryOfClinicalFinding",
    "CardiovascularPatientHistoryHistoryOfMedicalDeviceUse",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3802",
    name="Cardiovascular Patient History",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "11329-0", "History"),
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
            bindings=(("$Problem", (("cid", "D", "3756"),)),),
        ),
        RowDef(
            key="6",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3829",
            bindings=(
                ("$Problem", (("code", "EV", "161445009", "SCT", "History of Diabetes mellitus"),)),
                ("$Therapy", (("cid", "D", "3722"),)),
            ),
        ),
        RowDef(
            key="7",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3829",
            bindings=(
                ("$Problem", (("code", "EV", "161501007", "SCT", "History of Hypertension"),)),
                ("$Therapy", (("cid", "D", "3760"),)),
            ),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3829",
            bindings=(
                (
                    "$Problem",
                    (("code", "EV", "414416008", "SCT", "History of Hypercholesterolemia"),),
                ),
                ("$Therapy", (("cid", "D", "3761"),)),
            ),
        ),
        RowDef(
            key="9",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3829",
            bindings=(
                ("$Problem", (("code", "EV", "44808001", "SCT", "Arrhythmia"),)),
                ("$Therapy", (("cid", "D", "3762"),)),
            ),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3829",
            bindings=(
                (
                    "$Problem",
                    (("code", "EV", "399211009", "SCT", "History of Myocardial infarction"),),
                ),
                ("$ModType", (("code", "DT", "122170", "DCM", "Type of Myocardial Infarction"),)),
                ("$ModValue", (("cid", "D", "3723"),)),
                ("$Therapy", (("cid", "D", "3764"),)),
            ),
        ),
        RowDef(
            key="11",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3829",
            bindings=(
                ("$Problem", (("code", "EV", "275552000", "SCT", "History of Kidney disease"),)),
                ("$Stage", (("cid", "D", "3778"),)),
            ),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "29762-2", "Social History"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "160476009", "Social History"),
        ),
        RowDef(
            key="14",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "3774"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "365981007", "Tobacco Smoking Behavior"),
            values=(("cid", "D", "3724"),),
        ),
        RowDef(
            key="16",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "228366006", "Drug misuse behavior"),
            values=(("code", "DT", "78267003", "SCT", "Cocaine Abuse"),),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "10167-5", "Past Surgical History"),
        ),
        RowDef(
            key="18",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11329-0", "History"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="19",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3830",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ProcType", (("code", "DT", "387713003", "SCT", "Surgical Procedure"),)),
                ("$Procedure", (("cid", "D", "3721"),)),
            ),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "30954-2", "Relevant Diagnostic Tests and/or Laboratory Data"),
        ),
        RowDef(
            key="21",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11329-0", "History"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="22",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3830",
            vm_min=1,
            vm_max=None,
            bindings=(
                ("$ProcType", (("code", "DT", "261004008", "SCT", "Diagnostic intent"),)),
                ("$Procedure", (("cid", "D", "3757"),)),
            ),
        ),
        RowDef(
            key="23",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "2086-7", "Cholesterol.in HDL"),
            units=(("code", "EV", "mg/dl", "UCUM", "mg/dl"),),
        ),
        RowDef(
            key="24",
            nesting=2,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "2089-1", "Cholesterol.in LDL"),
            units=(("code", "EV", "mg/dl", "UCUM", "mg/dl"),),
        ),
        RowDef(
            key="25",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "10160-0", "History of Medication Use"),
        ),
        RowDef(
            key="26",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111516", "Medication Type"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="27",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "33999-4", "Status"),
            values=(("cid", "D", "3773"),),
        ),
        RowDef(
            key="28",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "111516", "Medication Type"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="29",
            nesting=3,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "260911001", "Dosage"),
        ),
        RowDef(
            key="30",
            nesting=3,
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("LN", "33999-4", "Status"),
            values=(("cid", "D", "3773"),),
        ),
        RowDef(
            key="31",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "10157-6", "History of Family Member Diseases"),
        ),
        RowDef(
            key="32",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11329-0", "History"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="33",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "416471007", "Family history of clinical finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3758"),),
        ),
        RowDef(
            key="34",
            nesting=3,
            value_type="CODE",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("SCT", "408732007", "Subject relationship"),
            values=(("cid", "D", "7451"),),
        ),
        RowDef(
            key="35",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "46264-8", "History of medical device use"),
        ),
        RowDef(
            key="36",
            nesting=2,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11329-0", "History"),
        ),
        RowDef(
            key="37",
            nesting=2,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3831",
            vm_min=1,
            vm_max=None,
            bindings=(("$Device", (("cid", "D", "3777"),)),),
        ),
    ),
)


@dataclass(kw_only=True)
class CardiovascularPatientHistory(TemplatePart):
    """TID 3802 Cardiovascular Patient History."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    history: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (11329-0, LN, \"History\"), VM 1, U"""

    problem_list: CardiovascularPatientHistoryProblemList | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CONTAINER DT (11450-4, LN, \"Problem List\"), VM 1, U"""

    social_history: CardiovascularPatientHistorySocialHistory | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: CONTAINER DT (29762-2, LN, \"Social History\"), VM 1, U"""

    past_surgical_history: CardiovascularPatientHistoryPastSurgicalHistory | None = field(
        default=None, metadata={"row": "17"}
    )
    """Row 17: CONTAINER DT (10167-5, LN, \"Past Surgical History\"), VM 1, U"""

    relevant_diagnostic_tests_and_or_laboratory_data: (
        CardiovascularPatientHistoryRelevantDiagnosticTestsAndOrLaboratoryData | None
    ) = field(default=None, metadata={"row": "20"})
    """Row 20: CONTAINER DT (30954-2, LN, \"Relevant Diagnostic Tests and/or Laboratory Data\"), VM 1, U"""

    history_of_medication_use: CardiovascularPatientHistoryHistoryOfMedicationUse | None = field(
        default=None, metadata={"row": "25"}
    )
    """Row 25: CONTAINER DT (10160-0, LN, \"History of Medication Use\"), VM 1, U"""

    history_of_family_member_diseases: (
        CardiovascularPatientHistoryHistoryOfFamilyMemberDiseases | None
    ) = field(default=None, metadata={"row": "31"})
    """Row 31: CONTAINER DT (10157-6, LN, \"History of Family Member Diseases\"), VM 1, U"""

    history_of_medical_device_use: CardiovascularPatientHistoryHistoryOfMedicalDeviceUse | None = (
        field(default=None, metadata={"row": "35"})
    )
    """Row 35: CONTAINER DT (46264-8, LN, \"History of medical device use\"), VM 1, U"""


@dataclass(kw_only=True)
class CardiovascularPatientHistoryProblemList(TemplatePart):
    """Row 3 of TID 3802."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    cid_3769: list[Named[str]] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: TEXT DCID 3769, VM 1-n, U"""

    problem_properties: list[tid3829.ProblemProperties] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 3829, VM 1-n, U"""

    problem_properties_row_6: tid3829.ProblemProperties | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 3829, VM 1, U"""

    problem_properties_row_7: tid3829.ProblemProperties | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 3829, VM 1, U"""

    problem_properties_row_8: tid3829.ProblemProperties | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 3829, VM 1, U"""

    problem_properties_row_9: tid3829.ProblemProperties | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 3829, VM 1, U"""

    problem_properties_row_10: tid3829.ProblemProperties | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 3829, VM 1, U"""

    problem_properties_row_11: tid3829.ProblemProperties | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: INCLUDE DTID 3829, VM 1, U"""


@dataclass(kw_only=True)
class CardiovascularPatientHistorySocialHistory(TemplatePart):
    """Row 12 of TID 3802."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    social_history: str | None = field(default=None, metadata={"row": "13"})
    """Row 13: TEXT EV (160476009, SCT, \"Social History\"), VM 1, U"""

    cid_3774: list[Named[str]] = field(default_factory=no_items, metadata={"row": "14"})
    """Row 14: TEXT DCID 3774, VM 1-n, U"""

    tobacco_smoking_behavior: groups.Cid3724Code | None = field(
        default=None, metadata={"row": "15"}
    )
    """Row 15: CODE EV (365981007, SCT, \"Tobacco Smoking Behavior\"), VM 1, U; values DCID 3724"""

    drug_misuse_behavior: Code | None = field(default=None, metadata={"row": "16"})
    """Row 16: CODE DT (228366006, SCT, \"Drug misuse behavior\"), VM 1, U; values DT (78267003, SCT, \"Cocaine Abuse\")"""


@dataclass(kw_only=True)
class CardiovascularPatientHistoryPastSurgicalHistory(TemplatePart):
    """Row 17 of TID 3802."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "17"

    history: list[str] = field(default_factory=no_items, metadata={"row": "18"})
    """Row 18: TEXT EV (11329-0, LN, \"History\"), VM 1-n, U"""

    procedure_properties: list[tid3830.ProcedureProperties] = field(
        default_factory=no_items, metadata={"row": "19"}
    )
    """Row 19: INCLUDE DTID 3830, VM 1-n, U"""


@dataclass(kw_only=True)
class CardiovascularPatientHistoryRelevantDiagnosticTestsAndOrLaboratoryData(TemplatePart):
    """Row 20 of TID 3802."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "20"

    history: list[str] = field(default_factory=no_items, metadata={"row": "21"})
    """Row 21: TEXT EV (11329-0, LN, \"History\"), VM 1-n, U"""

    procedure_properties: list[tid3830.ProcedureProperties] = field(
        default_factory=no_items, metadata={"row": "22"}
    )
    """Row 22: INCLUDE DTID 3830, VM 1-n, U"""

    cholesterol_in_hdl: Num | None = field(default=None, metadata={"row": "23"})
    """Row 23: NUM DT (2086-7, LN, \"Cholesterol.in HDL\"), VM 1, U; units EV (mg/dl, UCUM, \"mg/dl\")"""

    cholesterol_in_ldl: Num | None = field(default=None, metadata={"row": "24"})
    """Row 24: NUM DT (2089-1, LN, \"Cholesterol.in LDL\"), VM 1, U; units EV (mg/dl, UCUM, \"mg/dl\")"""


@dataclass(kw_only=True)
class CardiovascularPatientHistoryHistoryOfMedicationUse(TemplatePart):
    """Row 25 of TID 3802."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "25"

    medication_type: list[CardiovascularPatientHistoryHistoryOfMedicationUseMedicationType] = field(
        default_factory=no_items, metadata={"row": "26"}
    )
    """Row 26: TEXT DT (111516, DCM, \"Medication Type\"), VM 1-n, U"""

    medication_type_row_28: list[
        CardiovascularPatientHistoryHistoryOfMedicationUseMedicationTypeRow28
    ] = field(default_factory=no_items, metadata={"row": "28"})
    """Row 28: CODE DT (111516, DCM, \"Medication Type\"), VM 1-n, U"""


@dataclass(kw_only=True)
class CardiovascularPatientHistoryHistoryOfMedicationUseMedicationType(TemplatePart):
    """Row 26 of TID 3802."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "26"

    value: str
    """The value of row 26 (TEXT)."""

    status: groups.Cid3773Code | None = field(default=None, metadata={"row": "27"})
    """Row 27: CODE DT (33999-4, LN, \"Status\"), VM 1, U; values DCID 3773"""


@dataclass(kw_only=True)
class CardiovascularPatientHistoryHistoryOfMedicationUseMedicationTypeRow28(TemplatePart):
    """Row 28 of TID 3802."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "28"

    value: Code
    """The value of row 28 (CODE)."""

    dosage: Num | None = field(default=None, metadata={"row": "29"})
    """Row 29: NUM DT (260911001, SCT, \"Dosage\"), VM 1, U"""

    status: groups.Cid3773Code | None = field(default=None, metadata={"row": "30"})
    """Row 30: CODE DT (33999-4, LN, \"Status\"), VM 1, U; values DCID 3773"""


@dataclass(kw_only=True)
class CardiovascularPatientHistoryHistoryOfFamilyMemberDiseases(TemplatePart):
    """Row 31 of TID 3802."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "31"

    history: list[str] = field(default_factory=no_items, metadata={"row": "32"})
    """Row 32: TEXT EV (11329-0, LN, \"History\"), VM 1-n, U"""

    family_history_of_clinical_finding: list[
        CardiovascularPatientHistoryHistoryOfFamilyMemberDiseasesFamilyHistoryOfClinicalFinding
    ] = field(default_factory=no_items, metadata={"row": "33"})
    """Row 33: CODE EV (416471007, SCT, \"Family history of clinical finding\"), VM 1-n, U; values DCID 3758"""


@dataclass(kw_only=True)
class CardiovascularPatientHistoryHistoryOfFamilyMemberDiseasesFamilyHistoryOfClinicalFinding(
    TemplatePart
):
    """Row 33 of TID 3802."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "33"

    value: groups.Cid3758Code
    """The value of row 33 (CODE)."""

    subject_relationship: groups.Cid7451Code = field(metadata={"row": "34"})
    """Row 34: CODE EV (408732007, SCT, \"Subject relationship\"), VM 1, M; values DCID 7451"""


@dataclass(kw_only=True)
class CardiovascularPatientHistoryHistoryOfMedicalDeviceUse(TemplatePart):
    """Row 35 of TID 3802."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "35"

    history: str | None = field(default=None, metadata={"row": "36"})
    """Row 36: TEXT EV (11329-0, LN, \"History\"), VM 1, U"""

    medical_device_use: list[tid3831.MedicalDeviceUse] = field(
        default_factory=no_items, metadata={"row": "37"}
    )
    """Row 37: INCLUDE DTID 3831, VM 1-n, U"""
