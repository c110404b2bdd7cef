"""TID 3320 Conclusions and Recommendations.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Final

from dicomodel.codes import groups
from dicomodel.coding import Code
from dicomodel.sr.parts import TemplatePart
from dicomodel.sr.template import RowDef, TemplateDef

__all__ = [
    "TEMPLATE",
    "ConclusionsAndRecommendations",
    "ConclusionsAndRecommendationsConclusions",
    "ConclusionsAndRecommendationsRecommendations",
]

TEMPLATE: Final[TemplateDef] = TemplateDef(
    tid="3320",
    name="Conclusions and Recommendations",
    extensible=True,
    order_significant=False,
    root=False,
    rows=(
        RowDef(
            key="1",
            nesting=0,
            value_type="CONTAINER",
            requirement="MC",
            concept=Code("LN", "55110-1", "Conclusions"),
            condition="IF Completion Flag (0040,A491) = COMPLETE",
            condition_status="undecidable",
            required_if=(
                "unknown",
                "outside the content tree: IF Completion Flag (0040,A491) = COMPLETE",
            ),
        ),
        RowDef(
            key="2",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121077", "Conclusion"),
        ),
        RowDef(
            key="3",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "271921002", "ECG Finding"),
            values=(("cid", "D", "3208"),),
        ),
        RowDef(
            key="4",
            nesting=1,
            value_type="CODE",
            requirement="M",
            relationship="CONTAINS",
            concept=Code("SCT", "365853002", "Imaging Finding"),
            values=(("cid", "D", "3209"),),
        ),
        RowDef(
            key="5",
            nesting=0,
            value_type="CONTAINER",
            requirement="U",
            concept=Code("DCM", "121074", "Recommendations"),
        ),
        RowDef(
            key="6",
            nesting=1,
            value_type="TEXT",
            requirement="U",
            relationship="CONTAINS",
            concept=Code("DCM", "121075", "Recommendation"),
        ),
    ),
)


@dataclass(kw_only=True)
class ConclusionsAndRecommendations(TemplatePart):
    """TID 3320 Conclusions and Recommendations."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = None

    conclusions: ConclusionsAndRecommendationsConclusions | None = field(
        default=None, metadata={"row": "1"}
    )
    """Row 1: CONTAINER EV (55110-1, LN, \"Conclusions\"), VM 1, MC: IF Completion Flag (0040,A491) = COMPLETE"""

    recommendations: ConclusionsAndRecommendationsRecommendations | None = field(
        default=None, metadata={"row": "5"}
    )
    """Row 5: CONTAINER EV (121074, DCM, \"Recommendations\"), VM 1, U"""


@dataclass(kw_only=True)
class ConclusionsAndRecommendationsConclusions(TemplatePart):
    """Row 1 of TID 3320."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "1"

    conclusion: str | None = field(default=None, metadata={"row": "2"})
    """Row 2: TEXT EV (121077, DCM, \"Conclusion\"), VM 1, U"""

    ecg_finding: groups.Cid3208Code = field(metadata={"row": "3"})
    """Row 3: CODE EV (271921002, SCT, \"ECG Finding\"), VM 1, M; values DCID 3208"""

    imaging_finding: groups.Cid3209Code = field(metadata={"row": "4"})
    """Row 4: CODE EV (365853002, SCT, \"Imaging Finding\"), VM 1, M; values DCID 3209"""


@dataclass(kw_only=True)
class ConclusionsAndRecommendationsRecommendations(TemplatePart):
    """Row 5 of TID 3320."""

    TEMPLATE: ClassVar[TemplateDef] = TEMPLATE
    ROW: ClassVar[str | None] = "5"

    recommendation: str | None = field(default=None, metadata={"row": "6"})
    """Row 6: TEXT EV (121075, DCM, \"Recommendation\"), VM 1, U"""
