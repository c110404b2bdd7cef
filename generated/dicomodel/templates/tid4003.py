"""TID 4003 Mammography CAD Individual Impression/Recommendation.

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
    from dicomodel.templates import tid4002, tid4004, tid4006

__all__ = [
    "TEMPLATE",
    "MammographyCADIndividualImpressionRecommendation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4003",
    name="Mammography CAD Individual Impression/Recommendation",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="M",
            concept=Code("DCM", "111034", "Individual Impression/Recommendation"),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111056", "Rendering Intent"),
            values=(("cid", "D", "6034"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="CONTAINS",
            include="4002",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="4004",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 4, 5 shall be present.",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "4"), ("row_present", "5"))),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="CONTAINS",
            include="4006",
            vm_min=1,
            vm_max=None,
            condition="At least one of Rows 4, 5 shall be present.",
            condition_status="parsed",
            required_if=("not", ("or", ("row_present", "4"), ("row_present", "5"))),
        ),
    ),
)


@dataclass(kw_only=True)
class MammographyCADIndividualImpressionRecommendation(TemplatePart):
    """TID 4003 Mammography CAD Individual Impression/Recommendation."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    rendering_intent: groups.Cid6034Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111056, DCM, \"Rendering Intent\"), VM 1, M; values DCID 6034"""

    mammography_cad_impression_recommendation_body: (
        tid4002.MammographyCADImpressionRecommendationBody | None
    ) = field(default=None, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 4002, VM 1, U"""

    mammography_cad_composite_feature: list[tid4004.MammographyCADCompositeFeature] = field(
        default_factory=no_items, metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 4004, VM 1-n, MC: At least one of Rows 4, 5 shall be present."""

    mammography_cad_single_image_finding: list[tid4006.MammographyCADSingleImageFinding] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 4006, VM 1-n, MC: At least one of Rows 4, 5 shall be present."""
