"""TID 315 Equation or Table.

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
    "EquationOrTable",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="315",
    name="Equation or Table",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept_ref=("cid", "D", "228"),
            values=(("parameter", "$Equation"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="NUM",
            requirement="U",
            relationship="HAS PROPERTIES",
            by_reference=True,
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class EquationOrTable(TemplatePart):
    """TID 315 Equation or Table."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    concept: groups.Cid228Code
    """The concept name of row 1."""

    value: Code
    """The value of row 1 (CODE)."""

    num_2: list[Num] = field(default_factory=no_items, metadata={"row": "2"})
    """Row 2: NUM -, VM 1-n, U"""

    num_3: list[Num] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: NUM -, VM 1-n, U"""
