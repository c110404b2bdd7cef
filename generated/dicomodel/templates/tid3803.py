"""TID 3803 Patient Presentation, Cath.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid1000

__all__ = [
    "TEMPLATE",
    "PatientPresentationCath",
    "PatientPresentationCathIndicationsForProcedure",
    "PatientPresentationCathLvEjectionFraction",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3803",
    name="Patient Presentation, Cath",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("LN", "55108-5", "Patient Presentation"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "122128", "Patient Transferred From"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="DATETIME",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "15", "Admission DateTime"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "17", "Admission Status"),
            values=(("cid", "D", "3729"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "18", "Insurance Payor Type"),
            values=(("cid", "D", "3730"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "46", "Congestive Heart Failure Prior to Procedure"),
            values=(("cid", "D", "230"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "47", "NYHA Classification"),
            condition="IFF Row 6 Value code meaning is <yes>",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 6 Value code meaning is <yes>"),
            forbidden_if=(
                "not",
                ("unknown", "what a row's value means: Row 6 Value code meaning is <yes>"),
            ),
            values=(("cid", "D", "3736"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "48", "Noninvasive Testing - Ischemia"),
            values=(("cid", "D", "3737"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "49", "Pre-Cath Angina Type"),
            values=(("cid", "D", "3738"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "50", "Pre-Cath Canadian Classification"),
            values=(("cid", "D", "3719"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="UC",
            relationship="CONTAINS",
            concept=Code("NCDR [2.0b]", "51", "Acute Coronary Syndrome Time Period"),
            condition="IFF Row 9 Value code meaning is <ACS>",
            condition_status="undecidable",
            required_if=("unknown", "what a row's value means: Row 9 Value code meaning is <ACS>"),
            forbidden_if=(
                "not",
                ("unknown", "what a row's value means: Row 9 Value code meaning is <ACS>"),
            ),
            values=(("cid", "D", "3735"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="CONTAINER",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "18785-6", "Indications for Procedure"),
        ),
        RowDef(
            key="13",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3727"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "10230-1", "LV Ejection Fraction"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "%", "UCUM", "%"),),
        ),
        RowDef(
            key="15",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "370129005", "Measurement method"),
            values=(("cid", "D", "3744"),),
        ),
        RowDef(key="16", nesting=2, value_type="INCLUDE", requirement="U", include="1000"),
        RowDef(
            key="17",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121069", "Previous Finding"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "D", "3700"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "55108-5", "Patient Presentation"),
        ),
    ),
)


@dataclass(kw_only=True)
class PatientPresentationCath(TemplatePart):
    """TID 3803 Patient Presentation, Cath."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    patient_transferred_from: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (122128, DCM, \"Patient Transferred From\"), VM 1, U"""

    admission_datetime: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: DATETIME EV (15, NCDR [2.0b], \"Admission DateTime\"), VM 1, U"""

    admission_status: groups.Cid3729Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (17, NCDR [2.0b], \"Admission Status\"), VM 1, U; values DCID 3729"""

    insurance_payor_type: groups.Cid3730Code | None = field(default=None, metadata={"row": "5"})
    """Row 5: CODE EV (18, NCDR [2.0b], \"Insurance Payor Type\"), VM 1, U; values DCID 3730"""

    congestive_heart_failure_prior_to_procedure: groups.Cid230Code | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: CODE EV (46, NCDR [2.0b], \"Congestive Heart Failure Prior to Procedure\"), VM 1, U; values DCID 230"""

    nyha_classification: groups.Cid3736Code | None = field(default=None, metadata={"row": "7"})
    """Row 7: CODE EV (47, NCDR [2.0b], \"NYHA Classification\"), VM 1, UC: IFF Row 6 Value code meaning is <yes>; values DCID 3736"""

    noninvasive_testing_ischemia: groups.Cid3737Code | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CODE EV (48, NCDR [2.0b], \"Noninvasive Testing - Ischemia\"), VM 1, U; values DCID 3737"""

    pre_cath_angina_type: groups.Cid3738Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (49, NCDR [2.0b], \"Pre-Cath Angina Type\"), VM 1, U; values DCID 3738"""

    pre_cath_canadian_classification: groups.Cid3719Code | None = field(
        default=None, metadata={"row": "10"}
    )
    """Row 10: CODE EV (50, NCDR [2.0b], \"Pre-Cath Canadian Classification\"), VM 1, U; values DCID 3719"""

    acute_coronary_syndrome_time_period: groups.Cid3735Code | None = field(
        default=None, metadata={"row": "11"}
    )
    """Row 11: CODE EV (51, NCDR [2.0b], \"Acute Coronary Syndrome Time Period\"), VM 1, UC: IFF Row 9 Value code meaning is <ACS>; values DCID 3735"""

    indications_for_procedure: PatientPresentationCathIndicationsForProcedure | None = field(
        default=None, metadata={"row": "12"}
    )
    """Row 12: CONTAINER EV (18785-6, LN, \"Indications for Procedure\"), VM 1, U"""

    lv_ejection_fraction: list[PatientPresentationCathLvEjectionFraction] = field(
        default_factory=no_items, metadata={"row": "14"}
    )
    """Row 14: NUM EV (10230-1, LN, \"LV Ejection Fraction\"), VM 1-n, U; units EV (%, UCUM, \"%\")"""

    previous_finding: list[groups.Cid3700Code] = field(
        default_factory=no_items, metadata={"row": "17"}
    )
    """Row 17: CODE EV (121069, DCM, \"Previous Finding\"), VM 1-n, U; values DCID 3700"""

    patient_presentation: str | None = field(default=None, metadata={"row": "18"})
    """Row 18: TEXT EV (55108-5, LN, \"Patient Presentation\"), VM 1, U"""


@dataclass(kw_only=True)
class PatientPresentationCathIndicationsForProcedure(TemplatePart):
    """Row 12 of TID 3803."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "12"

    finding: list[groups.Cid3727Code] = field(default_factory=no_items, metadata={"row": "13"})
    """Row 13: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U; values DCID 3727"""


@dataclass(kw_only=True)
class PatientPresentationCathLvEjectionFraction(TemplatePart):
    """Row 14 of TID 3803."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "14"

    value: Num
    """The value of row 14 (NUM)."""

    measurement_method: groups.Cid3744Code | None = field(default=None, metadata={"row": "15"})
    """Row 15: CODE EV (370129005, SCT, \"Measurement method\"), VM 1, U; values DCID 3744"""

    quotation: tid1000.Quotation | None = field(default=None, metadata={"row": "16"})
    """Row 16: INCLUDE DTID 1000, VM 1, U"""
