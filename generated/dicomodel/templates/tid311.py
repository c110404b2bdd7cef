"""TID 311 Measurement Statistical Properties.

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
    "MeasurementStatisticalProperties",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="311",
    name="Measurement Statistical Properties",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="NUM",
            requirement="M",
            concept_ref=("cid", "D", "221"),
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="U",
            concept=Code("DCM", "121405", "Population description"),
        ),
        RowDef(
            key="3",
            nesting=0,
            value_type="TEXT",
            requirement="UC",
            concept=Code("DCM", "121406", "Reference Authority"),
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
            concept=Code("DCM", "121406", "Reference Authority"),
            condition="XOR Row 3",
            condition_status="parsed",
            required_if=("not", ("row_present", "3")),
            forbidden_if=("row_present", "3"),
            values=(("parameter", "$RefAuthority"),),
        ),
    ),
)


@dataclass(kw_only=True)
class MeasurementStatisticalProperties(TemplatePart):
    """TID 311 Measurement Statistical Properties."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    cid_221: list[Named[Num]] = field(default_factory=no_items, metadata={"row": "1"})
    """Row 1: NUM DCID 221, VM 1-n, M"""

    population_description: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (121405, DCM, \"Population description\"), VM 1, U"""

    reference_authority: str | None = field(default=None, metadata={"row": "3"})
    """Row 3: TEXT EV (121406, DCM, \"Reference Authority\"), VM 1, UC: XOR Row 4"""

    reference_authority_row_4: Code | None = field(default=None, metadata={"row": "4"})
    """Row 4: CODE EV (121406, DCM, \"Reference Authority\"), VM 1, UC: XOR Row 3; values $RefAuthority"""
