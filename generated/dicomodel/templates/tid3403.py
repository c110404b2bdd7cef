"""TID 3403 Catheterization Acquisition Context.

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
    "CatheterizationAcquisitionContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3403",
    name="Catheterization Acquisition Context",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("SCT", "129085009", "Catheterization Procedure Phase"),
            values=(("cid", "B", "3250"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "109058", "Contrast Phase"),
            values=(("cid", "B", "3600"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "109059", "Physiological challenges"),
            values=(("cid", "B", "3271"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "109060", "Procedure Step Number"),
            units=(("code", "EV", "{step}", "UCUM", "step"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121124", "Procedure Action ID"),
        ),
    ),
)


@dataclass(kw_only=True)
class CatheterizationAcquisitionContext(TemplatePart):
    """TID 3403 Catheterization Acquisition Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    catheterization_procedure_phase: groups.Cid3250Code | Code | None = field(
        default=None, metadata={"row": "1"}
    )
    """Row 1: CODE EV (129085009, SCT, \"Catheterization Procedure Phase\"), VM 1, U; values BCID 3250"""

    contrast_phase: groups.Cid3600Code | Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (109058, DCM, \"Contrast Phase\"), VM 1, U; values BCID 3600"""

    physiological_challenges: groups.Cid3271Code | Code | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (109059, DCM, \"Physiological challenges\"), VM 1, U; values BCID 3271"""

    procedure_step_number: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (109060, DCM, \"Procedure Step Number\"), VM 1, U; units EV ({step}, UCUM, \"step\")"""

    procedure_action_id: str | None = field(default=None, metadata={"row": "5"})
    """Row 5: TEXT EV (121124, DCM, \"Procedure Action ID\"), VM 1, U"""
