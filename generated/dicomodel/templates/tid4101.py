"""TID 4101 Chest CAD Findings Summary.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4102, tid4104, tid4106

__all__ = [
    "TEMPLATE",
    "ChestCADFindingsSummary",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4101",
    name="Chest CAD Findings Summary",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111017", "CAD Processing and Findings Summary"),
            values=(("cid", "D", "6047"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="INFERRED FROM",
            include="4102",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="INFERRED FROM",
            include="4104",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS PROPERTIES",
            include="4106",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ChestCADFindingsSummary(TemplatePart):
    """TID 4101 Chest CAD Findings Summary."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid6047Code
    """The value of row 1 (CODE)."""

    chest_cad_composite_feature: list[tid4102.ChestCADCompositeFeature] = field(
        default_factory=no_items, metadata={"row": "2"}
    )
    """Row 2: INCLUDE DTID 4102, VM 1-n, U"""

    chest_cad_single_image_finding: list[tid4104.ChestCADSingleImageFinding] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 4104, VM 1-n, U"""

    response_evaluation: list[tid4106.ResponseEvaluation] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 4106, VM 1-n, U"""
