"""TID 312 Normal Range Properties.

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
    "NormalRangeProperties",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="312",
    name="Normal Range Properties",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept_ref=("cid", "D", "223"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121407", "Normal Range description"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="UC",
            concept=Code("DCM", "121408", "Normal Range Authority"),
            condition="XOR Row 4",
            condition_status="parsed",
            required_if=("not", ("row_present", "4")),
            forbidden_if=("row_present", "4"),
        ),
        RowDef(
            key="4",
            nesting=0,
            value_type="CODE",
            requirement="UC",
            concept=Code("DCM", "121408", "Normal Range Authority"),
            condition="XOR Row 3",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            forbidden_if=("row_present", "3"),
            values=(("parameter", "$RangeAuthority"),),
        ),
    ),
)


@dataclass(kw_only=True)
class NormalRangeProperties(TemplatePart):
    """TID 312 Normal Range Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    cid_223: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "1"})
    """Row 1: NUM DCID 223, VM 1-n, M"""

    normal_range_description: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (121407, DCM, \"Normal Range description\"), VM 1, U"""

    normal_range_authority: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (121408, DCM, \"Normal Range Authority\"), VM 1, UC: XOR Row 4"""

    normal_range_authority_row_4: Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (121408, DCM, \"Normal Range Authority\"), VM 1, UC: XOR Row 3; values $RangeAuthority"""
