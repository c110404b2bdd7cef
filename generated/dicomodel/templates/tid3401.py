"""TID 3401 ECG Acquisition Context.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ECGAcquisitionContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3401",
    name="ECG Acquisition Context",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("MDC", "10:11345", "Lead System"),
            values=(("cid", "B", "3263"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "109054", "Patient State"),
            values=(("cid", "B", "3262"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "109055", "Protocol Stage"),
            units=(("code", "EV", "{stage}", "UCUM", "stage"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "109056", "Stress Protocol"),
            values=(("cid", "B", "3261"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept_ref=("cid", "D", "3690"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="6",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept_ref=("cid", "D", "3691"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ECGAcquisitionContext(TemplatePart):
    """TID 3401 ECG Acquisition Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    lead_system: groups.Cid3263Code | Code | None = field(default=None, metadata={"row": "1"})
    """Row 1: CODE DT (10:11345, MDC, \"Lead System\"), VM 1, U; values BCID 3263"""

    patient_state: groups.Cid3262Code | Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE DT (109054, DCM, \"Patient State\"), VM 1, U; values BCID 3262"""

    protocol_stage: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM DT (109055, DCM, \"Protocol Stage\"), VM 1, U; units EV ({stage}, UCUM, \"stage\")"""

    stress_protocol: groups.Cid3261Code | Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE DT (109056, DCM, \"Stress Protocol\"), VM 1, U; values BCID 3261"""

    cid_3690: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "5"})
    """Row 5: NUM DCID 3690, VM 1-n, U"""

    cid_3691: list[Named[str]] = field(default_factory=no_items, metadata={"row": "6"})
    """Row 6: TEXT DCID 3691, VM 1-n, U"""
