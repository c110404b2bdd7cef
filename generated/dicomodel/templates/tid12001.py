"""TID 12001 Ultrasound Patient Characteristics.

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
    from dicomodel.templates import tid3923

__all__ = [
    "TEMPLATE",
    "UltrasoundPatientCharacteristics",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="12001",
    name="Ultrasound Patient Characteristics",
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
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121033", "Subject Age"),
            units=(("cid", "D", "7456"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="U",
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
            concept=Code("DCM", "113550", "Fasting Duration"),
            units=(("code", "EV", "h", "UCUM", "hours"),),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "113552", "Recent Physical Activity"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8867-4", "Heart Rate"),
            units=(("code", "EV", "{H.B.}/min", "UCUM", "BPM"),),
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "271649006", "Systolic Blood Pressure"),
            units=(("code", "EV", "mm[Hg]", "UCUM", "mmHg"),),
        ),
        RowDef(
            key="10",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "271650006", "Diastolic Blood Pressure"),
            units=(("code", "EV", "mm[Hg]", "UCUM", "mmHg"),),
        ),
        RowDef(
            key="11",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "260905004", "Condition"),
            vm_min=1,
            vm_max=None,
            values=(("cid", "B", "12323"),),
        ),
        RowDef(
            key="12",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="3923",
        ),
        RowDef(
            key="13",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
    ),
)


@dataclass(kw_only=True)
class UltrasoundPatientCharacteristics(TemplatePart):
    """TID 12001 Ultrasound Patient Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    subject_age: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (121033, DCM, \"Subject Age\"), VM 1, U; units DCID 7456"""

    subject_sex: groups.Cid7455Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (121032, DCM, \"Subject Sex\"), VM 1, U; values DCID 7455"""

    patient_height: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (8302-2, LN, \"Patient Height\"), VM 1, U; units EV (cm, UCUM, \"cm\")"""

    patient_weight: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (29463-7, LN, \"Patient Weight\"), VM 1, U; units EV (kg, UCUM, \"kg\")"""

    fasting_duration: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (113550, DCM, \"Fasting Duration\"), VM 1, U; units EV (h, UCUM, \"hours\")"""

    recent_physical_activity: str | None = field(default=None, metadata={"row": "7"})
    """Row 7: TEXT EV (113552, DCM, \"Recent Physical Activity\"), VM 1, U"""

    heart_rate: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (8867-4, LN, \"Heart Rate\"), VM 1, U; units EV ({H.B.}/min, UCUM, \"BPM\")"""

    systolic_blood_pressure: Num | None = field(default=None, metadata={"row": "9"})
    """Row 9: NUM EV (271649006, SCT, \"Systolic Blood Pressure\"), VM 1, U; units EV (mm[Hg], UCUM, \"mmHg\")"""

    diastolic_blood_pressure: Num | None = field(default=None, metadata={"row": "10"})
    """Row 10: NUM EV (271650006, SCT, \"Diastolic Blood Pressure\"), VM 1, U; units EV (mm[Hg], UCUM, \"mmHg\")"""

    condition: list[groups.Cid12323Code | Code] = field(
        default_factory=no_items, metadata={"row": "11"}
    )
    """Row 11: CODE EV (260905004, SCT, \"Condition\"), VM 1-n, U; values BCID 12323"""

    bsa_normalized_ventricular_measurements: tid3923.BSANormalizedVentricularMeasurements | None = (
        field(default=None, metadata={"row": "12"})
    )
    """Row 12: INCLUDE DTID 3923, VM 1, U"""

    comment: str | None = field(default=None, metadata={"row": "13"})
    """Row 13: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""
