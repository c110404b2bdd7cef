"""TID 3450 Cardiac Electrophysiology Acquisition Context.

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
    "CardiacElectrophysiologyAcquisitionContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3450",
    name="Cardiac Electrophysiology Acquisition Context",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="U",
            concept=Code("DCM", "109061", "EP Procedure Phase"),
            values=(("cid", "B", "3254"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="NUM",
            requirement="U",
            concept=Code("DCM", "109060", "Procedure Step Number"),
            units=(("code", "EV", "{step}", "UCUM", "step"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "109063", "Pulse train definition"),
        ),
    ),
)


@dataclass(kw_only=True)
class CardiacElectrophysiologyAcquisitionContext(TemplatePart):
    """TID 3450 Cardiac Electrophysiology Acquisition Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    ep_procedure_phase: groups.Cid3254Code | Code | None = field(
        default=None, metadata={"row": "1"}
    )
    """Row 1: CODE EV (109061, DCM, \"EP Procedure Phase\"), VM 1, U; values BCID 3254"""

    procedure_step_number: Num | None = field(default=None, metadata={"row": "2"})
    """Row 2: NUM EV (109060, DCM, \"Procedure Step Number\"), VM 1, U; units EV ({step}, UCUM, \"step\")"""

    pulse_train_definition: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (109063, DCM, \"Pulse train definition\"), VM 1, U"""
