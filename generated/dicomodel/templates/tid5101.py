"""TID 5101 Vascular Patient Characteristics.

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
    "VascularPatientCharacteristics",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5101",
    name="Vascular Patient Characteristics",
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
            concept=Code("LN", "8867-4", "Heart Rate"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "271649006", "Systolic Blood Pressure"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("SCT", "271650006", "Diastolic Blood Pressure"),
        ),
    ),
)


@dataclass(kw_only=True)
class VascularPatientCharacteristics(TemplatePart):
    """TID 5101 Vascular Patient Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    subject_age: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (121033, DCM, \"Subject Age\"), VM 1, U; units DCID 7456"""

    subject_sex: groups.Cid7455Code | None = field(default=None, metadata={"row": "3"})
    """Row 3: CODE EV (121032, DCM, \"Subject Sex\"), VM 1, U; values DCID 7455"""

    heart_rate: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (8867-4, LN, \"Heart Rate\"), VM 1, U"""

    systolic_blood_pressure: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (271649006, SCT, \"Systolic Blood Pressure\"), VM 1, U"""

    diastolic_blood_pressure: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (271650006, SCT, \"Diastolic Blood Pressure\"), VM 1, U"""
