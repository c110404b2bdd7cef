"""TID 4004 Mammography CAD Composite Feature.

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
    from dicomodel.templates import tid4005, tid4006, tid4022, tid4108

__all__ = [
    "TEMPLATE",
    "MammographyCADCompositeFeature",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4004",
    name="Mammography CAD Composite Feature",
    extensible=False,
    order_significant=True,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CODE",
            requirement="M",
            concept=Code("DCM", "111015", "Composite Feature"),
            values=(("cid", "D", "6016"),),
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
            relationship="HAS OBS CONTEXT",
            include="4108",
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS PROPERTIES",
            include="4005",
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="INFERRED FROM",
            include="4004",
            vm_min=1,
            vm_max=None,
            condition="At least two items shall be present: two of Row 5, two of Row 6, or one of each.",
            condition_status="parsed",
            count=("count_at_least", ("5", "6"), 2),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="INFERRED FROM",
            include="4006",
            vm_min=1,
            vm_max=None,
            condition="At least two items shall be present: two of Row 5, two of Row 6, or one of each.",
            condition_status="parsed",
            count=("count_at_least", ("5", "6"), 2),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="4022",
            condition="Shall be present only if this feature is incorporated from a different report than its parent.",
            condition_status="undecidable",
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: this feature is incorporated from a different report than its parent",
                ),
            ),
        ),
    ),
)


@dataclass(kw_only=True)
class MammographyCADCompositeFeature(TemplatePart):
    """TID 4004 Mammography CAD Composite Feature."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid6016Code
    """The value of row 1 (CODE)."""

    rendering_intent: groups.Cid6034Code = field(metadata={"row": "2"})
    """Row 2: CODE EV (111056, DCM, \"Rendering Intent\"), VM 1, M; values DCID 6034"""

    tracking_identifier: tid4108.TrackingIdentifier | None = field(
        default=None, metadata={"row": "3"}
    )
    """Row 3: INCLUDE DTID 4108, VM 1, U"""

    mammography_cad_composite_feature_body: tid4005.MammographyCADCompositeFeatureBody = field(
        metadata={"row": "4"}
    )
    """Row 4: INCLUDE DTID 4005, VM 1, M"""

    mammography_cad_composite_feature: list[MammographyCADCompositeFeature] = field(
        default_factory=no_items, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 4004, VM 1-n, MC: At least two items shall be present: two of Row 5, two of Row 6, or one of each."""

    mammography_cad_single_image_finding: list[tid4006.MammographyCADSingleImageFinding] = field(
        default_factory=no_items, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 4006, VM 1-n, MC: At least two items shall be present: two of Row 5, two of Row 6, or one of each."""

    cad_observation_context: tid4022.CADObservationContext | None = field(
        default=None, metadata={"row": "7"}
    )
    """Row 7: INCLUDE DTID 4022, VM 1, MC: Shall be present only if this feature is incorporated from a different report than its parent."""
