"""TID 8003 Specimen Staining.

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
    "SpecimenStaining",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="8003",
    name="Specimen Staining",
    extensible=True,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="MC",
            concept=Code("SCT", "424361007", "Using substance"),
            vm_min=1,
            vm_max=None,
            condition="IF Row 2 not present",
            condition_status="parsed",
            required_if=("not", ("row_present", "2")),
            values=(("cid", "D", "8112"),),
        ),
        RowDef(
            key="2",
            nesting=0,
            value_type="TEXT",
            requirement="MC",
            concept=Code("SCT", "424361007", "Using substance"),
            condition="IF Row 1 not present",
            condition_status="parsed",
            required_if=("not", ("row_present", "1")),
        ),
    ),
)


@dataclass(kw_only=True)
class SpecimenStaining(TemplatePart):
    """TID 8003 Specimen Staining."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    using_substance: list[groups.Cid8112Code] = field(
        default_factory=no_items, metadata={"row": "1"}
    )
    """Row 1: CODE DT (424361007, SCT, \"Using substance\"), VM 1-n, MC: IF Row 2 not present; values DCID 8112"""

    using_substance_row_2: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT DT (424361007, SCT, \"Using substance\"), VM 1, MC: IF Row 1 not present"""
