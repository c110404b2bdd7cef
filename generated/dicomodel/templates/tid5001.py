"""TID 5001 OB-GYN Patient Characteristics.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "OBGYNPatientCharacteristics",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="5001",
    name="OB-GYN Patient Characteristics",
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
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "8302-2", "Patient Height"),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "29463-7", "Patient Weight"),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11996-6", "Gravida"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11977-6", "Para"),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "11612-9", "Aborta"),
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "33065-4", "Ectopic Pregnancies"),
        ),
    ),
)


@dataclass(kw_only=True)
class OBGYNPatientCharacteristics(TemplatePart):
    """TID 5001 OB-GYN Patient Characteristics."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    comment: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (121106, DCM, \"Comment\"), VM 1, U"""

    patient_height: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (8302-2, LN, \"Patient Height\"), VM 1, U"""

    patient_weight: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (29463-7, LN, \"Patient Weight\"), VM 1, U"""

    gravida: Num | None = field(default=None, metadata={"row": "5"})
    """Row 5: NUM EV (11996-6, LN, \"Gravida\"), VM 1, U"""

    para: Num | None = field(default=None, metadata={"row": "6"})
    """Row 6: NUM EV (11977-6, LN, \"Para\"), VM 1, U"""

    aborta: Num | None = field(default=None, metadata={"row": "7"})
    """Row 7: NUM EV (11612-9, LN, \"Aborta\"), VM 1, U"""

    ectopic_pregnancies: Num | None = field(default=None, metadata={"row": "8"})
    """Row 8: NUM EV (33065-4, LN, \"Ectopic Pregnancies\"), VM 1, U"""
