"""TID 4125 Colon CAD Composite Feature.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.content import Num
from dicomodel.sr.parts import TemplatePart, no_items
from dicomodel.sr.template import RowDef, TemplateDef

if TYPE_CHECKING:
    from dicomodel.templates import tid4019, tid4022, tid4108, tid4126, tid4127

__all__ = [
    "TEMPLATE",
    "ColonCADCompositeFeature",
    "ColonCADCompositeFeatureRenderingIntent",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="4125",
    name="Colon CAD Composite Feature",
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
            values=(("cid", "D", "6201"),),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="CODE",
            requirement="U",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "112023", "Composite Feature Modifier"),
            values=(("cid", "D", "6202"),),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="HAS CONCEPT MOD",
            concept=Code("DCM", "111056", "Rendering Intent"),
            values=(("cid", "D", "6034"),),
        ),
        RowDef(
            key="4",
            nesting=2,
            value_type="NUM",
            requirement="UC",
            relationship="HAS PROPERTIES",
            concept=Code("DCM", "111071", "CAD Operating Point"),
            condition='IFF value of Row 3 = (111151, DCM, "Presentation Optional") and Row 1 of TID 4023 “CAD Operating Points” is present for the feature identified in Row 1.',
            condition_status="undecidable",
            required_if=(
                "unknown",
                "a row of another template: value of Row 3 = §0 and Row 1 of TID 4023 “CAD Operating Points” is present for the feature identified in Row 1",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "a row of another template: value of Row 3 = §0 and Row 1 of TID 4023 “CAD Operating Points” is present for the feature identified in Row 1",
                ),
            ),
            units=(("code", "DT", "{1:n}", "UCUM", "range: 1:n"),),
        ),
        RowDef(
            key="5",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="HAS OBS CONTEXT",
            include="4108",
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="INCLUDE",
            requirement="MC",
            relationship="HAS OBS CONTEXT",
            include="4022",
            condition="Shall be present IFF this feature is duplicated from a different report than its parent.",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "what a row's value means: this feature is duplicated from a different report than its parent",
            ),
            forbidden_if=(
                "not",
                (
                    "unknown",
                    "what a row's value means: this feature is duplicated from a different report than its parent",
                ),
            ),
        ),
        RowDef(
            key="7",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS OBS CONTEXT",
            include="4019",
        ),
        RowDef(
            key="8",
            nesting=1,
            value_type="INCLUDE",
            requirement="M",
            relationship="HAS PROPERTIES",
            include="4126",
        ),
        RowDef(
            key="9",
            nesting=1,
            value_type="INCLUDE",
            requirement="U",
            relationship="INFERRED FROM",
            include="4125",
            vm_min=1,
            vm_max=None,
        ),
        RowDef(
            key="10",
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
class ColonCADCompositeFeature(TemplatePart):
    """TID 4125 Colon CAD Composite Feature."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    value: groups.Cid6201Code
    """The value of row 1 (CODE)."""

    composite_feature_modifier: groups.Cid6202Code | None = field(
        default=None, metadata={"row": "2"}
    )
    """Row 2: CODE EV (112023, DCM, \"Composite Feature Modifier\"), VM 1, U; values DCID 6202"""

    rendering_intent: ColonCADCompositeFeatureRenderingIntent = field(metadata={"row": "3"})
    """Row 3: CODE EV (111056, DCM, \"Rendering Intent\"), VM 1, M; values DCID 6034"""

    tracking_identifier: tid4108.TrackingIdentifier | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: INCLUDE DTID 4108, VM 1, U"""

    cad_observation_context: tid4022.CADObservationContext | None = field(
        default=None, metadata={"row": "6"}
    )
    """Row 6: INCLUDE DTID 4022, VM 1, MC: Shall be present IFF this feature is duplicated from a different report than its parent."""

    algorithm_identification: tid4019.AlgorithmIdentification = field(metadata={"row": "7"})
    """Row 7: INCLUDE DTID 4019, VM 1, M"""

    colon_cad_composite_feature_body: tid4126.ColonCADCompositeFeatureBody = field(
        metadata={"row": "8"}
    )
    """Row 8: INCLUDE DTID 4126, VM 1, M"""

    colon_cad_composite_feature: list[ColonCADCompositeFeature] = field(
        default_factory=no_items, metadata={"row": "9"}
    )
    """Row 9: INCLUDE DTID 4125, VM 1-n, U"""

    colon_cad_single_image_finding: list[tid4127.ColonCADSingleImageFinding] = field(
        default_factory=no_items, metadata={"row": "10"}
    )
    """Row 10: INCLUDE DTID 4127, VM 1-n, U"""


@dataclass(kw_only=True)
class ColonCADCompositeFeatureRenderingIntent(TemplatePart):
    """Row 3 of TID 4125."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "3"

    value: groups.Cid6034Code
    """The value of row 3 (CODE)."""

    cad_operating_point: Num | None = field(default=None, metadata={"row": "4"})
    """Row 4: NUM EV (111071, DCM, \"CAD Operating Point\"), VM 1, UC: IFF value of Row 3 = (111151, DCM, \"Presentation Optional\") and Row 1 of TID 4023 “CAD Operating Points” is present for the feature identified in Row 1.; units DT ({1:n}, UCUM, \"range: 1:n\")"""
