"""TID 3602 Cardiovascular Patient Characteristics.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "CardiovascularPatientCharacteristics",
    "CardiovascularPatientCharacteristicsBodySurfaceArea",
    "CardiovascularPatientCharacteristicsBodyMassIndex",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3602",
    name="Cardiovascular Patient Characteristics",
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
            requirement="M",
            relationship="CONTAINS",
            concept=Code("LN", "8302-2", "Patient Height"),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="M",
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
            concept=Code("DCM", "122221", "Thorax diameter, sagittal"),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="MC",
            relationship="CONTAINS",
            concept=Code("LN", "8277-6", "Body Surface Area"),
            condition="IF BSA used for indexed measurements in SOP Instance",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF BSA used for indexed measurements in SOP Instance",
            ),
            units=(("code", "EV", "m2", "UCUM", "m2"),),
        ),
        RowDef(
            key="8",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("LN", "8278-4", "Body Surface Area Formula"),
            values=(("cid", "B", "3663"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "60621009", "Body Mass Index"),
            units=(("code", "EV", "kg/m2", "UCUM", "kg/m2"),),
        ),
        RowDef(
            key="10",
            nesting=2,
            value_type="CODE",
            requirement="U",
            relationship="INFERRED FROM",
            concept=Code("DCM", "121420", "Equation"),
            values=(("code", "DT", "122265", "DCM", "BMI = Wt/Ht^2"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8867-4", "Heart Rate"),
            units=(("code", "EV", "{H.B.}/min", "UCUM", "BPM"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "271649006", "Systolic Blood Pressure"),
            units=(("cid", "D", "3500"),),
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "271650006", "Diastolic Blood Pressure"),
            units=(("cid", "D", "3500"),),
        ),
        RowDef(
            key="14",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8884-9", "Cardiac Rhythm"),
            values=(("cid", "B", "3415"),),
        ),
        RowDef(
            key="15",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "248366000", "Chest Circumference"),
            units=(("code", "EV", "cm", "UCUM", "cm"),),
        ),
        RowDef(
            key="16",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "248808008", "Breast size"),
        ),
        RowDef(
            key="17",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            values=(("cid", "D", "3202"),),
        ),
        RowDef(
            key="18",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "429160000", "Functional capacity"),
            values=(("cid", "D", "3719"),),
        ),
        RowDef(
            key="19",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "429160000", "Functional capacity"),
            values=(("cid", "D", "3736"),),
        ),
        RowDef(
            key="20",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121071", "Finding"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="21",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "55108-5", "Patient Presentation"),
        ),
    ),
)


@dataclass(kw_only=True)
class CardiovascularPatientCharacteristics(TemplatePart):
    """TID 3602 Cardiovascular Patient Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    subject_age: Num = field(metadata={"row": "2"})
    """Row 2: NUM EV (121033, DCM, \"Subject Age\"), VM 1, M; units DCID 7456"""

    subject_sex: groups.Cid7455Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (121032, DCM, \"Subject Sex\"), VM 1, M; values DCID 7455"""

    patient_height: Num = field(metadata={"row": "4"})
    """Row 4: NUM EV (8302-2, LN, \"Patient Height\"), VM 1, M; units EV (cm, UCUM, \"cm\")"""

    patient_weight: Num = field(metadata={"row": "5"})
    """Row 5: NUM EV (29463-7, LN, \"Patient Weight\"), VM 1, M; units EV (kg, UCUM, \"kg\")"""

    thorax_diameter_sagittal: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (122221, DCM, \"Thorax diameter, sagittal\"), VM 1, U; units EV (cm, UCUM, \"cm\")"""

    body_surface_area: CardiovascularPatientCharacteristicsBodySurfaceArea | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: NUM EV (8277-6, LN, \"Body Surface Area\"), VM 1, MC: IF BSA used for indexed measurements in SOP Instance; units EV (m2, UCUM, \"m2\")"""

    body_mass_index: CardiovascularPatientCharacteristicsBodyMassIndex | None = field(
        default=None, metadata={"row": "9"}
    )
    """Row 9: NUM EV (60621009, SCT, \"Body Mass Index\"), VM 1, U; units EV (kg/m2, UCUM, \"kg/m2\")"""

    heart_rate: Num | None = field(default=None, metadata={"row": "11"})
    """Row 11: NUM EV (8867-4, LN, \"Heart Rate\"), VM 1, U; units EV ({H.B.}/min, UCUM, \"BPM\")"""

    systolic_blood_pressure: Num | None = field(default=None, metadata={"row": "12"})
    """Row 12: NUM EV (271649006, SCT, \"Systolic Blood Pressure\"), VM 1, U; units DCID 3500"""

    diastolic_blood_pressure: Num | None = field(default=None, metadata={"row": "13"})
    """Row 13: NUM EV (271650006, SCT, \"Diastolic Blood Pressure\"), VM 1, U; units DCID 3500"""

    cardiac_rhythm: groups.Cid3415Code | Code | None = field(default=None, metadata={"row": "14"})
    """Row 14: CODE DT (8884-9, LN, \"Cardiac Rhythm\"), VM 1, U; values BCID 3415"""

    chest_circumference: Num | None = field(default=None, metadata={"row": "15"})
    """Row 15: NUM EV (248366000, SCT, \"Chest Circumference\"), VM 1, U; units EV (cm, UCUM, \"cm\")"""

    breast_size: str | None = field(default=None, metadata={"row": "16"})
    """Row 16: TEXT EV (248808008, SCT, \"Breast size\"), VM 1, U"""

    finding: groups.Cid3202Code | None = field(default=None, metadata={"row": "17"})
    """Row 17: CODE EV (121071, DCM, \"Finding\"), VM 1, U; values DCID 3202"""

    functional_capacity: groups.Cid3719Code | None = field(default=None, metadata={"row": "18"})
    """Row 18: CODE EV (429160000, SCT, \"Functional capacity\"), VM 1, U; values DCID 3719"""

    functional_capacity_row_19: groups.Cid3736Code | None = field(
        default=None, metadata={"row": "19"}
    )
    """Row 19: CODE EV (429160000, SCT, \"Functional capacity\"), VM 1, U; values DCID 3736"""

    finding_row_20: list[Code] = field(default_factory=no_items, metadata={"row": "20"})
    """Row 20: CODE EV (121071, DCM, \"Finding\"), VM 1-n, U"""

    patient_presentation: str | None = field(default=None, metadata={"row": "21"})
    """Row 21: TEXT EV (55108-5, LN, \"Patient Presentation\"), VM 1, U"""


@dataclass(kw_only=True)
class CardiovascularPatientCharacteristicsBodySurfaceArea(TemplatePart):
    """Row 7 of TID 3602."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "7"

    value: Num
    """The value of row 7 (NUM)."""

    body_surface_area_formula: groups.Cid3663Code | Code | None = field(
        default=None, metadata={"row": "8"}
    )
    """Row 8: CODE EV (8278-4, LN, \"Body Surface Area Formula\"), VM 1, U; values BCID 3663"""


@dataclass(kw_only=True)
class CardiovascularPatientCharacteristicsBodyMassIndex(TemplatePart):
    """Row 9 of TID 3602."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "9"

    value: Num
    """The value of row 9 (NUM)."""

    equation: Code | None = field(default=None, metadata={"row": "10"})
    """Row 10: CODE EV (121420, DCM, \"Equation\"), VM 1, U; values DT (122265, DCM, \"BMI = Wt/Ht^2\")"""
