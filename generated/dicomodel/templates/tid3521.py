"""TID 3521 Relative Time.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "RelativeTime",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3521",
    name="Relative Time",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept_ref=("parameter", "$ConditionName"),
            values=(("parameter", "$ConditionValue"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("SCT", "118578006", "Relative time"),
            values=(("cid", "B", "3600"),),
        ),
    ),
)


@dataclass(kw_only=True)
class RelativeTime(TemplatePart):
    """TID 3521 Relative Time."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: Code
    """The concept name of row 1."""

    value: Code
    """The value of row 1 (CODE)."""

    relative_time: groups.Cid3600Code | Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (118578006, SCT, \"Relative time\"), VM 1, U; values BCID 3600"""
