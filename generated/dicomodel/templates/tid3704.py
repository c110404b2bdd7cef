"""TID 3704 Patient Characteristics for ECG.

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
    "PatientCharacteristicsForECG",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3704",
    name="Patient Characteristics for ECG",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "121118", "Patient Characteristics"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121033", "Subject Age"),
            units=(("cid", "D", "7456"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("DCM", "121032", "Subject Sex"),
            values=(("cid", "D", "7455"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8302-2", "Patient Height"),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "29463-7", "Patient Weight"),
            units=(("code", "EV", "kg", "UCUM", "kg"),),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "271649006", "Systolic Blood Pressure"),
            units=(("cid", "D", "3500"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "271650006", "Diastolic Blood Pressure"),
            units=(("cid", "D", "3500"),),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "109054", "Patient State"),
            values=(("cid", "D", "3262"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "441509002", "Pacemaker in situ"),
            values=(("cid", "D", "3672"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "443325000", "ICD in situ"),
            values=(("cid", "D", "3692"),),
        ),
    ),
)


@dataclass(kw_only=True)
class PatientCharacteristicsForECG(TemplatePart):
    """TID 3704 Patient Characteristics for ECG."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    subject_age: Num = field(metadata={"row": "2"})
    """Row 2: NUM EV (121033, DCM, \"Subject Age\"), VM 1, M; units DCID 7456"""

    subject_sex: groups.Cid7455Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (121032, DCM, \"Subject Sex\"), VM 1, M; values DCID 7455"""

    patient_height: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (8302-2, LN, \"Patient Height\"), VM 1, U; units EV (cm, UCUM, \"cm\")"""

    patient_weight: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (29463-7, LN, \"Patient Weight\"), VM 1, U; units EV (kg, UCUM, \"kg\")"""

    systolic_blood_pressure: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (271649006, SCT, \"Systolic Blood Pressure\"), VM 1, U; units DCID 3500"""

    diastolic_blood_pressure: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (271650006, SCT, \"Diastolic Blood Pressure\"), VM 1, U; units DCID 3500"""

    patient_state: groups.Cid3262Code | None = field(default=None, metadata={"row": "8"})
    """Row 8: CODE EV (109054, DCM, \"Patient State\"), VM 1, U; values DCID 3262"""

    pacemaker_in_situ: groups.Cid3672Code | None = field(default=None, metadata={"row": "9"})
    """Row 9: CODE EV (441509002, SCT, \"Pacemaker in situ\"), VM 1, U; values DCID 3672"""

    icd_in_situ: groups.Cid3692Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (443325000, SCT, \"ICD in situ\"), VM 1, U; values DCID 3692"""
