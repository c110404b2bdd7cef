"""TID 3601 Procedure Context.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ProcedureContext",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3601",
    name="Procedure Context",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("DCM", "121065", "Procedure Description"),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "363703001", "Has Intent"),
            values=(("cid", "B", "3629"),),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS ACQ CONTEXT",
            concept=Code("SCT", "260870009", "Procedure Priority"),
            values=(("cid", "B", "3414"),),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            concept=Code("DCM", "121023", "Procedure Code"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ProcedureContext(TemplatePart):
    """TID 3601 Procedure Context."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    procedure_description: str | None = field(default=None, metadata={"row": "1"})
    """Row 1: TEXT EV (121065, DCM, \"Procedure Description\"), VM 1, U"""

    has_intent: groups.Cid3629Code | Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (363703001, SCT, \"Has Intent\"), VM 1, U; values BCID 3629"""

    procedure_priority: groups.Cid3414Code | Code | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: CODE EV (260870009, SCT, \"Procedure Priority\"), VM 1, U; values BCID 3414"""

    procedure_code: list[Code] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: CODE EV (121023, DCM, \"Procedure Code\"), VM 1-n, U"""
