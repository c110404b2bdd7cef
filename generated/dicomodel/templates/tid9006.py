"""TID 9006 Obstetric History.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import Named, TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ObstetricHistory",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="9006",
    name="Obstetric History",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "248983002", "Obstetric History"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="DATE",
            requirement="U",
            relationship="CONTAINS",
            concept_ref=("cid", "D", "12003"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("LN", "18185-9", "Gestational Age"),
            units=(("code", "EV", "d", "UCUM", "day"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121106", "Comment"),
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ObstetricHistory(TemplatePart):
    """TID 9006 Obstetric History."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    cid_12003: list[Named[str]] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: DATE DCID 12003, VM 1-n, U"""

    gestational_age: Num | None = field(default=None, metadata={"row": "3"})
    """Row 3: NUM EV (18185-9, LN, \"Gestational Age\"), VM 1, U; units EV (d, UCUM, \"day\")"""

    comment: list[str] = field(default_factory=no_items, metadata={"row": "4"})
    """Row 4: TEXT EV (121106, DCM, \"Comment\"), VM 1-n, U"""
