"""TID 3115 ECG ST Assessment.

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
    "ECGSTAssessment",
    "ECGSTAssessmentStChangeFromBaseline",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3115",
    name="ECG ST Assessment",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "121123", "Patient Status or Event"),
            values=(("code", "DT", "258181008", "SCT", "ECG Analysis"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="M",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "122099", "ST change from baseline"),
            vm_min=1,
            vm_max=None,
            units=(("code", "EV", "uV", "UCUM", "uV"),),
        ),
        RowDef(
            key="3",
            nesting=2,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "122148", "Lead ID"),
            values=(("cid", "B", "3001"),),
        ),
    ),
)


@dataclass(kw_only=True)
class ECGSTAssessment(TemplatePart):
    """TID 3115 ECG ST Assessment."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: Code
    """The value of row 1 (CODE)."""

    st_change_from_baseline: list[ECGSTAssessmentStChangeFromBaseline] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: NUM DT (122099, DCM, \"ST change from baseline\"), VM 1-n, M; units EV (uV, UCUM, \"uV\")"""


@dataclass(kw_only=True)
class ECGSTAssessmentStChangeFromBaseline(TemplatePart):
    """Row 2 of TID 3115."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "2"

    value: Num
    """The value of row 2 (NUM)."""

    lead_id: groups.Cid3001Code | Code = field(metadata={"row": "3"})
    """Row 3: CODE DT (122148, DCM, \"Lead ID\"), VM 1, M; values BCID 3001"""
