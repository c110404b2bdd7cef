"""TID 4121 Colon CAD Findings Summary.

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
    from dicomodel.templates import tid4125, tid4127

__all__ = [
    "TEMPLATE",
    "ColonCADFindingsSummary",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4121",
    name="Colon CAD Findings Summary",
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
            value_type="CODE",
            requirement="U",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "112222", "Colon Overall Assessment"),
            values=(("cid", "D", "6200"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="INFERRED FROM",
            include="4125",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="INFERRED FROM",
            include="4127",
            vm_min=1,
            vm_max=None,
        ),
    ),
)


@dataclass(kw_only=True)
class ColonCADFindingsSummary(TemplatePart):
    """TID 4121 Colon CAD Findings Summary."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid6047Code
    """The value of row 1 (CODE)."""

    colon_overall_assessment: groups.Cid6200Code | None = field(default=None, metadata={"row": "2"})
    """Row 2: CODE EV (112222, DCM, \"Colon Overall Assessment\"), VM 1, U; values DCID 6200"""

    colon_cad_composite_feature: list[tid4125.ColonCADCompositeFeature] = field(
        default_factory=no_items, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 4125, VM 1-n, U"""

    colon_cad_single_image_finding: list[tid4127.ColonCADSingleImageFinding] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 4127, VM 1-n, U"""
