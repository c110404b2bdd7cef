"""TID 4001 Mammography CAD Overall Impression/Recommendation.

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
    from dicomodel.templates import tid4002, tid4003

__all__ = [
    "TEMPLATE",
    "MammographyCADOverallImpressionRecommendation",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4001",
    name="Mammography CAD Overall Impression/Recommendation",
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
            relationship="HAS PROPERTIES",
            include="4002",
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="INFERRED FROM",
            include="4003",
            vm_min=1,
            vm_max=None,
            condition='Shall be present if 1 or more (111059, DCM, "Single Image Finding") or (111015, DCM, "Composite Feature") Content Items are reported.',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: Shall be present if 1 or more §0 or §1 Content Items are reported",
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class MammographyCADOverallImpressionRecommendation(TemplatePart):
    """TID 4001 Mammography CAD Overall Impression/Recommendation."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid6047Code
    """The value of row 1 (CODE)."""

    mammography_cad_impression_recommendation_body: (
        tid4002.MammographyCADImpressionRecommendationBody | None
    ) = field(default=None, metadata={"row": "2"})
    """Row 2: INCLUDE DTID 4002, VM 1, U"""

    mammography_cad_individual_impression_recommendation: list[
        tid4003.MammographyCADIndividualImpressionRecommendation
    ] = field(default_factory=no_items, metadata={"row": "3"})
    """Row 3: INCLUDE DTID 4003, VM 1-n, MC: Shall be present if 1 or more (111059, DCM, \"Single Image Finding\") or (111015, DCM, \"Composite Feature\") Content Items are reported."""
